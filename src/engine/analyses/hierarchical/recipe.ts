import { readPreviousClusters, type PreviousClusters } from '../../cluster/cluster-numbering';
import { fieldReader } from '../../recipe/fields';
import { PREP_DEFAULTS, readPrepFields, type PrepFields } from '../../recipe/prep-fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import type { Table } from '../../table/types';
import type { HierarchicalMetric, LinkageMethod } from '../../cluster/hierarchical';

export const LINKAGE_METHODS: readonly LinkageMethod[] = ['ward', 'single', 'complete', 'average', 'weighted', 'centroid', 'median'];
export const HIERARCHICAL_METRICS: readonly HierarchicalMetric[] = ['euclidean', 'sqeuclidean', 'manhattan', 'chebyshev', 'mahalanobis'];

/** Everything needed to reproduce a hierarchical clustering; validation fills in every default. */
export interface HierarchicalRecipe extends RecipeBase, PrepFields {
  readonly kind: 'hierarchical';
  readonly method: LinkageMethod;
  readonly metric: HierarchicalMetric;
  /**
   * Where to cut the tree: a number of clusters, a merge height (in the scaled units the tree is
   * drawn in), or 'auto': the k from 2 to 10 with the largest jump in merge height above it.
   */
  readonly cut: { readonly k: number } | { readonly height: number } | 'auto';
  /** Above this many rows the tree is built on a seeded sample of this size and the other rows join the nearest cluster centroid. */
  readonly sampleSize: number;
  readonly seed: number;
  /** Leaves of the dendrogram chart: the last dendrogramLeaves − 1 merges are drawn (SciPy's truncate_mode="lastp"). */
  readonly dendrogramLeaves: number;
  /** Written by a re-run: the replaced run's clusters, whose numbers continuing clusters keep. */
  readonly previousClusters?: PreviousClusters;
}

export const HIERARCHICAL_DEFAULTS = {
  ...PREP_DEFAULTS,
  method: 'ward',
  metric: 'euclidean',
  cut: 'auto',
  sampleSize: 10_000,
  seed: 0,
  dendrogramLeaves: 30,
} as const;

/** Check a raw hierarchical recipe against its table; every problem is reported at once. */
export function validateHierarchical(raw: unknown, table: Table): Validated<HierarchicalRecipe> {
  const f = fieldReader(raw, 'hierarchical');
  const problems = f.problems;
  const prep = readPrepFields(f, table);
  const rawK = f.raw('k'), rawHeight = f.raw('height');
  let cut: HierarchicalRecipe['cut'] = HIERARCHICAL_DEFAULTS.cut;
  if (rawK !== undefined && rawHeight !== undefined) {
    problems.push({ code: 'recipe-field', message: "Give either 'k' (a number of clusters) or 'height' (where to cut the tree), not both." });
  } else if (rawHeight !== undefined) {
    if (typeof rawHeight === 'number' && Number.isFinite(rawHeight) && rawHeight > 0) cut = { height: rawHeight };
    else problems.push({ code: 'recipe-field', message: `Recipe field 'height' is ${JSON.stringify(rawHeight)}; it must be a merge height greater than 0 (read one off the dendrogram).` });
  } else if (rawK !== undefined && rawK !== 'auto') {
    if (typeof rawK === 'number' && Number.isInteger(rawK) && rawK >= 1) cut = { k: rawK };
    else problems.push({ code: 'recipe-field', message: `Recipe field 'k' is ${JSON.stringify(rawK)}; it must be "auto" or a whole number of clusters ≥ 1.` });
  }
  const recipe: HierarchicalRecipe = {
    kind: 'hierarchical',
    ...f.source(),
    ...prep,
    method: f.choice('method', LINKAGE_METHODS, HIERARCHICAL_DEFAULTS.method),
    metric: f.choice('metric', HIERARCHICAL_METRICS, HIERARCHICAL_DEFAULTS.metric),
    cut,
    sampleSize: f.integer('sampleSize', 100, 1_048_576, HIERARCHICAL_DEFAULTS.sampleSize),
    seed: f.integer('seed', 0, 2 ** 32 - 1, HIERARCHICAL_DEFAULTS.seed),
    dendrogramLeaves: f.integer('dendrogramLeaves', 2, 200, HIERARCHICAL_DEFAULTS.dendrogramLeaves),
    ...readPreviousClusters(f),
  };
  f.rejectUnknown();
  return problems.length > 0 ? { ok: false, problems } : { ok: true, recipe };
}
