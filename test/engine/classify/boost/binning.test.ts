import { describe, expect, test } from '@jest/globals';
import { binColumns, fitBinEdges, MISSING_BIN } from '../../../../src/engine/classify/boost/binning';
import { fromRows, matrix } from '../../../../src/engine/matrix';

const column = (values: number[]) => fromRows(values.map((v) => [v]));

describe('fitBinEdges / binColumns (scikit-learn 1.2 _BinMapper)', () => {
  test('few distinct values: thresholds are the midpoints between them, NaN is binned apart', () => {
    // distinct 1, 2, 3, 10 → midpoints 1.5, 2.5, 6.5; 3 is above two of them → bin 2, 10 → bin 3.
    // scikit-learn: bin_thresholds_ [1.5, 2.5, 6.5], transform [2, 0, 1, 1, 255, 3].
    const x = column([3, 1, 2, 2, NaN, 10]);
    const edges = fitBinEdges(x, 255, 0);
    expect(edges).toEqual([[1.5, 2.5, 6.5]]);
    const binned = binColumns(x, edges);
    expect(Array.from(binned.bins)).toEqual([2, 0, 1, 1, MISSING_BIN, 3]);
    expect(Array.from(binned.nonMissingBins)).toEqual([4]);
  });

  test('a value equal to a threshold goes to the lower bin', () => {
    expect(Array.from(binColumns(column([1, 1.5, 2]), [[1.5]]).bins)).toEqual([0, 0, 1]);
  });

  test('exactly 255 distinct values still use midpoints; 256 switch to percentiles', () => {
    const distinct = (k: number) => column(Array.from({ length: k }, (_, i) => i));
    const e255 = fitBinEdges(distinct(255), 255, 0)[0] as number[];
    expect(e255).toHaveLength(254);
    expect(e255[0]).toBe(0.5);
    // 256 values 0…255: index 255·k/255 = k (up to rounding) for k = 1…254, never a midpoint by more than half a step
    const e256 = fitBinEdges(distinct(256), 255, 0)[0] as number[];
    expect(e256).toHaveLength(254);
    e256.forEach((t, k) => expect(Math.abs(t - (k + 1))).toBeLessThanOrEqual(0.5));
  });

  test('0…999: the percentiles scikit-learn 1.2.1 / numpy 1.24 give, to the last bit', () => {
    // Virtual index 999·(k·100/255)/100: k = 85 lands at 333.00000000000006 in doubles, so numpy takes the
    // midpoint 333.5 and not 333; the values below were printed by _BinMapper().fit(arange(1000)).
    const t = fitBinEdges(column(Array.from({ length: 1000 }, (_, i) => i)), 255, 0)[0] as number[];
    expect(t).toHaveLength(254);
    expect(t.slice(0, 5)).toEqual([3.5, 7.5, 11.5, 15.5, 19.5]);
    expect(t.slice(83, 86)).toEqual([329.5, 333.5, 336.5]);
    expect(t.slice(168, 171)).toEqual([662.5, 666.5, 669.5]);
    expect(t.slice(-3)).toEqual([987.5, 991.5, 995.5]);
  });

  test('300 distinct values each twice, as scikit-learn 1.2.1 bins them', () => {
    const values = Array.from({ length: 600 }, (_, i) => (i % 300) ** 2 / 7);
    const t = fitBinEdges(column(values), 255, 0)[0] as number[];
    expect(t).toHaveLength(254);
    expect(t.slice(0, 4)).toEqual([0.14285714285714285, 0.5714285714285714, 1.7857142857142856, 2.928571428571429]);
    expect(t.slice(100, 102)).toEqual([2006.0714285714284, 2040.0714285714287]);
    expect(t.slice(-2)).toEqual([12601.285714285714, 12686.285714285714]);
  });

  test('fewer bins asked: maxBins − 1 thresholds; a constant or all-missing column has none', () => {
    const x = matrix(100, 3);
    for (let i = 0; i < 100; i++) x.data.set([i, 7, NaN], i * 3);
    const edges = fitBinEdges(x, 4, 0);
    // 0…99 at virtual indices 99·k/4 = 24.75, 49.5, 74.25 → midpoints 24.5, 49.5, 74.5
    expect(edges).toEqual([[24.5, 49.5, 74.5], [], []]);
    const binned = binColumns(x, edges);
    expect(Array.from(binned.nonMissingBins)).toEqual([4, 1, 1]);
    expect(binned.bins[2 * 100]).toBe(MISSING_BIN);
  });

  test('rows limits fitting and binning to a subset, in the order given', () => {
    const x = column([5, 1, 9, 3]);
    const rows = Uint32Array.of(3, 0);
    // only 3 and 5 are seen: one threshold at 4
    expect(fitBinEdges(x, 255, 0, rows)).toEqual([[4]]);
    expect(Array.from(binColumns(x, [[4]], rows).bins)).toEqual([0, 1]);
  });
});
