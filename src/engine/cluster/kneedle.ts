export interface KneedleOptions {
  readonly curve: 'convex' | 'concave';
  readonly direction: 'increasing' | 'decreasing';
  /** S: how many "average steps" the difference curve must drop below a local maximum. Default 1. */
  readonly sensitivity?: number;
}

/**
 * The knee (or elbow) of a curve by Kneedle (Satopää, Albrecht, Irwin & Raghavan 2011), as the
 * `kneed` package's KneeLocator in offline mode: normalise x and y to [0, 1], turn the curve into an
 * increasing concave one, take the difference curve y − x, and return the x of the first local
 * maximum after which the difference curve falls below max − S·(mean x step) before rising to a
 * new maximum. null when there is no knee (for example a straight line). xs ascending.
 *
 * @example
 * // WCSS falling steeply to k = 3 and gently after: the elbow is at 3.
 * kneedle([1, 2, 3, 4, 5, 6], [100, 50, 10, 8, 6, 4], { curve: 'convex', direction: 'decreasing' }) // 3
 */
export function kneedle(xs: readonly number[], ys: readonly number[], options: KneedleOptions): number | null {
  const { curve, direction, sensitivity = 1 } = options;
  const n = xs.length;
  if (n !== ys.length) throw new RangeError(`kneedle: ${n} x values but ${ys.length} y values`);
  if (n < 3) return null;
  const xn = normalise(xs);
  let yn = normalise(ys);
  if (direction === 'decreasing' && curve === 'concave') yn = yn.reverse();
  else if (direction === 'decreasing' && curve === 'convex') yn = yn.map((v) => 1 - v);
  else if (direction === 'increasing' && curve === 'convex') yn = yn.map((v) => 1 - v).reverse();
  const diff = yn.map((v, i) => v - (xn[i] as number));
  const at = (i: number): number => diff[Math.min(n - 1, Math.max(0, i))] as number;
  const isMax = diff.map((v, i) => v >= at(i - 1) && v >= at(i + 1));
  const isMin = diff.map((v, i) => v <= at(i - 1) && v <= at(i + 1));
  const firstMax = isMax.indexOf(true);
  if (firstMax < 0) return null;
  const step = ((xn[n - 1] as number) - (xn[0] as number)) / (n - 1);
  let threshold = 0;
  let thresholdIndex = 0;
  for (let i = firstMax; i < n - 1; i++) {
    if (isMax[i]) {
      threshold = (diff[i] as number) - sensitivity * Math.abs(step);
      thresholdIndex = i;
    }
    if (isMin[i]) threshold = 0;
    if ((diff[i + 1] as number) < threshold) {
      const flipped = (curve === 'convex' && direction === 'increasing') || (curve === 'concave' && direction === 'decreasing');
      return xs[flipped ? n - 1 - thresholdIndex : thresholdIndex] as number;
    }
  }
  return null;
}

function normalise(values: readonly number[]): number[] {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return values.map((v) => (hi === lo ? 0 : (v - lo) / (hi - lo)));
}
