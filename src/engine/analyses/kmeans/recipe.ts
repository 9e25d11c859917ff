import { readPreviousClusters, type PreviousClusters } from '../../cluster/cluster-numbering';
import { fieldReader } from '../../recipe/fields';
import { PREP_DEFAULTS, readPrepFields, type PrepFields } from '../../recipe/prep-fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import type { Table } from '../../table/types';

/** Everything needed to reproduce a k-means run; validation fills in every default so the stored recipe is explicit. */
export interface KMeansRecipe extends RecipeBase, PrepFields {
  readonly kind: 'kmeans';
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
  /** Written by a re-run: the replaced run's clusters, whose numbers continuing clusters keep. */
  readonly previousClusters?: PreviousClusters;
}

export const KMEANS_DEFAULTS = {
  ...PREP_DEFAULTS,
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
  const recipe: KMeansRecipe = {
    kind: 'kmeans',
    ...f.source(),
    ...readPrepFields(f, table),
    k: f.integerOrAuto('k', 1, 'a whole number of clusters ≥ 1'),
    kMax: f.integer('kMax', 2, 50, KMEANS_DEFAULTS.kMax),
    nInit: f.integer('nInit', 1, 1000, KMEANS_DEFAULTS.nInit),
    maxIter: f.integer('maxIter', 1, 100_000, KMEANS_DEFAULTS.maxIter),
    tol: f.positive('tol', KMEANS_DEFAULTS.tol),
    seed: f.integer('seed', 0, 2 ** 32 - 1, KMEANS_DEFAULTS.seed),
    silhouetteSampleSize: f.integer('silhouetteSampleSize', 100, 1_000_000, KMEANS_DEFAULTS.silhouetteSampleSize),
    ...readPreviousClusters(f),
  };
  f.rejectUnknown();
  return f.problems.length > 0 ? { ok: false, problems: f.problems } : { ok: true, recipe };
}
