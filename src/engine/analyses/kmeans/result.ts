import type { ClusteringResult } from '../../cluster/clustering-result';

/** One k of the elbow sweep: WCSS and the validity indices of the best fit with k clusters (null where undefined, k = 1). */
export interface ElbowPoint {
  readonly k: number;
  readonly inertia: number;
  readonly silhouette: number | null;
  readonly calinskiHarabasz: number | null;
  readonly daviesBouldin: number | null;
}

/** The plain result of a k-means run: what the report JSON carries as `result`. */
export interface KMeansRunResult extends ClusteringResult {
  readonly k: number;
  readonly inertia: number;
  readonly elbow: readonly ElbowPoint[];
  readonly recommendedK: number;
  /** One sentence saying why recommendedK was chosen. */
  readonly recommendation: string;
  readonly iterations: number;
  readonly converged: boolean;
  /** Rows the silhouette was estimated on, or null when it is exact. */
  readonly silhouetteSampleSize: number | null;
}
