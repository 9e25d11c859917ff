import type { ClusteringResult } from '../../cluster/clustering-result';
import type { HierarchicalMetric, LinkageMethod } from '../../cluster/hierarchical';
import type { ValidityIndices } from './cluster-validity';

/** The plain result of a hierarchical clustering: what the report JSON carries as `result`; clusters numbered as SciPy's fcluster (minus 1). */
export interface HierarchicalRunResult extends ClusteringResult {
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
  readonly validity: ValidityIndices;
  /** Rows the tree was built on when it was a sample, else null (the other rows joined the nearest centroid). */
  readonly sampleSize: number | null;
}
