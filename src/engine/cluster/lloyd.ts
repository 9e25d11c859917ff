import type { Matrix } from '../matrix';
import { assignNearest, packCenters } from './packed-centers';
import { relocateEmptyClusters } from './relocate-empty-clusters';
import { rowSqNorms, sqDistance } from './sq-distance';

export interface LloydOptions {
  readonly maxIter: number;
  /** Absolute tolerance on the total squared centre shift (tol × the mean per-feature variance, as scikit-learn). */
  readonly tolerance: number;
  /**
   * Called after each iteration with the inertia of that iteration's assignment step (every point
   * to its nearest centre of the previous iteration). It never increases. Throw to stop the run.
   */
  readonly onIteration?: (iteration: number, assignmentInertia: number) => void;
}

/** One Lloyd run from given centres. */
export interface LloydRun {
  readonly labels: Int32Array;
  /** k × d, row-major. */
  readonly centers: Float64Array;
  readonly inertia: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Lloyd's algorithm with scikit-learn's (1.2, `_kmeans_single_lloyd`) stopping rules: stop when no
 * label changes ("strict convergence") or when the total squared centre shift is ≤ `tolerance`;
 * otherwise after `maxIter` iterations. Empty clusters get the farthest points (relocateEmptyClusters).
 * Unless labels stopped changing, a last assignment step relabels with the final centres, so labels,
 * centres and inertia describe the same partition; inertia is then summed from direct distances.
 *
 * The assignment step ranks centres by |c|² − 2x·c (the |x|² − 2x·c + |c|² expansion, as
 * scikit-learn does), which halves the work; callers centre X first (kmeans does) so the expansion
 * loses no accuracy to large offsets.
 *
 * @example
 * // 1-D points 0, 1, 9, 10 from centres 0 and 1: step 1 labels {0}, {1, 9, 10} → centres 0, 6.67;
 * // step 2 labels {0, 1}, {9, 10} → centres 0.5, 9.5; step 3 changes nothing → inertia 4 × 0.25 = 1.
 * lloyd(fromRows([[0], [1], [9], [10]]), Float64Array.of(0, 1), { maxIter: 300, tolerance: 0 })
 */
export function lloyd(X: Matrix, initialCenters: Float64Array, options: LloydOptions): LloydRun {
  const { data, rows: n, cols: d } = X;
  const k = initialCenters.length / d;
  const xNorms = rowSqNorms(data, d);
  let centers = Float64Array.from(initialCenters);
  let next = new Float64Array(k * d);
  const labels = new Int32Array(n).fill(-1);
  const counts = new Int32Array(k);
  let iterations = 0;
  let converged = false;
  let labelsStable = false;

  while (iterations < options.maxIter) {
    iterations++;
    const step = lloydStep(data, d, xNorms, centers, labels, next, counts);
    [centers, next] = [next, centers];
    options.onIteration?.(iterations, step.assignmentInertia);
    if (step.changed === 0) {
      labelsStable = true;
      converged = true;
      break;
    }
    if (step.shift <= options.tolerance) {
      converged = true;
      break;
    }
  }

  if (!labelsStable) {
    assignNearest(data, d, packCenters(centers, k, d), xNorms, labels, counts, null);
    if (counts.includes(0)) refillEmptyClusters(data, d, centers, labels, counts);
  }
  return { labels, centers, inertia: directInertia(data, d, centers, labels), iterations, converged };
}

/**
 * Σ |x − c(x)|² from direct differences (exact to rounding however far the rows are from the
 * origin). Two rows per pass so their sums form two independent dependency chains.
 */
function directInertia(data: Float64Array, d: number, centers: Float64Array, labels: Int32Array): number {
  const n = labels.length;
  let inertia = 0;
  for (let i = 0; i < n; i += 2) {
    const xo = i * d, co = (labels[i] as number) * d;
    if (i + 1 === n) return inertia + sqDistance(data, i, centers, labels[i] as number, d);
    const yo = xo + d, go = (labels[i + 1] as number) * d;
    let s = 0, r = 0;
    for (let t = 0; t < d; t++) {
      const e = (data[xo + t] as number) - (centers[co + t] as number);
      const f = (data[yo + t] as number) - (centers[go + t] as number);
      s += e * e;
      r += f * f;
    }
    inertia += s + r;
  }
  return inertia;
}

/** What one Lloyd iteration did. */
export interface LloydStep {
  /** Σ over points of the squared distance to the nearest old centre. */
  readonly assignmentInertia: number;
  /** How many labels differ from before (relocations included). */
  readonly changed: number;
  /** Total squared shift Σ |new − old|² of the centres. */
  readonly shift: number;
}

/**
 * One Lloyd iteration: label every point with its nearest centre in `centers`, relocate points into
 * empty clusters, and write the new centres (cluster means) to `out`. Updates `labels` and `counts`.
 */
export function lloydStep(
  data: Float64Array, d: number, xNorms: Float64Array, centers: Float64Array,
  labels: Int32Array, out: Float64Array, counts: Int32Array,
): LloydStep {
  const k = counts.length;
  out.fill(0);
  const assigned = assignNearest(data, d, packCenters(centers, k, d), xNorms, labels, counts, out);
  const relocated = counts.includes(0) ? relocateEmptyClusters(data, d, centers, labels, out, counts) : 0;
  let shift = 0;
  for (let c = 0; c < k; c++) {
    const count = counts[c] as number;
    for (let t = 0, o = c * d; t < d; t++, o++) {
      const v = count > 0 ? (out[o] as number) / count : (centers[o] as number);
      out[o] = v;
      const diff = v - (centers[o] as number);
      shift += diff * diff;
    }
  }
  return { assignmentInertia: assigned.inertia, changed: assigned.changed + relocated, shift };
}

/**
 * After the final relabelling a centre can, in rare ties, end up with no points: move the farthest
 * points into it and recompute every centre as the mean of its points, so no cluster is empty.
 */
function refillEmptyClusters(data: Float64Array, d: number, centers: Float64Array, labels: Int32Array, counts: Int32Array): void {
  const sums = new Float64Array(centers.length);
  for (let i = 0; i < labels.length; i++) {
    const so = (labels[i] as number) * d;
    for (let t = 0; t < d; t++) sums[so + t] = (sums[so + t] as number) + (data[i * d + t] as number);
  }
  relocateEmptyClusters(data, d, centers, labels, sums, counts);
  for (let c = 0; c < counts.length; c++) {
    const count = counts[c] as number;
    if (count > 0) for (let t = 0; t < d; t++) centers[c * d + t] = (sums[c * d + t] as number) / count;
  }
}
