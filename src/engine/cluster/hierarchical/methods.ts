import { fail } from '../../problem';
import type { HierarchicalMetric, LinkageMethod } from './types';

/** Methods whose merge heights are only meaningful for Euclidean distances (they use centroids). */
export const EUCLIDEAN_ONLY_METHODS: readonly LinkageMethod[] = ['centroid', 'median', 'ward'];

/**
 * Refuses a method that needs Euclidean geometry paired with another metric, as SciPy does
 * ("Method 'ward' requires the distance metric to be Euclidean"), with a message that says what to change.
 * @example checkMethodMetric('ward', 'manhattan') // throws InputError code "linkage-needs-euclidean"
 */
export function checkMethodMetric(method: LinkageMethod, metric: HierarchicalMetric): void {
  if (EUCLIDEAN_ONLY_METHODS.includes(method) && metric !== 'euclidean') {
    fail(
      'linkage-needs-euclidean',
      `${method} linkage works on cluster centroids, so it needs the euclidean metric, not ${metric}. ` +
        `Set the metric to euclidean, or choose single, complete, average or weighted linkage to keep ${metric}.`,
    );
  }
}
