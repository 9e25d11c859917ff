import { youdenThreshold } from '../../classify/youden-threshold';

/**
 * Where a probability becomes a predicted default: a fixed cut, the Youden-optimal cut on the
 * out-of-fold training predictions, or the cut minimising expected cost when a missed default costs
 * `ratio` times a false alarm.
 */
export type ThresholdSpec = { readonly kind: 'fixed'; readonly value: number } | { readonly kind: 'youden' } | { readonly kind: 'cost'; readonly ratio: number };

/**
 * The threshold for a spec. Youden uses the cross-validated (out-of-fold) training predictions, never the test part.
 * A cost ratio r predicts a default when p·r ≥ (1 − p), i.e. p ≥ 1 / (1 + r).
 * @example chooseThreshold({ kind: 'cost', ratio: 4 }, y, oof) // 0.2
 */
export function chooseThreshold(spec: ThresholdSpec, y: Uint8Array, outOfFold: Float64Array): number {
  switch (spec.kind) {
    case 'fixed':
      return spec.value;
    case 'youden':
      return youdenThreshold(y, outOfFold);
    case 'cost':
      return 1 / (1 + spec.ratio);
    default: {
      const unknown: never = spec;
      throw new Error(`unknown threshold ${String(unknown)}`);
    }
  }
}

/** How the threshold was chosen, in words for the report. */
export function describeThreshold(spec: ThresholdSpec, value: number): string {
  switch (spec.kind) {
    case 'fixed':
      return `${value} (fixed)`;
    case 'youden':
      return `${value.toFixed(4)} (Youden-optimal on the cross-validated training predictions)`;
    case 'cost':
      return `${value.toFixed(4)} (a missed default costs ${spec.ratio} times a false alarm)`;
    default: {
      const unknown: never = spec;
      throw new Error(`unknown threshold ${String(unknown)}`);
    }
  }
}
