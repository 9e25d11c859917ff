/** Distances DBSCAN measures between rows. */
export type DbscanMetric = 'euclidean' | 'manhattan';
