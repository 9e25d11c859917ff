import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readTarget } from '../../../../src/engine/analyses/score/detect-target';
import { binWoe, ivReading, woeOf } from '../../../../src/engine/analyses/score/woe';
import { getColumn } from '../../../../src/engine/table/get-column';
import { readReference } from '../../../shared';
import { datasetTable, toyTable } from './run-score';

interface RefBin { bin: string; count: number; bads: number; goods: number; bad_rate: number; woe: number | null; iv: number | null }
interface RefVariable { edges: number[] | null; bins: RefBin[]; iv: number | null }

describe('WoE and IV on credit_scoring.csv equal the reference for its bins (pandas.qcut(x, 5), a Missing bin)', () => {
  const table = datasetTable('credit_scoring.csv');
  const y = readTarget(table, 'Status', 'bad').y;
  const all = Uint32Array.from({ length: table.rowCount }, (_, i) => i);
  const ref = readReference<{ variables: Record<string, RefVariable> }>('woe/credit_scoring.json').variables;

  test.each(Object.keys(ref))('%s', (name) => {
    const r = ref[name] as RefVariable;
    const ours = binWoe(getColumn(table, name), y, all, { bins: 5, monotonic: false });
    let expected: RefBin[];
    if (r.edges) {
      ours.edges.forEach((e, k) => expect(Math.abs(e - (r.edges?.[k] as number))).toBeLessThanOrEqual(1e-12 * Math.abs(e)));
      expect(ours.edges).toHaveLength(r.edges.length);
      // the reference lists bins in string order ('(14.0, 48.0]' before '(3.0, 8.0]'): put them in numeric order, Missing last
      const upper = (b: RefBin): number => (b.bin === 'Missing' ? Infinity : Number(b.bin.split(', ')[1]?.replace(']', '')));
      expected = [...r.bins].sort((a, b) => upper(a) - upper(b));
    } else {
      expected = ours.bins.map((b) => r.bins.find((x) => x.bin === b.label) as RefBin);
      expect(ours.bins).toHaveLength(r.bins.length);
    }
    expect(ours.bins.map((b) => [b.count, b.bads, b.goods])).toEqual(expected.map((b) => [b.count, b.bads, b.goods]));
    if (r.iv === null) {
      // a bin with no bads: the reference's WoE is infinite; ours adds 0.5 to the empty count and says so
      expect(ours.adjusted).toBe(true);
      expect(Number.isFinite(ours.iv)).toBe(true);
      return;
    }
    expect(ours.adjusted).toBe(false);
    ours.bins.forEach((b, k) => {
      expect(Math.abs(b.woe - (expected[k]?.woe as number))).toBeLessThan(1e-12);
      expect(Math.abs(b.iv - (expected[k]?.iv as number))).toBeLessThan(1e-12);
      expect(b.badRate).toBe(expected[k]?.bad_rate);
    });
    expect(Math.abs(ours.iv - r.iv)).toBeLessThan(1e-12);
    expect(ours.reading).toBe(ivReading(r.iv));
  });

  test('Seniority reads strong (IV 0.478), Age weak (0.055), Price weak (0.040)', () => {
    const reading = (name: string): string => binWoe(getColumn(table, name), y, all, { monotonic: false }).reading;
    expect([reading('Seniority'), reading('Age'), reading('Price')]).toEqual(['strong', 'weak', 'weak']);
  });
});

describe('WoE binning by hand', () => {
  const column = (values: number[]) => getColumn(toyTable(['x'], values.map((v) => [v])), 'x');
  const rows = Uint32Array.of(0, 1, 2, 3, 4, 5);

  test('three quantile bins with bad rates 1, ½, 0 are kept; empty counts get 0.5', () => {
    // quantile positions (n − 1)·q = 0, 5/3, 10/3, 5 over 1..6 → edges 1, 2⅔, 4⅓, 6; bins {1,2} {3,4} {5,6}
    // bads 2, 1, 0 and goods 0, 1, 2; with 0.5 for the empty counts: bads 2, 1, 0.5 (Σ 3.5), goods 0.5, 1, 2 (Σ 3.5)
    // WoE = ln(goods/bads) = ln ¼, 0, ln 4; IV = 2 · (1.5/3.5) · ln 4 = (6/7) ln 4
    const f = binWoe(column([1, 2, 3, 4, 5, 6]), Int8Array.of(1, 1, 0, 1, 0, 0), rows, { bins: 3 });
    expect(f.edges[1]).toBeCloseTo(8 / 3, 14);
    expect(f.bins.map((b) => b.woe)).toEqual([Math.log(0.25), 0, Math.log(4)].map((w) => expect.closeTo(w, 14)));
    expect(f.iv).toBeCloseTo((6 / 7) * Math.log(4), 14);
    expect([f.adjusted, f.reading]).toEqual([true, 'suspicious']);
  });

  test('bins with equal bad rates are pooled until the rate falls strictly', () => {
    // bins {1,2} {3,4} {5,6} with bads 1, 1, 0: rates ½, ½, 0 → pool the first two: [1, 4⅓] 2 of 4 bad, (4⅓, 6] none
    const f = binWoe(column([1, 2, 3, 4, 5, 6]), Int8Array.of(1, 0, 1, 0, 0, 0), rows, { bins: 3 });
    expect(f.edges).toEqual([1, expect.closeTo(13 / 3, 14), 6]);
    expect(f.bins.map((b) => [b.count, b.bads])).toEqual([[4, 2], [2, 0]]);
  });

  test('scoring: values beyond the edges go to the end bins; blanks and unseen text score 0 without a bin', () => {
    const f = binWoe(column([1, 2, 3, 4, 5, 6]), Int8Array.of(1, 1, 0, 1, 0, 0), rows, { bins: 3 });
    expect(woeOf(f, -100)).toBe(f.bins[0]?.woe);
    expect(woeOf(f, 100)).toBe(f.bins[2]?.woe);
    expect(woeOf(f, NaN)).toBe(0);
    const text = binWoe(getColumn(toyTable(['home'], [['own'], ['rent'], [''], ['own']]), 'home'), Int8Array.of(0, 1, 1, 0), Uint32Array.of(0, 1, 2, 3));
    expect(text.bins.map((b) => b.label)).toEqual(['own', 'rent', 'Missing']);
    expect(woeOf(text, null)).toBe(text.bins[2]?.woe);
    expect(woeOf(text, 'castle')).toBe(0);
  });

  test('invariant: merged bins hold every row and their bad rates are strictly monotonic', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.boolean()), { minLength: 10, maxLength: 80 }),
      fc.integer({ min: 2, max: 8 }),
      (cells, q) => {
        const f = binWoe(column(cells.map(([v]) => v)), Int8Array.from(cells, ([, bad]) => (bad ? 1 : 0)), Uint32Array.from(cells.keys()), { bins: q });
        expect(f.bins.reduce((s, b) => s + b.count, 0)).toBe(cells.length);
        const rates = f.bins.map((b) => b.badRate);
        const up = rates.every((r, k) => k === 0 || r > (rates[k - 1] as number));
        const down = rates.every((r, k) => k === 0 || r < (rates[k - 1] as number));
        expect(up || down).toBe(true);
      },
    ), { numRuns: 200 });
  });
});
