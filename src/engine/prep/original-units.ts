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

/**
 * A point in original units (e.g. a centroid from the report) back to the scaled units the clustering ran in:
 * the inverse of toOriginalUnits, z = (t(v) − center) / scale with t = log1p where the feature is logged.
 * @example toScaledUnits([{ name: 'Age', column: 'Age', log1p: false, fill: NaN, center: 40, scale: 10 }], [45]) // [0.5]
 */
export function toScaledUnits(features: readonly Feature[], point: ArrayLike<number>): number[] {
  return features.map((f, j) => {
    const v = point[j] as number;
    return ((f.log1p ? Math.log1p(v) : v) - f.center) / f.scale;
  });
}
