import { fail } from '../problem';

/**
 * Check that `y` holds only 0/1 labels. Labels arrive as a Uint8Array so any other byte is a
 * caller bug or an unmapped target value; either way the person must map the target to two classes.
 * @example checkLabels(Uint8Array.of(0, 1, 1)) // passes; Uint8Array.of(0, 2) throws 'labels-not-binary'
 */
export function checkLabels(y: Uint8Array): void {
  for (let i = 0; i < y.length; i++) {
    const v = y[i] as number;
    if (v > 1) fail('labels-not-binary', `The target has the value ${v} in data row ${i + 1}; a binary target needs every row to be 0 (negative) or 1 (positive). Map the target column to two classes.`);
  }
}

/**
 * Count the positives in `y` and fail when one class is missing (`what` names the measure in the message).
 * @example countPositives(Uint8Array.of(0, 1, 1), 'ROC AUC') // 2
 */
export function countPositives(y: Uint8Array, what: string): number {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i] as number;
  if (positives === 0 || positives === y.length) {
    fail('one-class', `${what} needs both classes, but all ${y.length} rows are ${positives === 0 ? 'negative (0)' : 'positive (1)'}. Choose rows that include both outcomes.`);
  }
  return positives;
}

/**
 * Validate labels and predicted scores for a measure: same length, at least one row, labels 0/1,
 * scores finite. `what` names the measure in the messages.
 * @example checkBinaryScores(Uint8Array.of(0, 1), Float64Array.of(0.2, 0.7), 'log loss') // passes
 */
export function checkBinaryScores(y: Uint8Array, p: Float64Array, what: string): void {
  if (y.length !== p.length) fail('length-mismatch', `${what}: there are ${y.length} labels but ${p.length} scores; give one score per labelled row.`);
  if (y.length === 0) fail('no-rows', `${what} needs at least one labelled row.`);
  checkLabels(y);
  for (let i = 0; i < p.length; i++) {
    if (!Number.isFinite(p[i] as number)) fail('score-not-finite', `${what}: the score in data row ${i + 1} is ${p[i]}; every score must be a finite number.`);
  }
}
