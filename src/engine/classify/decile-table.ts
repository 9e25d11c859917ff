import { checkBinaryScores, countPositives } from './binary-scores';
import { scoreGroups } from './score-groups';

/** One row of a lift table: a group of equally many rows, highest scores first. */
export interface DecileRow {
  /** 1 = the highest scores. */
  readonly decile: number;
  readonly count: number;
  readonly positives: number;
  /** positives / count. */
  readonly rate: number;
  readonly minScore: number;
  readonly maxScore: number;
  /** Share of all positives found in this and the higher-scored groups. */
  readonly cumulativeCapture: number;
  /** rate / overall positive rate: how many times better than picking rows at random. */
  readonly lift: number;
}

/**
 * Lift table: rows ranked by descending score, cut into `groups` (default 10) equal groups.
 * @example
 * // scores 0.9, 0.8 (both positive) | 0.3 (positive), 0.2 (negative): overall rate ¾
 * decileTable(Uint8Array.of(1, 1, 1, 0), Float64Array.of(0.9, 0.8, 0.3, 0.2), 2)
 * // [{ decile: 1, count: 2, positives: 2, rate: 1, cumulativeCapture: 2/3, lift: 4/3, … },
 * //  { decile: 2, count: 2, positives: 1, rate: 0.5, cumulativeCapture: 1, lift: 2/3, … }]
 */
export function decileTable(y: Uint8Array, p: Float64Array, groups = 10): DecileRow[] {
  checkBinaryScores(y, p, 'The decile table');
  const totalPositives = countPositives(y, 'The decile table');
  const overallRate = totalPositives / y.length;
  const { order, starts } = scoreGroups(p, groups);
  const rows: DecileRow[] = [];
  let captured = 0;
  for (let g = 0; g < groups; g++) {
    const from = starts[g] as number, to = starts[g + 1] as number;
    let positives = 0;
    for (let k = from; k < to; k++) positives += y[order[k] as number] as number;
    captured += positives;
    const count = to - from, rate = positives / count;
    rows.push({
      decile: g + 1, count, positives, rate,
      minScore: p[order[to - 1] as number] as number, maxScore: p[order[from] as number] as number,
      cumulativeCapture: captured / totalPositives, lift: rate / overallRate,
    });
  }
  return rows;
}
