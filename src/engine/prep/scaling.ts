import { moments } from '../stats/describe';
import { quantileSorted } from '../stats/quantile';
import type { Scaling } from './types';

/**
 * Center and scale for one feature, fitted on its (finite) values.
 * A zero spread gives scale 1, as scikit-learn does, so a constant feature maps to 0 instead of NaN.
 * @example fitScaling(Float64Array.of(1, 2, 3), 'standard') // { center: 2, scale: √(2/3) }
 */
export function fitScaling(values: Float64Array, scaling: Scaling): { center: number; scale: number } {
  switch (scaling) {
    case 'none':
      return { center: 0, scale: 1 };
    case 'standard': {
      const { mean, variance } = moments(values);
      return { center: mean, scale: nonZero(Math.sqrt(variance)) };
    }
    case 'minmax': {
      const { min, max } = moments(values);
      return { center: min, scale: nonZero(max - min) };
    }
    case 'robust': {
      const sorted = Float64Array.from(values).sort();
      const q1 = quantileSorted(sorted, 0.25);
      const q3 = quantileSorted(sorted, 0.75);
      return { center: quantileSorted(sorted, 0.5), scale: nonZero(q3 - q1) };
    }
    default: {
      const unknown: never = scaling;
      throw new Error(`unknown scaling ${String(unknown)}`);
    }
  }
}

function nonZero(spread: number): number {
  return spread > 0 && Number.isFinite(spread) ? spread : 1;
}
