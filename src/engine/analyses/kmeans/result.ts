import type { CarriedNumbers } from '../../cluster/cluster-numbering';

/** One k of the elbow sweep: WCSS and the validity indices of the best fit with k clusters (null where undefined, k = 1). */
export interface ElbowPoint {
  readonly k: number;
  readonly inertia: number;
  readonly silhouette: number | null;
  readonly calinskiHarabasz: number | null;
  readonly daviesBouldin: number | null;
}

/** The plain result of a k-means run: what the report JSON carries as `result`. */
export interface KMeansRunResult {
  /** Cluster (0-based) of every data row of the selection, −1 for a row left out for missing values. */
  readonly labels: readonly number[];
  readonly k: number;
  readonly inertia: number;
  /** Feature names, in the order of each centroid's values ("Age", "Genre = Male"). */
  readonly features: readonly string[];
  /** Centroids in the units of the source columns (a one-hot feature: the share of rows at that level). */
  readonly centroids: readonly (readonly number[])[];
  readonly sizes: readonly number[];
  readonly elbow: readonly ElbowPoint[];
  readonly recommendedK: number;
  /** One sentence saying why recommendedK was chosen. */
  readonly recommendation: string;
  readonly iterations: number;
  readonly converged: boolean;
  readonly rowsUsed: number;
  readonly rowsDropped: number;
  /** Rows the silhouette was estimated on, or null when it is exact. */
  readonly silhouetteSampleSize: number | null;
  /** In a re-run, the clusters of the run it replaced that each cluster continues (see recipe.previousClusters). */
  readonly carried: CarriedNumbers | null;
}
