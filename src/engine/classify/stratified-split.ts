import { fail } from '../problem';
import { createRandom } from '../random';
import { classRows, shuffleFront } from './class-rows';

/** Options for {@link stratifiedSplit}. */
export interface SplitOptions {
  /** Share of rows held out for testing, in (0, 1). Default 0.2. */
  readonly testSize?: number;
  readonly seed: number;
}

/** Row indices of a train/test split, each ascending. */
export interface Split {
  readonly train: Uint32Array;
  readonly test: Uint32Array;
}

/**
 * Hold out ⌈testSize·n⌉ rows (as scikit-learn's StratifiedShuffleSplit counts them) with each
 * class represented in proportion: a class gets ⌊share⌋ or ⌈share⌉ test rows, the remainders
 * going to the largest fractions, and always at least one row in each part. Seeded with the
 * engine's PRNG, so it cannot reproduce numpy's shuffle; pass explicit test rows for that.
 * @example stratifiedSplit(Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 1), { testSize: 0.2, seed: 1 })
 * // test holds one of rows 0–7 and one of rows 8–9; train the other eight
 */
export function stratifiedSplit(y: Uint8Array, options: SplitOptions): Split {
  const testSize = options.testSize ?? 0.2;
  if (!(testSize > 0 && testSize < 1)) fail('bad-test-size', `The test share must be between 0 and 1 (for example 0.2), not ${testSize}.`);
  const classes = classRows(y);
  classes.forEach((rows, c) => {
    if (rows.length < 2) fail('class-too-small', `A stratified split needs at least 2 rows of each class, but class ${c} has ${rows.length}. Choose more rows or another target.`);
  });
  const n = y.length, nTest = Math.ceil(testSize * n);
  const ideal = classes.map((rows) => (rows.length * nTest) / n);
  const counts = ideal.map(Math.floor);
  const byFraction = [0, 1].sort((a, b) => (ideal[b] as number) - (counts[b] as number) - ((ideal[a] as number) - (counts[a] as number)));
  const unallocated = nTest - (counts[0] as number) - (counts[1] as number);
  for (let k = 0; k < unallocated; k++) {
    const c = byFraction[k] as number;
    counts[c] = (counts[c] as number) + 1;
  }
  const rng = createRandom(options.seed);
  const test: number[] = [], train: number[] = [];
  classes.forEach((rows, c) => {
    const count = Math.min(Math.max(counts[c] as number, 1), rows.length - 1);
    const shuffled = rows.slice();
    shuffleFront(shuffled, count, rng);
    // a plain loop: spreading a million indices into push() overflows the call stack
    for (let i = 0; i < shuffled.length; i++) (i < count ? test : train).push(shuffled[i] as number);
  });
  return { train: Uint32Array.from(train).sort(), test: Uint32Array.from(test).sort() };
}
