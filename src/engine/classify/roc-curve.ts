import { checkBinaryScores, countPositives } from './binary-scores';

/** Cumulative true and false positives when predicting positive for every score ≥ threshold. */
export interface RocCounts {
  /** Distinct scores in descending order. */
  readonly thresholds: Float64Array;
  readonly truePositives: Float64Array;
  readonly falsePositives: Float64Array;
  readonly positives: number;
  readonly negatives: number;
}

/** The ROC curve as scikit-learn's `roc_curve(y, p, drop_intermediate=True)` returns it. */
export interface RocCurve {
  readonly fpr: Float64Array;
  readonly tpr: Float64Array;
  /** Descending; the first is scikit-learn 1.2's sentinel max(score) + 1, where nothing is predicted positive. */
  readonly thresholds: Float64Array;
}

/**
 * One point per distinct score (scikit-learn's `_binary_clf_curve`): counts stay integers held
 * exactly in doubles, so rates and areas are divided once at the end.
 * @example rocCounts(Uint8Array.of(0, 1, 1), Float64Array.of(0.1, 0.8, 0.8))
 * // thresholds [0.8, 0.1], truePositives [2, 2], falsePositives [0, 1]
 */
export function rocCounts(y: Uint8Array, p: Float64Array): RocCounts {
  checkBinaryScores(y, p, 'The ROC curve');
  const positives = countPositives(y, 'The ROC curve');
  const n = y.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (p[b] as number) - (p[a] as number));
  const thresholds: number[] = [], tps: number[] = [], fps: number[] = [];
  let tp = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    tp += y[i] as number;
    const next = order[k + 1];
    if (next === undefined || p[next] !== p[i]) {
      thresholds.push(p[i] as number);
      tps.push(tp);
      fps.push(k + 1 - tp);
    }
  }
  return {
    thresholds: Float64Array.from(thresholds), truePositives: Float64Array.from(tps), falsePositives: Float64Array.from(fps),
    positives, negatives: n - positives,
  };
}

/**
 * scikit-learn 1.2's `roc_curve` with `drop_intermediate=True`: a point is dropped when both count
 * sequences have a zero second difference there (it is the midpoint of its neighbours, so the
 * curve and its area are unchanged), then (0, 0) is prepended at threshold max(score) + 1.
 * @example rocCurve(Uint8Array.of(0, 0, 1, 1), Float64Array.of(0.1, 0.4, 0.35, 0.8))
 * // fpr [0, 0, 0.5, 0.5, 1], tpr [0, 0.5, 0.5, 1, 1], thresholds [1.8, 0.8, 0.4, 0.35, 0.1]
 */
export function rocCurve(y: Uint8Array, p: Float64Array): RocCurve {
  const { thresholds, truePositives: tps, falsePositives: fps, positives, negatives } = rocCounts(y, p);
  const m = thresholds.length;
  const keep: number[] = [];
  for (let i = 0; i < m; i++) {
    const interior = m > 2 && i > 0 && i < m - 1;
    const secondDiff = (c: Float64Array): number => (c[i + 1] as number) - 2 * (c[i] as number) + (c[i - 1] as number);
    if (!interior || secondDiff(fps) !== 0 || secondDiff(tps) !== 0) keep.push(i);
  }
  const fpr = new Float64Array(keep.length + 1), tpr = new Float64Array(keep.length + 1), th = new Float64Array(keep.length + 1);
  th[0] = (thresholds[0] as number) + 1;
  keep.forEach((i, k) => {
    fpr[k + 1] = (fps[i] as number) / negatives;
    tpr[k + 1] = (tps[i] as number) / positives;
    th[k + 1] = thresholds[i] as number;
  });
  return { fpr, tpr, thresholds: th };
}
