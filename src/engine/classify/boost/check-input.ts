import type { Matrix } from '../../matrix';
import { fail } from '../../problem';
import { countPositives } from '../binary-scores';

/** Bound once: a global lookup per cell is slow in a vm context (jest). */
const INFINITY = Number.POSITIVE_INFINITY;

/**
 * Refuse what boosting cannot use, naming the row or column: a row-count mismatch, no rows or
 * no features, a target that is blank or not 0/1 or has one class only, and infinite feature
 * values (NaN is fine: it means missing). Returns the labels as bytes.
 * @example checkBoostInput(fromRows([[1], [NaN]]), [0, 1], ['age']) // Uint8Array [0, 1]
 */
export function checkBoostInput(x: Matrix, y: ArrayLike<number>, names: readonly string[]): Uint8Array {
  if (x.rows !== y.length) fail('length-mismatch', `There are ${x.rows} feature rows but ${y.length} target values; give one target value per row.`);
  if (x.rows === 0) fail('no-rows', 'Gradient boosting needs at least one labelled row; the selection has none.');
  if (x.cols === 0) fail('no-features', 'Gradient boosting needs at least one feature column besides the target; choose one or more feature columns.');
  const labels = new Uint8Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const v = y[i] as number;
    if (Number.isNaN(v)) fail('target-missing', `The target is blank in data row ${i + 1}; fill it in with 0 or 1, or leave the row out.`);
    if (v !== 0 && v !== 1) fail('labels-not-binary', `The target has the value ${v} in data row ${i + 1}; a binary target needs every row to be 0 (negative) or 1 (positive). Map the target column to two classes.`);
    labels[i] = v;
  }
  countPositives(labels, 'Gradient boosting');
  checkFinite(x, names);
  return labels;
}

/**
 * Refuse ±Infinity in features (a missing value must be NaN), naming the column and row.
 * @example checkFinite(fromRows([[Infinity]]), ['income']) // throws 'feature-infinite' naming income, data row 1
 */
export function checkFinite(x: Matrix, names: readonly string[]): void {
  for (let k = 0; k < x.data.length; k++) {
    const v = x.data[k] as number;
    if (v === INFINITY || v === -INFINITY) {
      const column = names[k % x.cols] ?? `feature ${(k % x.cols) + 1}`;
      fail('feature-infinite', `Column '${column}' holds ${v} in data row ${Math.floor(k / x.cols) + 1}; replace it with a finite number or leave the cell blank (missing).`, { column });
    }
  }
}
