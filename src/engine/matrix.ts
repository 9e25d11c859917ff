/**
 * A dense row-major matrix: row i, column j lives at data[i * cols + j].
 * Plain data so it can cross a Web Worker boundary without copying structure.
 */
export interface Matrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/** A matrix of zeros, or one wrapping `data` (not copied). */
export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  const storage = data ?? new Float64Array(rows * cols);
  if (storage.length !== rows * cols) {
    throw new RangeError(`matrix: data has ${storage.length} values, ${rows}×${cols} needs ${rows * cols}`);
  }
  return { data: storage, rows, cols };
}

/** Row-major matrix from nested arrays; convenient at the edges (tests, reference files). */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const n = rows.length;
  const d = n === 0 ? 0 : (rows[0] as readonly number[]).length;
  const data = new Float64Array(n * d);
  rows.forEach((row, i) => {
    if (row.length !== d) throw new RangeError(`fromRows: row ${i} has ${row.length} values, expected ${d}`);
    data.set(row, i * d);
  });
  return { data, rows: n, cols: d };
}

/** Nested arrays from a matrix, for reports and JSON. */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}
