/**
 * Sparse cell storage that scales to Excel's 1,048,576 rows: one entry per used column, each column a list
 * of fixed-size row chunks allocated only where something was written. A chunk is a plain array, so a column
 * of numbers stays an unboxed double array in V8; nothing is allocated per cell.
 */
import type { Rect } from './address';

const CHUNK_ROWS = 4096;

/** One value per cell, `undefined` where nothing is stored. */
export interface Grid<T> {
  readonly columns: Map<number, (T | undefined)[][]>;
}

/** An empty grid. */
export function createGrid<T>(): Grid<T> {
  return { columns: new Map() };
}

/** The value at (row, col), or undefined. */
export function gridGet<T>(grid: Grid<T>, row: number, col: number): T | undefined {
  return grid.columns.get(col)?.[Math.floor(row / CHUNK_ROWS)]?.[row % CHUNK_ROWS];
}

/** Stores `value` at (row, col); undefined clears the cell without allocating. */
export function gridSet<T>(grid: Grid<T>, row: number, col: number, value: T | undefined): void {
  let chunks = grid.columns.get(col);
  if (!chunks) {
    if (value === undefined) return;
    chunks = [];
    grid.columns.set(col, chunks);
  }
  const c = Math.floor(row / CHUNK_ROWS);
  let chunk = chunks[c];
  if (!chunk) {
    if (value === undefined) return;
    chunk = new Array<T | undefined>(CHUNK_ROWS);
    chunks[c] = chunk;
  }
  chunk[row % CHUNK_ROWS] = value;
}

/** Clears every cell of `rect`. */
export function gridClear<T>(grid: Grid<T>, rect: Rect): void {
  for (let c = rect.col; c < rect.col + rect.cols; c++) {
    if (!grid.columns.has(c)) continue;
    for (let r = rect.row; r < rect.row + rect.rows; r++) gridSet(grid, r, c, undefined);
  }
}

/** First and last stored row of one column between rows r0 and r1 inclusive, or undefined when none. */
function columnExtent<T>(chunks: readonly ((T | undefined)[] | undefined)[], r0: number, r1: number): { first: number; last: number } | undefined {
  let first = -1;
  for (let r = r0; r <= r1 && first < 0; ) {
    const chunk = chunks[Math.floor(r / CHUNK_ROWS)];
    const chunkEnd = Math.min(r1, (Math.floor(r / CHUNK_ROWS) + 1) * CHUNK_ROWS - 1);
    if (chunk) {
      for (let i = r; i <= chunkEnd; i++) {
        if (chunk[i % CHUNK_ROWS] !== undefined) {
          first = i;
          break;
        }
      }
    }
    r = chunkEnd + 1;
  }
  if (first < 0) return undefined;
  for (let r = r1; r >= first; ) {
    const chunk = chunks[Math.floor(r / CHUNK_ROWS)];
    const chunkStart = Math.max(first, Math.floor(r / CHUNK_ROWS) * CHUNK_ROWS);
    if (chunk) {
      for (let i = r; i >= chunkStart; i--) if (chunk[i % CHUNK_ROWS] !== undefined) return { first, last: i };
    }
    r = chunkStart - 1;
  }
  return { first, last: first };
}

/** The smallest rectangle inside `within` holding every stored cell of the grids, or undefined when none. */
export function gridsBounds(grids: readonly Grid<unknown>[], within: Rect): Rect | undefined {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  for (const grid of grids) {
    for (const [col, chunks] of grid.columns) {
      if (col < within.col || col >= within.col + within.cols) continue;
      const extent = columnExtent(chunks, within.row, Math.min(within.row + within.rows, chunks.length * CHUNK_ROWS) - 1);
      if (!extent) continue;
      r0 = Math.min(r0, extent.first);
      r1 = Math.max(r1, extent.last);
      c0 = Math.min(c0, col);
      c1 = Math.max(c1, col);
    }
  }
  return r1 < 0 ? undefined : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** A run of equal values down one column. */
export interface GridRun<T> {
  readonly rect: Rect;
  readonly value: T;
}

/** The stored cells as runs of equal consecutive values down each column, columns in order. */
export function gridRuns<T>(grid: Grid<T>): GridRun<T>[] {
  const runs: GridRun<T>[] = [];
  for (const col of [...grid.columns.keys()].sort((a, b) => a - b)) {
    const chunks = grid.columns.get(col) ?? [];
    let start = -1;
    let current: T | undefined;
    const close = (end: number) => {
      if (current !== undefined) runs.push({ rect: { row: start, col, rows: end - start, cols: 1 }, value: current });
    };
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c];
      for (let i = 0; i < CHUNK_ROWS; i++) {
        const v = chunk?.[i];
        if (v === current) continue;
        close(c * CHUNK_ROWS + i);
        start = c * CHUNK_ROWS + i;
        current = v;
      }
    }
    close(chunks.length * CHUNK_ROWS);
  }
  return runs;
}
