import { dbscan, defaultMinPts, kDistance } from '../../cluster/dbscan';
import { clusterNumbering, renumber } from '../../cluster/cluster-numbering';
import { clusterCentroids } from '../../cluster/hierarchical/nearest-centroid';
import { fail } from '../../problem';
import { toOriginalUnits } from '../../prep/original-units';
import { prepare } from '../../prep/prepare';
import { quantileSorted } from '../../stats/quantile';
import type { RunContext } from '../../recipe/types';
import type { Report } from '../../report/types';
import type { Table } from '../../table/types';
import { VERSION } from '../../version';
import { validityOf } from '../hierarchical/cluster-validity';
import type { DbscanRecipe } from './recipe';
import { dbscanSheets, dbscanSummary } from './report';
import type { DbscanRunResult } from './result';
import { suggestEps, thinCurve } from './suggest-eps';

/** Where eps falls back to on a k-distance curve without a knee: most rows then have minPts neighbours. */
const FALLBACK_EPS_QUANTILE = 0.9;

/**
 * Prepare the chosen columns (as k-means does), compute the k-distance curve and its knee, run
 * DBSCAN with the given or suggested eps, and report Clusters, Centroids, k-distance, Validity, About.
 */
export function runDbscan(recipe: DbscanRecipe, table: Table, context: RunContext = {}): Report<DbscanRunResult, DbscanRecipe> {
  const progress = context.onProgress ?? (() => undefined);
  progress({ phase: 'Preparing data', fraction: 0 });
  const prep = prepare(table, recipe);
  const n = prep.X.rows, d = prep.X.cols;
  const minPts = recipe.minPts === 'auto' ? Math.min(defaultMinPts(d), n) : recipe.minPts;
  if (minPts > n) {
    fail('dbscan-min-points', `minPts is ${minPts} but only ${n} rows ${prep.dropped.count > 0 ? `remain after leaving out ${prep.dropped.count} with missing values` : 'are selected'}, so no row could be a core point: use a minPts of at most ${n}.`);
  }
  const columnNames = prep.features.map((f) => f.name);
  progress({ phase: 'Measuring the k-distance curve', fraction: 0.05 });
  const curve = kDistance(prep.X, { minPts, metric: recipe.metric, columnNames });
  const suggestedEps = suggestEps(curve);
  const warnings = [...table.warnings, ...prep.warnings];
  let eps: number;
  if (recipe.eps !== 'auto') eps = recipe.eps;
  else if (suggestedEps !== null) eps = suggestedEps;
  else {
    eps = quantileSorted(curve, FALLBACK_EPS_QUANTILE);
    if (!(eps > 0)) fail('dbscan-eps', `Most rows have ${minPts - 1} identical neighbours, so the k-distance curve gives no eps above 0: set eps yourself, or raise minPts.`);
    warnings.push({ code: 'dbscan-no-knee', message: `The k-distance curve has no clear bend, so eps was set to its ${FALLBACK_EPS_QUANTILE * 100}th percentile (${eps.toPrecision(4)}). Look at the k-distance chart and set eps yourself.` });
  }
  progress({ phase: `Clustering with eps = ${eps.toPrecision(4)}, minPts = ${minPts}`, fraction: 0.4 });
  const fit = dbscan(prep.X, { eps, minPts, metric: recipe.metric, columnNames });
  warnings.push(...fit.warnings);

  const k = fit.nClusters;
  const numbering = clusterNumbering(clusterCentroids(prep.X, fit.labels, k), k, prep.features, Array.from({ length: k }, (_, j) => j), recipe.previousClusters);
  const fitLabels = renumber(fit.labels, numbering.numberOf);
  const centres = clusterCentroids(prep.X, fitLabels, k);
  const sizes = new Array<number>(k).fill(0);
  for (const l of fitLabels) if (l >= 0) sizes[l]!++;
  const noiseRows = new Int32Array(fitLabels.map((l) => (l < 0 ? 0 : -1)));
  const labels = new Array<number>(table.rowCount).fill(-1);
  const noise = new Array<boolean>(table.rowCount).fill(false);
  const core = new Array<boolean>(table.rowCount).fill(false);
  prep.rowIndex.forEach((row, i) => {
    labels[row] = fitLabels[i]!;
    noise[row] = fitLabels[i]! < 0;
    core[row] = fit.core[i] === 1;
  });
  const result: DbscanRunResult = {
    labels,
    noise,
    core,
    nClusters: k,
    noiseCount: fit.noise,
    eps,
    minPts,
    metric: recipe.metric,
    suggestedEps,
    kDistance: thinCurve(curve),
    features: columnNames,
    centroids: sizes.map((_, j) => toOriginalUnits(prep.features, centres.subarray(j * d, (j + 1) * d))),
    sizes,
    validity: validityOf(prep.X, fitLabels, k, recipe.silhouetteSampleSize, recipe.seed),
    rowsUsed: n,
    rowsDropped: prep.dropped.count,
    carried: numbering.carried,
  };
  const noiseCentre = fit.noise > 0 ? toOriginalUnits(prep.features, clusterCentroids(prep.X, noiseRows, 1)) : null;
  progress({ phase: 'Building the report', fraction: 1 });
  return {
    recipe,
    version: VERSION,
    summary: dbscanSummary(recipe, result),
    warnings,
    sheets: dbscanSheets(recipe, table, prep, result, noiseCentre),
    result,
  };
}
