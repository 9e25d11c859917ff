import type { Matrix } from '../../matrix';
import { fail } from '../../problem';

/**
 * Refuses data a clustering cannot use: fewer than `minRows` rows, no columns, or a value that is
 * not a finite number (named by row and column so the person can find the cell).
 * @example checkClusterInput(fromRows([[1, NaN]]), 1) // throws: row 1, column 2 is not a number
 */
export function checkClusterInput(X: Matrix, minRows: number, columnNames?: readonly string[]): void {
  if (X.cols === 0) fail('no-columns', 'No numeric columns were given to cluster: choose at least one numeric column.');
  if (X.rows < minRows) {
    fail('too-few-rows', `Clustering needs at least ${minRows} rows; the data has ${X.rows}. Select a larger range.`);
  }
  for (let p = 0; p < X.data.length; p++) {
    if (!Number.isFinite(X.data[p])) {
      const row = Math.floor(p / X.cols), col = p % X.cols;
      const name = columnNames?.[col] !== undefined ? `"${columnNames[col]}"` : `column ${col + 1}`;
      fail('not-finite', `Row ${row + 1}, ${name} is ${String(X.data[p])}, not a finite number: fill or drop that row before clustering.`, {
        ...(columnNames?.[col] !== undefined ? { column: columnNames[col] } : {}),
      });
    }
  }
}
