import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { histogramBins } from '../../../src/engine/stats/histogram-bins';

describe('histogramBins (Freedman–Diaconis with a cap)', () => {
  test('1..8 gives two bins of width 3.5', () => {
    // Q1 at position 1.75 = 2.75, Q3 at 5.25 = 6.25: IQR 3.5, width 2·3.5/∛8 = 3.5, ⌈(8 − 1)/3.5⌉ = 2.
    const h = histogramBins(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8), 50);
    expect(h).toEqual({ edges: [1, 4.5, 8], counts: [4, 4], rule: 'freedman-diaconis' });
  });

  test('falls back to Sturges when the IQR is 0, caps the bin count, and gives one bin for one value', () => {
    // 16 values, 14 of them 0: IQR 0 → ⌈log2 16⌉ + 1 = 5 bins over [0, 10].
    const mostlyZero = Float64Array.from([...new Array(14).fill(0), 5, 10]);
    expect(histogramBins(mostlyZero, 50)).toMatchObject({ rule: 'sturges', counts: [14, 0, 1, 0, 1] });
    const spread = Float64Array.from({ length: 1000 }, (_, i) => i);
    expect(histogramBins(spread, 4)).toMatchObject({ rule: 'capped', counts: [250, 250, 250, 250] });
    expect(histogramBins(Float64Array.of(3, 3), 50)).toEqual({ edges: [2.5, 3.5], counts: [2], rule: 'single' });
  });

  test('counts add up to n and never exceed the cap', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (xs, cap) => {
      const h = histogramBins(Float64Array.from(xs).sort(), cap);
      expect(h.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
      expect(h.counts.length).toBeLessThanOrEqual(cap);
      expect(h.edges.length).toBe(h.counts.length + 1);
    }));
  });
});
