import type { Matrix } from '../matrix';
import type { Random } from '../random';
import type { LloydRun } from './lloyd';
import { nearestTwo, packCenters } from './packed-centers';
import { searchSorted } from './search-sorted';

/**
 * Global swap search after a converged restart. Lloyd and Hartigan only move points between the
 * clusters they have; a restart whose seeding put two centres in one natural group and none in
 * another stays there. Each trial moves the centre whose removal costs least — Σ over its points of
 * (distance² to the second-nearest centre − distance² to its own), the WCSS increase if its points
 * simply joined their next-nearest clusters — to a row drawn with probability ∝ D² (its distance²
 * to its own centre, as k-means++ seeds), then re-runs the local search (`local`: Lloyd and the
 * Hartigan polish). A trial is kept only if the inertia drops; the search stops after `maxFailures`
 * trials in a row that did not help, so a restart already at a good optimum pays little.
 * This is the "swap" step of Kanungo et al.'s local search for k-means (2004), with k-means++'s
 * D² sampling choosing where the centre goes. Needs k ≥ 2 (k = 1 has nothing to swap).
 *
 * @example
 * // 1-D rows 0, 1, 10, 11, 20, 21 with centres 0.5, 1 (two in one group) and 15.5: the centre at 1
 * // removes most cheaply, the D² draw lands on 10, 11, 20 or 21, and Lloyd then finds
 * // {0, 1}, {10, 11}, {20, 21} with WCSS 1.5.
 * swapCenters(X, run, local, createRandom(0), 3).inertia // 1.5
 */
export function swapCenters(
  X: Matrix, start: LloydRun, local: (centers: Float64Array) => LloydRun, rng: Random, maxFailures: number,
): LloydRun {
  const { data, rows: n, cols: d } = X;
  const k = start.centers.length / d;
  if (k < 2) return start;
  let best = start;
  const own = new Float64Array(n);
  const cumulative = new Float64Array(n);
  const removal = new Float64Array(k);
  for (let failures = 0; failures < maxFailures;) {
    scoreRemovals(data, d, best, own, removal);
    let victim = 0;
    for (let c = 1; c < k; c++) if ((removal[c] as number) < (removal[victim] as number)) victim = c;
    let running = 0;
    for (let i = 0; i < n; i++) cumulative[i] = running += own[i] as number;
    if (!(running > 0)) return best;
    const row = searchSorted(cumulative, rng.next() * running);
    const centers = Float64Array.from(best.centers);
    centers.set(data.subarray(row * d, row * d + d), victim * d);
    const trial = local(centers);
    if (trial.inertia < best.inertia * (1 - 1e-12)) {
      best = trial;
      failures = 0;
    } else {
      failures++;
    }
  }
  return best;
}

/** Each row's distance² to its own centre (into `own`) and each centre's removal cost (into `removal`). */
function scoreRemovals(data: Float64Array, d: number, run: LloydRun, own: Float64Array, removal: Float64Array): void {
  const k = removal.length;
  const packed = packCenters(run.centers, k, d);
  const two = new Float64Array(2);
  removal.fill(0);
  for (let i = 0; i < own.length; i++) {
    let xx = 0;
    for (let t = 0, o = i * d; t < d; t++, o++) xx += (data[o] as number) * (data[o] as number);
    const label = run.labels[i] as number;
    nearestTwo(data, i, d, packed, label, two);
    const mine = xx + (two[0] as number);
    own[i] = mine > 0 ? mine : 0;
    removal[label] = (removal[label] as number) + (two[1] as number) - (two[0] as number);
  }
}
