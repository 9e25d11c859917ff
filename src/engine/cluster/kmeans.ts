import { matrix, type Matrix } from '../matrix';
import { fail } from '../problem';
import { createRandom, deriveSeed } from '../random';
import { RunCancelled } from '../recipe/types';
import { checkKMeansInput } from './check-kmeans-input';
import { kmeansPlusPlus } from './kmeans-plus-plus';
import { hartiganRefine } from './hartigan';
import { sqDistance } from './sq-distance';
import { lloyd, type LloydRun } from './lloyd';
import { swapCenters } from './swap-centers';

/**
 * Swap trials in a row that may fail before the global search stops (see swapCenters). Three was
 * enough for every reference case with any seed tried; more only cost time.
 */
const SWAP_PATIENCE = 3;

/**
 * Above this many rows `refine` is skipped and the result is scikit-learn's plain Lloyd: on
 * 100,000 × 8 blobs (k = 8) the polish and swap search took 4.3 s against 0.14 s for Lloyd alone,
 * and the optima they escape matter less as clusters fill with points. Every reference case
 * (up to 30,000 rows) is below it.
 */
const REFINE_MAX_ROWS = 50_000;

export interface KMeansOptions {
  /** Seeded k-means++ restarts; the lowest inertia wins. Default 10. Ignored when `init` is given. */
  readonly nInit?: number;
  /** Lloyd iterations per restart. Default 300. */
  readonly maxIter?: number;
  /** Relative tolerance, scaled by the mean feature variance as scikit-learn does. Default 1e-4. */
  readonly tol?: number;
  /** Default 0. Restart r draws from deriveSeed(seed, r). */
  readonly seed?: number;
  /**
   * Polish each restart's Lloyd result with Hartigan's single-point moves (hartiganRefine), then
   * run a global swap search (swapCenters) on the best restart. Plain restarts missed scikit-learn's
   * own n_init = 10 inertia by up to 0.7 % on the reference cases (mall3 k = 10, telco3 k = 8); the
   * polish fixes most of that and the swap the rest, at about a quarter more time on telco3.
   * Default true (applied up to 50,000 rows); false gives scikit-learn's plain Lloyd.
   */
  readonly refine?: boolean;
  /** Explicit initial centres (k × d): one run, no restarts. */
  readonly init?: Matrix;
  /** After every Lloyd iteration: restart number (0-based) and iteration (1-based). */
  readonly onProgress?: (run: number, iteration: number) => void;
  /** Checked between iterations; when it returns true the run throws RunCancelled. */
  readonly isCancelled?: () => boolean;
}

export interface KMeansResult {
  /** Cluster of each row, 0 … k−1; every cluster has at least one row. */
  readonly labels: Int32Array;
  /** k × d, in the units of X. */
  readonly centers: Matrix;
  /** Within-cluster sum of squares (WCSS) of the labels around the centres. */
  readonly inertia: number;
  /** Lloyd iterations of the winning restart. */
  readonly iterations: number;
  /** Whether the winning restart met the stopping rule before maxIter. */
  readonly converged: boolean;
  /** Restarts actually run. */
  readonly nInit: number;
}

/**
 * k-means as scikit-learn 1.2's KMeans(algorithm="lloyd"): greedy k-means++ seeding, Lloyd
 * iterations with its tolerance rule and empty-cluster relocation, `nInit` seeded restarts keeping
 * the lowest inertia; then (with `refine`) local and global refinement of the winner. X is centred on its column means before fitting (as scikit-learn does) so
 * distances stay accurate for data far from the origin; centres come back in the units of X.
 *
 * @example
 * // Two obvious groups: centres (0.5, 0) and (10.5, 0), inertia 4 × 0.25 = 1.
 * kmeans(fromRows([[0, 0], [1, 0], [10, 0], [11, 0]]), 2).inertia // 1
 */
