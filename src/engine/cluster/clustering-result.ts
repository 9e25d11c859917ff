import type { CarriedNumbers } from './cluster-numbering';

/** What the results of k-means, hierarchical clustering and DBSCAN share: the shape re-runs, the result column and the pane read. */
export interface ClusteringResult {
  /** Cluster (0-based) of every data row of the selection, −1 for a row left out for missing values. */
  readonly labels: readonly number[];
  /** Feature names, in the order of each centroid's values ("Age", "Genre = Male"). */
  readonly features: readonly string[];
  /** Mean of each cluster in the units of the source columns (a one-hot feature: the share of rows at that level). */
  readonly centroids: readonly (readonly number[])[];
  readonly sizes: readonly number[];
  readonly rowsUsed: number;
  readonly rowsDropped: number;
  /** In a re-run, the clusters of the run it replaced that each cluster continues (see recipe.previousClusters). */
  readonly carried: CarriedNumbers | null;
}
