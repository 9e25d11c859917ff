import { fail } from '../../problem';

/**
 * scikit-learn's default for min_samples is 5; the rule of thumb max(4, d + 1) (Ester et al. 1996:
 * 4 in 2-D; Sander et al.: at least d + 1) scales with the number of columns.
 * @example defaultMinPts(2) // 4; defaultMinPts(8) // 9
 */
export function defaultMinPts(columns: number): number {
  return Math.max(4, columns + 1);
}

/** Refuses an eps or minPts DBSCAN cannot use, saying what would work. */
export function checkDbscanParams(eps: number, minPts: number, rows: number): void {
  if (!(Number.isFinite(eps) && eps > 0)) {
    fail('dbscan-eps', `eps (the neighbourhood radius) must be a positive number; got ${eps}. Read a value off the k-distance chart, where the curve bends.`);
  }
  if (!(Number.isInteger(minPts) && minPts >= 1)) {
    fail('dbscan-min-points', `minPts must be a whole number of at least 1 (it counts the point itself); got ${minPts}.`);
  }
  if (minPts > rows) {
    fail('dbscan-min-points', `minPts is ${minPts} but the data has only ${rows} rows, so no point could be a core point: use a minPts of at most ${rows}.`);
  }
}
