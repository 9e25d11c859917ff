import { readPreviousClusters, type PreviousClusters } from '../../cluster/cluster-numbering';
import { fieldReader } from '../../recipe/fields';
import { PREP_DEFAULTS, readPrepFields, type PrepFields } from '../../recipe/prep-fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import type { Table } from '../../table/types';
import type { DbscanMetric } from '../../cluster/dbscan';

export const DBSCAN_METRICS: readonly DbscanMetric[] = ['euclidean', 'manhattan'];

/** Everything needed to reproduce a DBSCAN run; validation fills in every default. */
export interface DbscanRecipe extends RecipeBase, PrepFields {
  readonly kind: 'dbscan';
  readonly metric: DbscanMetric;
  /** Neighbourhood radius in scaled units, or 'auto': the knee of the k-distance curve. */
  readonly eps: number | 'auto';
  /** Rows within eps (the row itself counted) for a core point, or 'auto': max(4, features + 1). */
  readonly minPts: number | 'auto';
  /** Above this many clustered rows the silhouette is estimated on a seeded sample of this size. */
  readonly silhouetteSampleSize: number;
  readonly seed: number;
  /** Written by a re-run: the replaced run's clusters, whose numbers continuing clusters keep. */
  readonly previousClusters?: PreviousClusters;
}

export const DBSCAN_DEFAULTS = { ...PREP_DEFAULTS, metric: 'euclidean', eps: 'auto', minPts: 'auto', silhouetteSampleSize: 10_000, seed: 0 } as const;

/** Check a raw DBSCAN recipe against its table; every problem is reported at once. */
export function validateDbscan(raw: unknown, table: Table): Validated<DbscanRecipe> {
  const f = fieldReader(raw, 'dbscan');
  const problems = f.problems;
  const prep = readPrepFields(f, table);
  const rawEps = f.raw('eps');
  let eps: number | 'auto' = DBSCAN_DEFAULTS.eps;
  if (rawEps !== undefined && rawEps !== 'auto') {
    if (typeof rawEps === 'number' && Number.isFinite(rawEps) && rawEps > 0) eps = rawEps;
    else problems.push({ code: 'dbscan-eps', message: `Recipe field 'eps' is ${JSON.stringify(rawEps)}; it must be "auto" or a neighbourhood radius greater than 0 (read one off the k-distance chart, where the curve bends).` });
  }
  const minPts = f.integerOrAuto('minPts', 1, 'a whole number ≥ 1 (it counts the row itself)');
  const recipe: DbscanRecipe = {
    kind: 'dbscan',
    ...f.source(),
    ...prep,
    metric: f.choice('metric', DBSCAN_METRICS, DBSCAN_DEFAULTS.metric),
    eps,
    minPts,
    silhouetteSampleSize: f.integer('silhouetteSampleSize', 100, 1_048_576, DBSCAN_DEFAULTS.silhouetteSampleSize),
    seed: f.integer('seed', 0, 2 ** 32 - 1, DBSCAN_DEFAULTS.seed),
    ...readPreviousClusters(f),
  };
  f.rejectUnknown();
  return problems.length > 0 ? { ok: false, problems } : { ok: true, recipe };
}
