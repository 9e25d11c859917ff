import type { LinkageMethod } from './types';

/**
 * Distance from cluster i to the union of clusters x and y, from d(x,i), d(y,i), d(x,y) and the sizes.
 * Written with SciPy's exact operation order so equal inputs give bit-for-bit SciPy's heights.
 */
export type DistanceUpdate = (dxi: number, dyi: number, dxy: number, nx: number, ny: number, ni: number) => number;

/**
 * The Lance–Williams update for a linkage method (matrix-based algorithms).
 * @example distanceUpdate('average')(2, 4, 1, 1, 3, 1) // (1·2 + 3·4) / 4 = 3.5
 */
export function distanceUpdate(method: LinkageMethod): DistanceUpdate {
  switch (method) {
    case 'single':
      return (dxi, dyi) => Math.min(dxi, dyi);
    case 'complete':
      return (dxi, dyi) => Math.max(dxi, dyi);
    case 'average':
      return (dxi, dyi, _dxy, nx, ny) => (nx * dxi + ny * dyi) / (nx + ny);
    case 'weighted':
      return (dxi, dyi) => 0.5 * (dxi + dyi);
    case 'centroid':
      return (dxi, dyi, dxy, nx, ny) => Math.sqrt((nx * dxi * dxi + ny * dyi * dyi - (nx * ny * dxy * dxy) / (nx + ny)) / (nx + ny));
    case 'median':
      return (dxi, dyi, dxy) => Math.sqrt(0.5 * (dxi * dxi + dyi * dyi) - 0.25 * dxy * dxy);
    case 'ward':
      return (dxi, dyi, dxy, nx, ny, ni) => {
        const t = 1.0 / (nx + ny + ni);
        return Math.sqrt((ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * dxy * dxy);
      };
    default: {
      const never: never = method;
      throw new RangeError(`unknown linkage method ${String(never)}`);
    }
  }
}
