import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { niceTicks } from '../../src/workbench/nice-ticks';

describe('niceTicks(min, max, count)', () => {
  test('hand-worked cases', () => {
    // (600 − 0) / 5 = 120; of 100, 200, 500 the first ≥ 120 is 200.
    expect(niceTicks(0, 600, 5)).toEqual([0, 200, 400, 600]);
    // (0.43 − 0.26) / 4 = 0.0425 → 0.05; first tick floor(0.26 / 0.05) × 0.05 = 0.25
    expect(niceTicks(0.26, 0.43, 4)).toEqual([0.25, 0.3, 0.35, 0.4, 0.45]);
    expect(niceTicks(5, 5, 5)).toEqual(niceTicks(0, 5, 5));
  });

  test('the ticks cover the range with one step of 1, 2 or 5 × 10^n', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 10 }), (min, span, count) => {
      // Chart data spans more than a ten-thousandth of its magnitude; finer spans are not drawn with ticks.
      fc.pre(span > Math.abs(min) * 1e-4);
      const ticks = niceTicks(min, min + span, count);
      const step = (ticks[1] as number) - (ticks[0] as number);
      // Within a millionth of a step: rounding must not add a tick for 0.30000000000000004.
      expect(ticks[0]).toBeLessThanOrEqual(min + step * 1e-6);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(min + span - step * 1e-6);
      const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
      expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true);
    }));
  });
});

test('niceTicks reaches past a max just above a tick (0.2 … 1,000,000.2 in about 5 steps ends at 1,200,000)', () => {
  expect(niceTicks(0.2, 1_000_000.2, 5)).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000]);
});
