import type { RfmRunResult } from '../analyses/rfm/result';
import { scoreColumn } from '../analyses/rfm/scores';
import { segmentOf } from '../analyses/rfm/segments';

/** How many of a run's own customers the edge rule scores differently from the run. */
export interface ThresholdMismatches {
  /** Customers with at least one of R, F, M different. */
  readonly scores: number;
  /** Customers whose segment differs (a subset of those above). */
  readonly segments: number;
}

/**
 * Compares the run's scores with what the edges alone give (quantile thresholds: tied values share a score),
 * which is all a per-row formula can compute. With ties 'quantile-thresholds' both are the same rule and
 * nothing differs; with 'first-rank' the run split tied values at an edge by customer order, and every
 * customer on the far side of such a split differs.
 * @example frequency 1, 1, 1, 1, 9 with 5 levels: first-rank F = 1, 2, 3, 4, 5; the edges 1, 1, 1, 2.6 give
 * 1, 1, 1, 1, 5, so 3 customers differ
 */
export function thresholdMismatches(result: Pick<RfmRunResult, 'recency' | 'frequency' | 'monetary' | 'r' | 'f' | 'm' | 'segment'>, bins: number): ThresholdMismatches {
  const byEdges = (values: readonly number[], reverse: boolean): Uint8Array => scoreColumn(Float64Array.from(values), bins, 'quantile-thresholds', reverse);
  const [r, f, m] = [byEdges(result.recency, true), byEdges(result.frequency, false), byEdges(result.monetary, false)];
  let scores = 0, segments = 0;
  result.segment.forEach((segment, i) => {
    const [ri, fi, mi] = [r[i] as number, f[i] as number, m[i] as number];
    if (ri === result.r[i] && fi === result.f[i] && mi === result.m[i]) return;
    scores++;
    if (segmentOf(ri, fi, mi, bins) !== segment) segments++;
  });
  return { scores, segments };
}