export function kmeans(X: Matrix, k: number, options: KMeansOptions = {}): KMeansResult {
  const { nInit = 10, maxIter = 300, tol = 1e-4, seed = 0, refine = true, init, onProgress, isCancelled } = options;
  checkKMeansInput(X, k);
  if (!Number.isInteger(nInit) || nInit < 1) fail('bad-n-init', `nInit = ${nInit}: the number of restarts must be a whole number of at least 1.`);
  if (!Number.isInteger(maxIter) || maxIter < 1) fail('bad-max-iter', `maxIter = ${maxIter}: the iteration limit must be a whole number of at least 1.`);
  if (!(tol >= 0)) fail('bad-tol', `tol = ${tol}: the tolerance must be a number ≥ 0 (scikit-learn's default is 1e-4).`);
  if (init !== undefined && (init.rows !== k || init.cols !== X.cols)) {
    fail('bad-init', `The initial centres are ${init.rows} × ${init.cols}; with k = ${k} and ${X.cols} columns they must be ${k} × ${X.cols}.`);
  }

  const polishing = refine && X.rows <= REFINE_MAX_ROWS;
  const { centred, mean, meanVariance } = centre(X);
  // scikit-learn's _tolerance: tol relative to the mean per-feature variance, so stopping does not depend on units
  const tolerance = meanVariance * tol;
  const runs = init === undefined ? nInit : 1;
  const local = (centers: Float64Array, run: number): LloydRun => {
    const settled = lloyd(centred, centers, {
      maxIter,
      tolerance,
      onIteration: (iteration) => {
        onProgress?.(run, iteration);
        if (isCancelled?.()) throw new RunCancelled();
      },
    });
    return polishing ? polish(centred, settled) : settled;
  };
  let best: LloydRun | null = null;
  for (let run = 0; run < runs; run++) {
    if (isCancelled?.()) throw new RunCancelled();
    const start = init === undefined
      ? kmeansPlusPlus(centred, k, createRandom(deriveSeed(seed, run))).centers
      : shift(init.data, mean, -1);
    const result = local(start, run);
    if (best === null || result.inertia < best.inertia) best = result;
  }
  if (polishing) {
    const rng = createRandom(deriveSeed(seed, runs));
    best = swapCenters(centred, best as LloydRun, (centers) => local(centers, runs - 1), rng, SWAP_PATIENCE);
  }
  const winner = best as LloydRun;
  return {
    labels: winner.labels,
    centers: matrix(k, X.cols, shift(winner.centers, mean, 1)),
    inertia: winner.inertia,
    iterations: winner.iterations,
    converged: winner.converged,
    nInit: runs,
  };
}

/** Hartigan refinement of one Lloyd run; inertia recomputed from direct distances when anything moved. */
function polish(X: Matrix, run: LloydRun): LloydRun {
  const k = run.centers.length / X.cols;
  const counts = new Int32Array(k);
  for (const label of run.labels) counts[label] = (counts[label] as number) + 1;
  const { moves } = hartiganRefine(X.data, X.cols, run.labels, run.centers, counts, 300);
  if (moves === 0) return run;
  let inertia = 0;
  for (let i = 0; i < X.rows; i++) inertia += sqDistance(X.data, i, run.centers, run.labels[i] as number, X.cols);
  return { ...run, inertia };
}

function centre(X: Matrix): { centred: Matrix; mean: Float64Array; meanVariance: number } {
  const { data, rows: n, cols: d } = X;
  const mean = new Float64Array(d);
  for (let i = 0, o = 0; i < n; i++) for (let t = 0; t < d; t++, o++) mean[t] = (mean[t] as number) + (data[o] as number);
  for (let t = 0; t < d; t++) mean[t] = (mean[t] as number) / n;
  const out = new Float64Array(data.length);
  let squares = 0;
  for (let i = 0, o = 0; i < n; i++) {
    for (let t = 0; t < d; t++, o++) {
      const v = (data[o] as number) - (mean[t] as number);
      out[o] = v;
      squares += v * v;
    }
  }
  return { centred: matrix(n, d, out), mean, meanVariance: n * d > 0 ? squares / n / d : 0 };
}

/** A copy of row-major `rows` with `sign × mean` added to every row. */
function shift(rows: Float64Array, mean: Float64Array, sign: 1 | -1): Float64Array {
  const d = mean.length;
  const out = new Float64Array(rows.length);
  for (let o = 0; o < rows.length; ) for (let t = 0; t < d; t++, o++) out[o] = (rows[o] as number) + sign * (mean[t] as number);
  return out;
}
