import type { ClusteringResult } from '../../cluster/clustering-result';
import type { DbscanMetric } from '../../cluster/dbscan';
import type { ValidityIndices } from '../hierarchical/cluster-validity';

/** The plain result of a DBSCAN run: what the report JSON carries as `result`. */
export interface DbscanRunResult extends ClusteringResult {
  /**
   * Cluster (0-based, scikit-learn's numbering) of every data row; −1 both for noise and for a row
   * left out for missing values — `noise` tells them apart.
   */
  readonly labels: readonly number[];
  /** true where the row was clustered and came out as noise. */
  readonly noise: readonly boolean[];
  /** true where the row is a core point (at least minPts rows within eps). */
  readonly core: readonly boolean[];
  readonly nClusters: number;
  readonly noiseCount: number;
  readonly eps: number;
  readonly minPts: number;
  readonly metric: DbscanMetric;
  /** The knee of the k-distance curve (the eps 'auto' takes), or null when the curve has none. */
  readonly suggestedEps: number | null;
  /** The sorted k-distance curve as [rank, distance] pairs, thinned to at most K_DISTANCE_POINTS. */
  readonly kDistance: readonly (readonly [number, number])[];
  /** Validity indices over the clustered rows, noise excluded. */
  readonly validity: ValidityIndices;
}
