import type { Matrix } from '../matrix';
import { fail } from '../problem';
import { kmeans, type KMeansResult } from './kmeans';
import { kneedle } from './kneedle';
import { calinskiHarabasz } from './validity/calinski-harabasz';
import { daviesBouldin } from './validity/davies-bouldin';
import { silhouette } from './validity/silhouette';

export interface ElbowOptions {
  /** Default 1. */
  readonly kMin?: number;
  /** Default 10; capped at n − 1 (validity indices need fewer clusters than rows), see `kMaxCapped`. */
  readonly kMax?: number;
  readonly nInit?: number;
  readonly seed?: number;
  readonly maxIter?: number;
  readonly tol?: number;
  /** Silhouette on a seeded sample of this many rows (exact when absent or ≥ n). */
  readonly silhouetteSampleSize?: number;
  /** After each Lloyd iteration: the k being fitted, the restart and the iteration. */
  readonly onProgress?: (k: number, run: number, iteration: number) => void;
  readonly isCancelled?: () => boolean;
}

/** One k of the sweep; validity indices are null for k = 1, where they are undefined. */
export interface ElbowRow {
  readonly k: number;
  readonly inertia: number;
  readonly silhouette: number | null;
  readonly calinskiHarabasz: number | null;
  readonly daviesBouldin: number | null;
}

export interface ElbowSweep {
  readonly rows: ElbowRow[];
  /** fits[i] is the k-means fit for k = kMin + i. */
  readonly fits: KMeansResult[];
  /** When kMax was lowered to n − 1, the k it asked for; otherwise null. */
  readonly kMaxCapped: number | null;
}

/**
 * k-means for every k in kMin … kMax with WCSS, silhouette, Calinski–Harabasz and Davies–Bouldin,
 * for an elbow chart and recommendK. Every k uses the same seed, so adding k to the range does not
 * change the others.
 * @example elbowSweep(X, { kMax: 6 }).rows.map((r) => r.inertia) // falling WCSS for k = 1 … 6
 */
export function elbowSweep(X: Matrix, options: ElbowOptions = {}): ElbowSweep {
  const { kMin = 1, kMax: asked = 10, silhouetteSampleSize, onProgress, isCancelled, ...fit } = options;
  const kMax = Math.min(asked, X.rows - 1);
  if (!Number.isInteger(kMin) || !Number.isInteger(asked) || kMin < 1 || asked < kMin) {
    fail('bad-k-range', `The k range ${kMin} … ${asked} is not valid: use whole numbers with 1 ≤ kMin ≤ kMax.`);
  }
  if (kMax < kMin) fail('too-few-rows', `With ${X.rows} rows the elbow sweep can go up to k = ${X.rows - 1}, below kMin = ${kMin}: lower kMin or use more rows.`);
  const rows: ElbowRow[] = [];
  const fits: KMeansResult[] = [];
  for (let k = kMin; k <= kMax; k++) {
    const result = kmeans(X, k, {
      ...fit,
      ...(isCancelled ? { isCancelled } : {}),
      onProgress: (run, iteration) => onProgress?.(k, run, iteration),
    });
    fits.push(result);
    const labels = result.labels;
    rows.push({
      k,
      inertia: result.inertia,
      silhouette: k < 2 ? null : silhouette(X, labels, k, silhouetteSampleSize === undefined ? {} : { sampleSize: silhouetteSampleSize, seed: fit.seed ?? 0 }).value,
      calinskiHarabasz: k < 2 ? null : calinskiHarabasz(X, labels, k),
      daviesBouldin: k < 2 ? null : daviesBouldin(X, labels, k),
    });
  }
  return { rows, fits, kMaxCapped: kMax < asked ? asked : null };
}

/** How close (absolute) the elbow's silhouette must be to the best one for the elbow to win. */
export const SILHOUETTE_MARGIN = 0.05;

/**
 * A number of clusters from an elbow sweep: the elbow (Kneedle knee of WCSS, convex decreasing)
 * when its silhouette is within SILHOUETTE_MARGIN of the best silhouette, else the k with the best
 * silhouette; `reason` says which, in one sentence an analyst can read.
 * @example recommendK(rows) // { k: 5, reason: 'k = 5: the elbow of WCSS is at 5 and its silhouette 0.55 is the highest of k = 2–10.' }
 */
export function recommendK(rows: readonly ElbowRow[]): { k: number; reason: string } {
  const scored = rows.filter((r): r is ElbowRow & { silhouette: number } => r.silhouette !== null);
  const elbow = kneedle(rows.map((r) => r.k), rows.map((r) => r.inertia), { curve: 'convex', direction: 'decreasing' });
  if (scored.length === 0) {
    const k = elbow ?? (rows[0]?.k ?? 1);
    return { k, reason: `k = ${k}: only k = 1 was fitted, so there is no silhouette to compare.` };
  }
  const best = scored.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  const range = `k = ${scored[0]?.k}–${scored[scored.length - 1]?.k}`;
  const atElbow = scored.find((r) => r.k === elbow);
  const s = (v: number): string => v.toFixed(2);
  if (atElbow === undefined) {
    return { k: best.k, reason: `k = ${best.k}: WCSS shows no clear elbow, and k = ${best.k} has the highest silhouette (${s(best.silhouette)}) of ${range}.` };
  }
  if (atElbow.k === best.k) {
    return { k: best.k, reason: `k = ${best.k}: the elbow of WCSS is at ${best.k} and its silhouette ${s(best.silhouette)} is the highest of ${range}.` };
  }
  if (best.silhouette - atElbow.silhouette <= SILHOUETTE_MARGIN) {
    return { k: atElbow.k, reason: `k = ${atElbow.k}: the elbow of WCSS is at ${atElbow.k} and its silhouette ${s(atElbow.silhouette)} is within ${SILHOUETTE_MARGIN} of the best (${s(best.silhouette)} at k = ${best.k}) of ${range}.` };
  }
  return { k: best.k, reason: `k = ${best.k}: it has the highest silhouette (${s(best.silhouette)}) of ${range}; the elbow of WCSS at ${atElbow.k} separates clusters less well (silhouette ${s(atElbow.silhouette)}).` };
}
