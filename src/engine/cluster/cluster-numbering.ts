import { toScaledUnits } from '../prep/original-units';
import type { Feature } from '../prep/types';
import type { FieldReader } from '../recipe/fields';
import type { RowBands } from '../recipe/types';
import type { ClusteringResult } from './clustering-result';
import { matchClusters } from './match-clusters';

/**
 * The clusters of the run a re-run replaces, carried in the re-run's recipe so that clusters which continue
 * keep their numbers: a colleague's filters, formulas and notes on "Cluster 3" stay right when the data grows.
 */
export interface PreviousClusters {
  /** Feature names of the centroids' values ("Age", "Genre = Male"), as the previous report gave them. */
  readonly features: readonly string[];
  /** Centroids in original units, in the previous run's numbering (Cluster 1 first). */
  readonly centroids: readonly (readonly number[])[];
}

/** What a run's result says about numbers carried over from the run it re-ran. */
export interface CarriedNumbers {
  /** For each cluster (0-based, as numbered in this run), the previous run's cluster it continues, −1 for a new one. */
  readonly continues: readonly number[];
  /** Whether any number differs from the one the analysis's own rule would give (clusters moved or changed). */
  readonly kept: boolean;
}

/** How the fitted clusters are numbered in the report. */
export interface ClusterNumbering {
  /** Report number (0-based) of each fitted cluster. */
  readonly numberOf: readonly number[];
  /** Fitted cluster of each report number: the inverse of numberOf. */
  readonly clusterAt: readonly number[];
  /** Null without previous clusters. */
  readonly carried: CarriedNumbers | null;
}

/**
 * Numbers the k fitted clusters. Without previous clusters: in `ownOrder` (fitted cluster indices, Cluster 1
 * first). With them: each fitted cluster is paired with the previous centroid nearest to it in the scaled space
 * the clustering ran in (closest pairs first, each previous cluster once, see matchClusters) and keeps that
 * cluster's number; clusters without a counterpart, or whose counterpart's number is k or more, take the free
 * numbers in `ownOrder`. `centres` are the fitted centres in scaled units, k × features.length row-major.
 * A previous feature missing now (a category level that disappeared) is dropped; a new one counts as 0 in the
 * previous centroids (a level no previous row had).
 * @example
 * // Two clusters found in the opposite order from last time keep last time's numbers.
 * clusterNumbering(Float64Array.of(9, 0), 2, [age], [0, 1], { features: ['Age'], centroids: [[0], [9]] }).numberOf // [1, 0]
 */
export function clusterNumbering(centres: Float64Array, k: number, features: readonly Feature[], ownOrder: readonly number[], previous?: PreviousClusters): ClusterNumbering {
  const d = features.length;
  const own = new Array<number>(k);
  ownOrder.forEach((cluster, number) => (own[cluster] = number));
  if (!previous) return { numberOf: own, clusterAt: [...ownOrder], carried: null };

  const at = features.map((f) => previous.features.indexOf(f.name));
  const before = previous.centroids.map((c) => toScaledUnits(features, at.map((i) => (i < 0 ? 0 : (c[i] as number)))));
  const now = Array.from({ length: k }, (_, j) => Array.from(centres.subarray(j * d, (j + 1) * d)));
  const { oldOfNew } = matchClusters(before, now);

  const numberOf = new Array<number>(k).fill(-1);
  const taken = new Set<number>();
  oldOfNew.forEach((old, cluster) => {
    if (old >= 0 && old < k) {
      numberOf[cluster] = old;
      taken.add(old);
    }
  });
  let free = 0;
  for (const cluster of ownOrder) {
    if (numberOf[cluster] !== -1) continue;
    while (taken.has(free)) free++;
    numberOf[cluster] = free;
    taken.add(free);
  }
  const clusterAt = new Array<number>(k);
  const continues = new Array<number>(k);
  numberOf.forEach((number, cluster) => {
    clusterAt[number] = cluster;
    continues[number] = oldOfNew[cluster] as number;
  });
  return { numberOf, clusterAt, carried: { continues, kept: numberOf.some((number, cluster) => number !== own[cluster]) } };
}

/**
 * A clustering's recipe for its re-run: the recipe with the replaced run's centroids as previousClusters, so
 * the clusters that continue keep their numbers (the Analysis.rerunRecipe of k-means, hierarchical, DBSCAN).
 * @example carryClusters(recipe, { features: ['Age'], centroids: [[30], [55]] }).previousClusters?.centroids // [[30], [55]]
 */
export function carryClusters<R extends { readonly previousClusters?: PreviousClusters }>(recipe: R, previous: PreviousClusters): R {
  return { ...recipe, previousClusters: { features: previous.features, centroids: previous.centroids } };
}

/** A clustering's bands for comparing re-runs (Analysis.rowBands): each data row's cluster, negative where it has none. */
export function clusterBands(result: Pick<ClusteringResult, 'labels'>): RowBands {
  return { band: 'cluster', unit: 'row', keys: null, values: result.labels };
}

/**
 * Labels with each cluster replaced by its number (numberOf from clusterNumbering); negative labels (noise,
 * left out) stay as they are. Returns the same array when nothing changes.
 * @example renumber(Int32Array.of(0, 1, -1, 1), [1, 0]) // Int32Array [1, 0, -1, 0]
 */
export function renumber(labels: Int32Array, numberOf: readonly number[]): Int32Array {
  if (numberOf.every((number, cluster) => number === cluster)) return labels;
  return labels.map((l) => (l < 0 ? l : (numberOf[l] as number)));
}

/**
 * The recipe's `previousClusters` (written by a re-run), checked: feature names and one centroid per previous
 * cluster, each with a finite number per feature. Absent → undefined.
 */
export function readPreviousClusters(f: FieldReader): { previousClusters?: PreviousClusters } {
  const raw = f.raw('previousClusters');
  if (raw === undefined) return {};
  const v = raw as { features?: unknown; centroids?: unknown };
  const features = Array.isArray(v?.features) && v.features.every((s) => typeof s === 'string') ? (v.features as string[]) : null;
  const centroids = Array.isArray(v?.centroids) ? v.centroids : null;
  const wellFormed = features !== null && centroids !== null && centroids.length > 0
    && centroids.every((c) => Array.isArray(c) && c.length === features.length && c.every((x) => typeof x === 'number' && Number.isFinite(x)));
  if (!wellFormed) {
    f.problems.push({ code: 'recipe-field', message: "Recipe field 'previousClusters' must be {\"features\": [names], \"centroids\": [[one number per feature], …]}, as a re-run writes it; remove it to number the clusters afresh." });
    return {};
  }
  return { previousClusters: { features, centroids: centroids as number[][] } };
}

/**
 * The About sheet's line on cluster numbers: the analysis's own rule, or that the numbers were carried over
 * from the run this one re-ran.
 */
export function numberingSetting(carried: CarriedNumbers | null, ownRule: string): readonly [string, string] {
  return ['Cluster numbers', carried?.kept
    ? 'kept from the run this one re-ran: each cluster has the number of the previous cluster whose centroid is nearest; new clusters take the numbers left'
    : ownRule];
}
