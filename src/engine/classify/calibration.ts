import { checkBinaryScores } from './binary-scores';
import { scoreGroups } from './score-groups';

/** Mean predicted probability against the observed positive rate in one score group. */
export interface CalibrationRow {
  /** 1 = the highest scores, as in the decile table. */
  readonly decile: number;
  readonly count: number;
  readonly meanPredicted: number;
  readonly observedRate: number;
}

/**
 * Calibration by score group (default deciles): a well-calibrated model has meanPredicted ≈
 * observedRate in every group.
 * @example
 * calibrationByDecile(Uint8Array.of(1, 1, 0, 0), Float64Array.of(0.9, 0.7, 0.4, 0.2), 2)
 * // [{ decile: 1, count: 2, meanPredicted: 0.8, observedRate: 1 }, { decile: 2, count: 2, meanPredicted: 0.3, observedRate: 0 }]
 */
export function calibrationByDecile(y: Uint8Array, p: Float64Array, groups = 10): CalibrationRow[] {
  checkBinaryScores(y, p, 'Calibration');
  const { order, starts } = scoreGroups(p, groups);
  const rows: CalibrationRow[] = [];
  for (let g = 0; g < groups; g++) {
    const from = starts[g] as number, to = starts[g + 1] as number;
    let predicted = 0, positives = 0;
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      predicted += p[i] as number;
      positives += y[i] as number;
    }
    rows.push({ decile: g + 1, count: to - from, meanPredicted: predicted / (to - from), observedRate: positives / (to - from) });
  }
  return rows;
}
