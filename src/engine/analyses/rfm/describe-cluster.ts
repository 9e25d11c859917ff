/** How far (in standard deviations of the log values) a cluster's centre must sit from the overall mean to earn a word. */
export const DESCRIBE_MARGIN = 0.5;

/**
 * A cluster in words from its centre in the clustering space (standardised log1p recency, frequency,
 * monetary: 0 is the overall mean). Beyond ±DESCRIBE_MARGIN a measure earns a word — recent / lapsed,
 * frequent / infrequent (one-off when the cluster's customers average under 1.5 purchases), high /
 * low spend —, otherwise "average". Recency is days since the last purchase, so low is good.
 * @example describeCluster([-1.2, 0.9, 1.1], 6.2) // 'recent, frequent, high spend'
 * @example describeCluster([0.8, -0.7, -0.9], 1.1) // 'lapsed, one-off, low spend'
 */
export function describeCluster(centre: readonly number[], meanFrequency: number): string {
  const [r = 0, f = 0, m = 0] = centre;
  const word = (z: number, low: string, mid: string, high: string): string => (z <= -DESCRIBE_MARGIN ? low : z >= DESCRIBE_MARGIN ? high : mid);
  return [
    word(r, 'recent', 'average recency', 'lapsed'),
    word(f, meanFrequency < 1.5 ? 'one-off' : 'infrequent', 'average frequency', 'frequent'),
    word(m, 'low spend', 'average spend', 'high spend'),
  ].join(', ');
}
