import { fail } from '../problem';
import { createRandom } from '../random';
import { classRows, shuffleFront } from './class-rows';

/** Options for {@link stratifiedKFold}. */
export interface KFoldOptions {
  /** Number of folds, ≥ 2. Default 5. */
  readonly k?: number;
  readonly seed: number;
}

/**
 * Assign every row to one of k folds with class proportions preserved: each class is shuffled and
 * dealt round-robin, the count carrying on from one class to the next, so every fold holds ⌊n_c/k⌋
 * or ⌈n_c/k⌉ rows of each class and ⌊n/k⌋ or ⌈n/k⌉ rows in all.
 * @example stratifiedKFold(Uint8Array.of(0, 0, 0, 1, 1, 1), { k: 3, seed: 7 })
 * // fold numbers 0–2, one negative and one positive in each fold
 */
export function stratifiedKFold(y: Uint8Array, options: KFoldOptions): Uint32Array {
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 2) fail('bad-folds', `The number of folds must be a whole number ≥ 2, not ${k}.`);
  const classes = classRows(y);
  classes.forEach((rows, c) => {
    if (rows.length < k) fail('class-too-small', `${k}-fold cross-validation needs at least ${k} rows of each class so every fold has both, but class ${c} has ${rows.length}. Use fewer folds or more rows.`);
  });
  const rng = createRandom(options.seed);
  const fold = new Uint32Array(y.length);
  let dealt = 0;
  for (const rows of classes) {
    const shuffled = rows.slice();
    shuffleFront(shuffled, shuffled.length, rng);
    for (const row of shuffled) fold[row] = dealt++ % k;
  }
  return fold;
}
