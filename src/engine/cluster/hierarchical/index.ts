export type { HierarchicalMetric, Linkage, LinkageMethod } from './types';
export { linkage, DEFAULT_MEMORY_BUDGET_BYTES, type LinkageOptions } from './linkage';
export { fcluster, type Cut } from './fcluster';
export { cophenet } from './cophenet';
export { rowDistance, type RowDistance } from './row-distance';
