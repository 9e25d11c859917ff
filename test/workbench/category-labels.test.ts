/** Category labels of the workbench's column and line charts: never overlapping, as Excel skips them. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { categoryLabels } from '../../src/workbench/chart-svg';

describe('categoryLabels', () => {
  it('shows every label when they fit and every n-th when they would overlap', () => {
    // 'PAY_0' is 5 characters: 5 × 6 + 4 = 34 px, so a 40 px band fits it and a 20 px band needs two bands.
    expect(categoryLabels(['PAY_0', 'PAY_2', 'PAY_3'], 40)).toEqual(['PAY_0', 'PAY_2', 'PAY_3']);
    expect(categoryLabels(['PAY_0', 'PAY_2', 'PAY_3', 'PAY_4'], 20)).toEqual(['PAY_0', null, 'PAY_3', null]);
    expect(categoryLabels([1, 2, 3], 30)).toEqual(['1', '2', '3']);
  });

  it('leaves at least the width of the widest label between two shown labels (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 60 }), fc.double({ min: 1, max: 200, noNaN: true }), (names, band) => {
      const shown = categoryLabels(names, band).flatMap((t, i) => (t === null ? [] : [i]));
      const widest = Math.max(...names.map((n) => n.length)) * 6 + 4;
      expect(shown[0]).toBe(0);
      for (let k = 1; k < shown.length; k++) expect(((shown[k] as number) - (shown[k - 1] as number)) * band).toBeGreaterThanOrEqual(widest - 1e-9);
    }));
  });
});
