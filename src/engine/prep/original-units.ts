import type { Feature } from './types';

/**
 * A point of the feature space (e.g. a centroid) in the units of the source columns:
 * undo the scaling, then log1p. A one-hot feature comes back as the share of rows at that level.
 * @example toOriginalUnits([{ name: 'Age', column: 'Age', log1p: false, fill: NaN, center: 40, scale: 10 }], [0.5]) // [45]
 */
export function toOriginalUnits(features: readonly Feature[], point: ArrayLike<number>): number[] {
  return features.map((f, j) => {
    const t = (point[j] as number) * f.scale + f.center;
    return f.log1p ? Math.expm1(t) : t;
  });
}
