import { InputError, type Problem } from '../../problem';
import { MISSING_POLICIES, SCALINGS, type MissingPolicy, type Scaling } from '../../prep/types';
import { fieldReader } from '../../recipe/fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';

/** Everything needed to reproduce a k-means run; validation fills in every default so the stored recipe is explicit. */
export interface KMeansRecipe extends RecipeBase {
  readonly kind: 'kmeans';
  readonly columns: readonly string[];
  readonly scaling: Scaling;
  readonly missing: MissingPolicy;
  /** true: log1p the right-skewed non-negative columns; or the columns to log1p. */
  readonly log1p: boolean | readonly string[];
  /** A fixed number of clusters, or 'auto' to take the recommended k of the elbow sweep. */
  readonly k: number | 'auto';
  /** Largest k of the elbow sweep (WCSS and validity indices for k = 1..kMax). */
  readonly kMax: number;
  /** Seeded restarts per k; the lowest inertia wins. */
  readonly nInit: number;
  readonly maxIter: number;
  readonly tol: number;
  readonly seed: number;
  /** Above this many rows the silhouette is estimated on a seeded sample of this size, and the report says so. */
  readonly silhouetteSampleSize: number;
}

export const KMEANS_DEFAULTS = {
  scaling: 'standard',
  missing: 'drop',
  log1p: false,
  k: 'auto',
  kMax: 10,
  nInit: 10,
  maxIter: 300,
  tol: 1e-4,
  seed: 0,
  silhouetteSampleSize: 10_000,
} as const;

/** Check a raw k-means recipe against the table it will run on; every problem is reported, not just the first. */
export function validateKMeans(raw: unknown, table: Table): Validated<KMeansRecipe> {
  const f = fieldReader(raw, 'kmeans');
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
  const rawK = f.raw('k');
  let k: number | 'auto' = KMEANS_DEFAULTS.k;
  if (rawK !== undefined && rawK !== 'auto') {
    if (typeof rawK === 'number' && Number.isInteger(rawK) && rawK >= 1) k = rawK;
    else problems.push({ code: 'recipe-field', message: `Recipe field 'k' is ${JSON.stringify(rawK)}; it must be "auto" or a whole number of clusters ≥ 1.` });
  }
  const log1pRaw = f.raw('log1p');
  let log1p: boolean | readonly string[] = KMEANS_DEFAULTS.log1p;
  if (typeof log1pRaw === 'boolean' || (Array.isArray(log1pRaw) && log1pRaw.every((s) => typeof s === 'string'))) log1p = log1pRaw;
  else if (log1pRaw !== undefined) problems.push({ code: 'recipe-field', message: `Recipe field 'log1p' is ${JSON.stringify(log1pRaw)}; it must be true, false or a list of column names.` });
  const source = f.raw('source');
  const recipe: KMeansRecipe = {
    kind: 'kmeans',
    ...(typeof source === 'string' ? { source } : {}),
    columns,
    scaling: f.choice('scaling', SCALINGS, KMEANS_DEFAULTS.scaling),
    missing: f.choice('missing', MISSING_POLICIES, KMEANS_DEFAULTS.missing),
    log1p,
    k,
    kMax: f.integer('kMax', 2, 50, KMEANS_DEFAULTS.kMax),
    nInit: f.integer('nInit', 1, 1000, KMEANS_DEFAULTS.nInit),
    maxIter: f.integer('maxIter', 1, 100_000, KMEANS_DEFAULTS.maxIter),
    tol: f.positive('tol', KMEANS_DEFAULTS.tol),
    seed: f.integer('seed', 0, 2 ** 32 - 1, KMEANS_DEFAULTS.seed),
    silhouetteSampleSize: f.integer('silhouetteSampleSize', 100, 1_000_000, KMEANS_DEFAULTS.silhouetteSampleSize),
  };
  f.rejectUnknown();
  return problems.length > 0 ? { ok: false, problems } : { ok: true, recipe };
}
