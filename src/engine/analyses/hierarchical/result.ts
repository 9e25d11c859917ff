import type { CarriedNumbers } from '../../cluster/cluster-numbering';
import type { HierarchicalMetric, LinkageMethod } from '../../cluster/hierarchical';
import type { ValidityIndices } from './cluster-validity';

/** The plain result of a hierarchical clustering: what the report JSON carries as `result`. */
export interface HierarchicalRunResult {
  /** Cluster (0-based, SciPy's fcluster numbering minus 1) of every data row, −1 for a row left out for missing values. */
  readonly labels: readonly number[];
  readonly k: number;
  readonly method: LinkageMethod;
  readonly metric: HierarchicalMetric;
  /** SciPy linkage matrix of the rows in the tree: n−1 rows of [a, b, height, size]. */
  readonly linkage: readonly (readonly number[])[];
  /** Table data row of each leaf of the tree (every clustered row, or the sample). */
  readonly treeRows: readonly number[];
  /** The height the tree was cut at (for a cut by k: midway between the merges around it). */
  readonly cutHeight: number;
  /** Pearson correlation between row distances and the heights that join the rows (SciPy's cophenet). */
  readonly copheneticCorrelation: number;
  readonly features: readonly string[];
  /** Mean of each cluster in the units of the source columns (a one-hot feature: the share of rows at that level). */
  readonly centroids: readonly (readonly number[])[];
  readonly sizes: readonly number[];
  readonly validity: ValidityIndices;
  readonly rowsUsed: number;
  readonly rowsDropped: number;
  /** Rows the tree was built on when it was a sample, else null (the other rows joined the nearest centroid). */
  readonly sampleSize: number | null;
  /** In a re-run, the clusters of the run it replaced that each cluster continues (see recipe.previousClusters). */
  readonly carried: CarriedNumbers | null;
}
