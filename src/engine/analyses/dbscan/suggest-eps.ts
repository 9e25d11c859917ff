import { kneedle } from '../../cluster/kneedle';

/** Most points a k-distance curve keeps for the chart and the result: enough to see the bend. */
export const K_DISTANCE_POINTS = 1000;

/**
 * The suggested eps: the distance at the knee of the sorted k-distance curve (Kneedle, convex and
 * increasing), found on the thinned curve; null when the curve is straight or the knee is at 0.
 * @example suggestEps(Float64Array.of(0.1, 0.1, 0.11, 0.12, 0.13, 0.5, 2, 5)) // the distance where the curve turns up
 */
export function suggestEps(sorted: Float64Array): number | null {
  const curve = thinCurve(sorted);
  const knee = kneedle(curve.map((p) => p[0]), curve.map((p) => p[1]), { curve: 'convex', direction: 'increasing' });
  if (knee === null) return null;
  const eps = curve.find((p) => p[0] === knee)![1];
  return eps > 0 ? eps : null;
}

/**
 * The curve as [rank (1-based), distance] pairs, every point when short, else K_DISTANCE_POINTS
 * evenly spaced ranks including the first and last.
 * @example thinCurve(Float64Array.of(1, 2, 3)) // [[1, 1], [2, 2], [3, 3]]
 */
export function thinCurve(sorted: Float64Array): [number, number][] {
  const n = sorted.length;
  const m = Math.min(n, K_DISTANCE_POINTS);
  const out: [number, number][] = [];
  for (let j = 0; j < m; j++) {
    const i = m === 1 ? 0 : Math.round((j * (n - 1)) / (m - 1));
    out.push([i + 1, sorted[i]!]);
  }
  return out;
}
