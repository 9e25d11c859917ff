import { elbowSweep, recommendK, type ElbowRow } from '../../cluster/elbow';
import { fail } from '../../problem';
import { rfmFeatures } from './cluster-features';
import { describeCluster } from './describe-cluster';

/** The settings of the optional k-means step; fixed so a recipe reproduces its clusters, and written on the About sheet. */
export const RFM_CLUSTERING = { kMax: 10, nInit: 10, seed: 0, silhouetteSampleSize: 5_000 } as const;

/** One cluster of customers, in original units. */
export interface RfmClusterProfile {
  readonly customers: number;
  readonly meanRecency: number;
  readonly meanFrequency: number;
  readonly meanMonetary: number;
  /** "recent, frequent, high spend" (see describeCluster). */
  readonly description: string;
}

/** The k-means step of an RFM run: plain data, per-customer arrays in the RFM table's order. */
export interface RfmClusters {
  readonly k: number;
  readonly recommendedK: number;
  /** Why recommendedK, in a sentence. */
  readonly recommendation: string;
  /** Per customer: cluster 1…k, numbered best customers first (highest −R + F + M of the centre). */
  readonly cluster: readonly number[];
  /** profiles[c − 1] describes cluster c. */
  readonly profiles: readonly RfmClusterProfile[];
  /** Within-cluster sum of squares of the chosen k, in the standardised log space. */
  readonly inertia: number;
  readonly elbow: readonly ElbowRow[];
  /** Mean and scale of log1p(recency, frequency, monetary), to map the space back. */
  readonly logMean: readonly number[];
  readonly logScale: readonly number[];
  readonly clippedBelowZero: number;
  /** Rows the silhouette was estimated on, or null when every customer was used. */
  readonly silhouetteSampleSize: number | null;
}

/**
 * k-means on log1p-standardised R, F and M (see rfmFeatures) for k = 1…10 with seeded k-means++
 * restarts; k is the elbow/silhouette recommendation ('auto') or the one asked for. Each cluster is
 * described in words relative to the overall means.
 * @example clusterRfm(recency, frequency, monetary, 'auto').profiles[0].description // 'recent, frequent, high spend'
 */
export function clusterRfm(
  recency: Float64Array, frequency: Float64Array, monetary: Float64Array, clusters: 'auto' | number,
  context: { onProgress?: (k: number) => void; isCancelled?: () => boolean } = {},
): RfmClusters {
  const n = recency.length;
  if (typeof clusters === 'number' && clusters >= n) {
    fail('rfm-too-few-customers', `Recipe field 'clusters' asks for ${clusters} clusters, but there are only ${n} customers; ask for at most ${n - 1}, or "auto".`);
  }
  const features = rfmFeatures(recency, frequency, monetary);
  const sampled = n > RFM_CLUSTERING.silhouetteSampleSize;
  const sweep = elbowSweep(features.X, {
    kMax: Math.max(RFM_CLUSTERING.kMax, typeof clusters === 'number' ? clusters : 1),
    nInit: RFM_CLUSTERING.nInit,
    seed: RFM_CLUSTERING.seed,
    ...(sampled ? { silhouetteSampleSize: RFM_CLUSTERING.silhouetteSampleSize } : {}),
    ...(context.onProgress ? { onProgress: context.onProgress } : {}),
    ...(context.isCancelled ? { isCancelled: context.isCancelled } : {}),
  });
  const recommendation = recommendK(sweep.rows);
  const k = clusters === 'auto' ? recommendation.k : clusters;
  const fit = sweep.fits[k - 1];
  if (!fit) throw new Error(`internal: the sweep has no fit for k = ${k}`);

  const value = (j: number): number => -(fit.centers.data[j * 3] as number) + (fit.centers.data[j * 3 + 1] as number) + (fit.centers.data[j * 3 + 2] as number);
  const order = Array.from({ length: k }, (_, j) => j).sort((a, b) => value(b) - value(a) || a - b);
  const number = new Int32Array(k);
  order.forEach((j, rank) => (number[j] = rank + 1));
  const cluster = Array.from(fit.labels, (label) => number[label] as number);
  const profiles = order.map((j) => {
    let customers = 0, r = 0, f = 0, m = 0;
    for (let i = 0; i < n; i++) {
      if (fit.labels[i] !== j) continue;
      customers++;
      r += recency[i] as number;
      f += frequency[i] as number;
      m += monetary[i] as number;
    }
    const centre = Array.from(fit.centers.data.subarray(j * 3, j * 3 + 3));
    return { customers, meanRecency: r / customers, meanFrequency: f / customers, meanMonetary: m / customers, description: describeCluster(centre, f / customers) };
  });
  return {
    k,
    recommendedK: recommendation.k,
    recommendation: recommendation.reason,
    cluster,
    profiles,
    inertia: fit.inertia,
    elbow: sweep.rows,
    logMean: features.mean,
    logScale: features.scale,
    clippedBelowZero: features.clippedBelowZero,
    silhouetteSampleSize: sampled ? RFM_CLUSTERING.silhouetteSampleSize : null,
  };
}
