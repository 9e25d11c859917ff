import { clusterNumbering } from '../../cluster/cluster-numbering';
import { elbowSweep, recommendK } from '../../cluster/elbow';
import { fail } from '../../problem';
import { toOriginalUnits } from '../../prep/original-units';
import { prepare } from '../../prep/prepare';
import { toRows } from '../../matrix';
import { RunCancelled, type RunContext } from '../../recipe/types';
import type { Report } from '../../report/types';
import type { Table } from '../../table/types';
import { VERSION } from '../../version';
import type { KMeansRecipe } from './recipe';
import { projectionSheet } from './projection';
import { kmeansSheets, kmeansSummary } from './report';
import type { KMeansRunResult } from './result';

/** Share of the run spent preparing data before the sweep; the rest is clustering. */
const PREP_SHARE = 0.05;

/**
 * Prepare the chosen columns, sweep k = 1..kMax with seeded restarts, pick k (fixed, or the recommendation),
 * and build the report: Clusters, Centroids, Elbow, Cluster profile, About.
 */
export function runKMeans(recipe: KMeansRecipe, table: Table, context: RunContext = {}): Report<KMeansRunResult, KMeansRecipe> {
  const progress = context.onProgress ?? (() => undefined);
  progress({ phase: 'Preparing data', fraction: 0 });
  const prep = prepare(table, recipe);
  const n = prep.X.rows;
  if (typeof recipe.k === 'number' && recipe.k >= n) {
    fail('too-few-rows', `k-means with k = ${recipe.k} needs more than ${recipe.k} rows (with ${n} rows every row would be its own cluster), but only ${n} ${rowsPhrase(prep.dropped.count)}. Lower k or fill the missing values.`);
  }
  if (n < 3) fail('too-few-rows', `Clustering needs at least 3 rows, but only ${n} ${rowsPhrase(prep.dropped.count)}.`);

  const kMax = Math.max(recipe.kMax, typeof recipe.k === 'number' ? recipe.k : 1);
  const sampled = n > recipe.silhouetteSampleSize;
  const sweep = elbowSweep(prep.X, {
    kMin: 1,
    kMax,
    nInit: recipe.nInit,
    maxIter: recipe.maxIter,
    tol: recipe.tol,
    seed: recipe.seed,
    ...(sampled ? { silhouetteSampleSize: recipe.silhouetteSampleSize } : {}),
    onProgress: (k: number) => progress({ phase: `Clustering k = ${k} of ${Math.min(kMax, n - 1)}`, fraction: PREP_SHARE + (1 - PREP_SHARE) * ((k - 1) / kMax) }),
    isCancelled: () => context.isCancelled?.() ?? false,
  });
  const capNote = sweep.kMaxCapped === null ? null : `The elbow sweep stops at k = ${n - 1}: with ${n} rows, validity indices need fewer clusters than rows.`;
  if (context.isCancelled?.()) throw new RunCancelled();
  const recommendation = recommendK(sweep.rows);
  const k = recipe.k === 'auto' ? recommendation.k : recipe.k;
  const fit = sweep.fits[k - 1];
  if (!fit) throw new Error(`internal: the sweep has no fit for k = ${k}`);

  const numbering = clusterNumbering(fit.centers.data, k, prep.features, bySizeDescending(fit.labels, k), recipe.previousClusters);
  const { numberOf: rank, clusterAt: order } = numbering;
  const labels = new Array<number>(table.rowCount).fill(-1);
  prep.rowIndex.forEach((row, i) => (labels[row] = rank[fit.labels[i] as number] as number));
  const centres = toRows(fit.centers);
  const result: KMeansRunResult = {
    labels,
    k,
    inertia: fit.inertia,
    features: prep.features.map((f) => f.name),
    centroids: order.map((j) => toOriginalUnits(prep.features, centres[j] as number[])),
    sizes: order.map((j) => countOf(fit.labels, j)),
    elbow: sweep.rows,
    recommendedK: recommendation.k,
    recommendation: recommendation.reason,
    iterations: fit.iterations,
    converged: fit.converged,
    rowsUsed: n,
    rowsDropped: prep.dropped.count,
    silhouetteSampleSize: sampled ? recipe.silhouetteSampleSize : null,
    carried: numbering.carried,
  };
  progress({ phase: 'Building the report', fraction: 1 });
  const notes = capNote ? [capNote] : [];
  return {
    recipe,
    version: VERSION,
    summary: kmeansSummary(recipe, result),
    warnings: [...table.warnings, ...prep.warnings, ...notes.map((message) => ({ code: 'kmax-capped', message }))],
    sheets: kmeansSheets(recipe, table, prep, result, projectionSheet(prep.X, fit.labels, rank, k, recipe.seed)),
    result,
  };
}

/**
 * Fitted clusters largest first (ties: the cluster whose first row comes first), so "Cluster 1" is the
 * biggest segment and the numbering does not depend on the order the restarts happened to find them in.
 */
function bySizeDescending(fitLabels: Int32Array, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  const first = new Array<number>(k).fill(Infinity);
  fitLabels.forEach((l, i) => {
    sizes[l] = (sizes[l] as number) + 1;
    if (i < (first[l] as number)) first[l] = i;
  });
  return Array.from({ length: k }, (_, j) => j).sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || (first[a] as number) - (first[b] as number));
}

function countOf(labels: Int32Array, label: number): number {
  let count = 0;
  for (const l of labels) if (l === label) count++;
  return count;
}

function rowsPhrase(dropped: number): string {
  return dropped > 0 ? `remain after leaving out ${dropped} rows with missing values` : 'are selected';
}
