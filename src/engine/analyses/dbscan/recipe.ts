import { InputError, type Problem } from '../../problem';
import { MISSING_POLICIES, SCALINGS, type MissingPolicy, type Scaling } from '../../prep/types';
import { fieldReader } from '../../recipe/fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import type { DbscanMetric } from '../../cluster/dbscan';

export const DBSCAN_METRICS: readonly DbscanMetric[] = ['euclidean', 'manhattan'];

/** Everything needed to reproduce a DBSCAN run; validation fills in every default. */
export interface DbscanRecipe extends RecipeBase {
  readonly kind: 'dbscan';
  readonly columns: readonly string[];
  readonly scaling: Scaling;
  readonly missing: MissingPolicy;
  readonly log1p: boolean | readonly string[];
  readonly metric: DbscanMetric;
  /** Neighbourhood radius in scaled units, or 'auto': the knee of the k-distance curve. */
  readonly eps: number | 'auto';
  /** Rows within eps (the row itself counted) for a core point, or 'auto': max(4, features + 1). */
  readonly minPts: number | 'auto';
  /** Above this many clustered rows the silhouette is estimated on a seeded sample of this size. */
  readonly silhouetteSampleSize: number;
  readonly seed: number;
}

export const DBSCAN_DEFAULTS = { scaling: 'standard', missing: 'drop', log1p: false, metric: 'euclidean', eps: 'auto', minPts: 'auto', silhouetteSampleSize: 10_000, seed: 0 } as const;

/** Check a raw DBSCAN recipe against its table; every problem is reported at once. */
export function validateDbscan(raw: unknown, table: Table): Validated<DbscanRecipe> {
  const f = fieldReader(raw, 'dbscan');
  const columns = f.strings('columns');
  const problems: Problem[] = f.problems;
  for (const name of columns) {
    try {
      getColumn(table, name);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
    }
  }
  const rawEps = f.raw('eps');
  let eps: number | 'auto' = DBSCAN_DEFAULTS.eps;
  if (rawEps !== undefined && rawEps !== 'auto') {
    if (typeof rawEps === 'number' && Number.isFinite(rawEps) && rawEps > 0) eps = rawEps;
    else problems.push({ code: 'dbscan-eps', message: `Recipe field 'eps' is ${JSON.stringify(rawEps)}; it must be "auto" or a neighbourhood radius greater than 0 (read one off the k-distance chart, where the curve bends).` });
  }
  const rawMinPts = f.raw('minPts');
  let minPts: number | 'auto' = DBSCAN_DEFAULTS.minPts;
  if (rawMinPts !== undefined && rawMinPts !== 'auto') {
    if (typeof rawMinPts === 'number' && Number.isInteger(rawMinPts) && rawMinPts >= 1) minPts = rawMinPts;
    else problems.push({ code: 'dbscan-min-points', message: `Recipe field 'minPts' is ${JSON.stringify(rawMinPts)}; it must be "auto" or a whole number ≥ 1 (it counts the row itself).` });
  }
  const log1pRaw = f.raw('log1p');
  let log1p: boolean | readonly string[] = DBSCAN_DEFAULTS.log1p;
  if (typeof log1pRaw === 'boolean' || (Array.isArray(log1pRaw) && log1pRaw.every((s) => typeof s === 'string'))) log1p = log1pRaw;
  else if (log1pRaw !== undefined) problems.push({ code: 'recipe-field', message: `Recipe field 'log1p' is ${JSON.stringify(log1pRaw)}; it must be true, false or a list of column names.` });
  const source = f.raw('source');
  const recipe: DbscanRecipe = {
    kind: 'dbscan',
    ...(typeof source === 'string' ? { source } : {}),
    columns,
    scaling: f.choice('scaling', SCALINGS, DBSCAN_DEFAULTS.scaling),
    missing: f.choice('missing', MISSING_POLICIES, DBSCAN_DEFAULTS.missing),
    log1p,
    metric: f.choice('metric', DBSCAN_METRICS, DBSCAN_DEFAULTS.metric),
    eps,
    minPts,
    silhouetteSampleSize: f.integer('silhouetteSampleSize', 100, 1_048_576, DBSCAN_DEFAULTS.silhouetteSampleSize),
    seed: f.integer('seed', 0, 2 ** 32 - 1, DBSCAN_DEFAULTS.seed),
  };
  f.rejectUnknown();
  return problems.length > 0 ? { ok: false, problems } : { ok: true, recipe };
}
