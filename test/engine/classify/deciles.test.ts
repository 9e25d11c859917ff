import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { calibrationByDecile } from '../../../src/engine/classify/calibration';
import { decileTable } from '../../../src/engine/classify/decile-table';
import { scoreGroups } from '../../../src/engine/classify/score-groups';
import { InputError } from '../../../src/engine/problem';

describe('decileTable and calibrationByDecile', () => {
  test('a two-group table by hand', () => {
    // ranked: 0.9 (1), 0.8 (1) | 0.3 (1), 0.2 (0); overall rate ¾.
    // Group 1: rate 1, capture 2/3, lift 1 / ¾ = 4/3. Group 2: rate ½, capture 1, lift ½ / ¾ = 2/3.
    const rows = decileTable(Uint8Array.of(0, 1, 1, 1), Float64Array.of(0.2, 0.9, 0.3, 0.8), 2);
    expect(rows.map((r) => [r.decile, r.count, r.positives, r.rate, r.minScore, r.maxScore])).toEqual([[1, 2, 2, 1, 0.8, 0.9], [2, 2, 1, 0.5, 0.2, 0.3]]);
    expect(rows[0]?.cumulativeCapture).toBeCloseTo(2 / 3, 15);
    expect(rows[0]?.lift).toBeCloseTo(4 / 3, 15);
    expect(rows[1]?.cumulativeCapture).toBe(1);
    expect(rows[1]?.lift).toBeCloseTo(2 / 3, 15);
  });

  test('calibration by hand', () => {
    // group 1: scores 0.9, 0.7 (mean 0.8), both positive; group 2: 0.4, 0.2 (mean 0.3), none
    const rows = calibrationByDecile(Uint8Array.of(1, 1, 0, 0), Float64Array.of(0.9, 0.7, 0.4, 0.2), 2);
    expect(rows.map((r) => [r.count, r.observedRate])).toEqual([[2, 1], [2, 0]]);
    expect(rows[0]?.meanPredicted).toBeCloseTo(0.8, 15);
    expect(rows[1]?.meanPredicted).toBeCloseTo(0.3, 15);
  });

  test('groups differ in size by at most one, cover every row once, and are ranked by descending score', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 200 }), fc.integer({ min: 1, max: 10 }), (values, groups) => {
      const p = Float64Array.from(values);
      const { order, starts } = scoreGroups(p, groups);
      const sizes = Array.from({ length: groups }, (_, g) => (starts[g + 1] as number) - (starts[g] as number));
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(Array.from(order).sort((a, b) => a - b)).toEqual(values.map((_, i) => i));
      for (let k = 1; k < order.length; k++) expect(p[order[k - 1] as number]).toBeGreaterThanOrEqual(p[order[k] as number] as number);
    }));
  });

  test('counts add up, capture ends at 1, and the count-weighted mean lift is 1', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 10, maxLength: 200 }), (rows) => {
      const y = Uint8Array.from(rows, (r) => r[0]), p = Float64Array.from(rows, (r) => r[1]);
      fc.pre(y.includes(1));
      const table = decileTable(y, p);
      expect(table.reduce((s, r) => s + r.count, 0)).toBe(y.length);
      expect(table.reduce((s, r) => s + r.positives, 0)).toBe(y.reduce((a, b) => a + b, 0));
      expect(table[9]?.cumulativeCapture).toBeCloseTo(1, 12);
      expect(table.reduce((s, r) => s + r.lift * r.count, 0) / y.length).toBeCloseTo(1, 12);
    }));
  });

  test('fewer rows than groups, or no positives, is refused', () => {
    expect(() => decileTable(Uint8Array.of(0, 1), Float64Array.of(0.1, 0.9))).toThrow(InputError);
    expect(() => decileTable(Uint8Array.of(0, 0, 0), Float64Array.of(0.1, 0.2, 0.3), 2)).toThrow(/both classes/);
  });
});
