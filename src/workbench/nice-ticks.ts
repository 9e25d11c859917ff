/**
 * Round axis ticks covering [min, max]: steps of 1, 2 or 5 times a power of ten, about `count` of them, the
 * first at or below min and the last at or above max.
 * @example niceTicks(0, 600, 5) // [0, 200, 400, 600]  (raw step 120 → the next nice step, 200)
 * @example niceTicks(0.26, 0.43, 4) // [0.25, 0.3, 0.35, 0.4, 0.45]  (raw step 0.0425 → 0.05)
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) return min === 0 ? [0, 1] : niceTicks(Math.min(0, min), Math.max(0, max), count);
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.999) ?? 10 * power);
  const first = Math.floor(min / step + 1e-9) * step;
  const ticks: number[] = [];
  // Stop at the first tick at or above max (a billionth of a step of rounding allowed), never before it.
  for (let i = 0; ; i++) {
    const tick = first + i * step;
    ticks.push(Number(tick.toPrecision(12)));
    if (tick >= max - step * 1e-9) break;
  }
  return ticks;
}
