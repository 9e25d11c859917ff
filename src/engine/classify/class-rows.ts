import type { Random } from '../random';
import { checkLabels } from './binary-scores';

/**
 * Row indices of each class, in row order: [negatives, positives].
 * @example classRows(Uint8Array.of(1, 0, 1)) // [[1], [0, 2]]
 */
export function classRows(y: Uint8Array): [Uint32Array, Uint32Array] {
  checkLabels(y);
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i] as number;
  const neg = new Uint32Array(y.length - positives), pos = new Uint32Array(positives);
  let a = 0, b = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] === 1) pos[b++] = i;
    else neg[a++] = i;
  }
  return [neg, pos];
}

/**
 * Move a uniformly random choice of `count` entries to the front of `rows` (partial Fisher–Yates, in place).
 * @example const r = Uint32Array.of(4, 5, 6); shuffleFront(r, 1, createRandom(0)); // r[0] is 4, 5 or 6
 */
export function shuffleFront(rows: Uint32Array, count: number, rng: Random): void {
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(rows.length - i);
    const t = rows[i] as number;
    rows[i] = rows[j] as number;
    rows[j] = t;
  }
}
