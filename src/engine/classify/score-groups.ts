import { fail } from '../problem';

/** Rows ranked by descending score and cut into equal-sized groups (deciles when `groups` = 10). */
export interface ScoreGroups {
  /** Row indices, highest score first; ties keep row order so the grouping is deterministic. */
  readonly order: Uint32Array;
  /** Group g holds order[starts[g]] … order[starts[g + 1] − 1]; length groups + 1. */
  readonly starts: Uint32Array;
}

/**
 * Cut the ranking into `groups` groups whose sizes differ by at most one: group g takes ranks
 * ⌊g·n/groups⌋ up to ⌊(g+1)·n/groups⌋. Tied scores on a boundary may fall in two groups; that
 * keeps every group the same size, which a lift table is read as assuming.
 * @example scoreGroups(Float64Array.of(0.1, 0.9, 0.5, 0.7), 2) // order [1, 3, 2, 0], starts [0, 2, 4]
 */
export function scoreGroups(p: Float64Array, groups: number): ScoreGroups {
  const n = p.length;
  if (!Number.isInteger(groups) || groups < 1) fail('bad-groups', `The number of score groups must be a whole number ≥ 1, not ${groups}.`);
  if (n < groups) fail('too-few-rows', `Cutting scores into ${groups} groups needs at least ${groups} rows, but there are ${n}. Use fewer groups or more rows.`);
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => (p[b] as number) - (p[a] as number) || a - b);
  const starts = Uint32Array.from({ length: groups + 1 }, (_, g) => Math.floor((g * n) / groups));
  return { order, starts };
}
