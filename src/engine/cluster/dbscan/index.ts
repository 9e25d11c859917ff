export type { DbscanMetric } from './types';
export { dbscan, type DbscanOptions, type DbscanResult } from './dbscan';
export { kDistance } from './k-distance';
export { defaultMinPts } from './check-params';
