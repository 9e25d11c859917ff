import { describe, expect, test } from '@jest/globals';
import { buildTable } from '../../../../src/engine/table/build';
import { profile } from './run-profile';

// Six customers: an id, a plan, a signup date, a spend, an opt-in flag, a constant region and a default flag.
const cells = [
  ['id', 'plan', 'signup', 'spend', 'optin', 'region', 'default'],
  [101, 'basic', 45292, 0, true, 'UK', 0],
  [102, 'basic', 45293, 10, true, 'UK', 0],
  [103, 'pro', 45300, 20, false, 'UK', 0],
  [104, 'basic', 45322, 30, true, 'UK', 1],
  [105, 'pro', 45351, 40, false, 'UK', 1],
  [106, 'basic', 45382, 1000, true, 'UK', 1],
];
const formats = cells.map((row, i) => row.map((_, j) => (i > 0 && j === 2 ? 'yyyy-mm-dd' : 'General')));
const table = buildTable(cells, { numberFormats: formats, header: true });
const report = profile(table, { target: 'default', targetBins: 2 });
const r = report.result;
const col = (name: string) => r.columns.find((c) => c.name === name);

describe('profile of six hand-checked rows', () => {
  test('types, flags and per-type summaries', () => {
    expect(r.columns.map((c) => c.type)).toEqual(['number', 'text', 'date', 'number', 'boolean', 'text', 'number']);
    expect(col('id')?.flags).toEqual(['identifier']);
    expect(col('region')?.flags).toEqual(['constant']);
    expect(col('plan')?.topValues).toEqual([{ value: 'basic', count: 4 }, { value: 'pro', count: 2 }]);
    // 45292 = 2024-01-01, 45382 = 2024-03-31: 90 days.
    expect(col('signup')?.dates).toEqual({ first: 45292, last: 45382, spanDays: 90 });
    expect(col('optin')?.shareTrue).toBeCloseTo(4 / 6, 14);
  });

  test('spend: quartiles, one outlier, one zero', () => {
    // sorted 0, 10, 20, 30, 40, 1000: Q1 at position 1.25 = 12.5, Q3 at 3.75 = 37.5; upper fence 37.5 + 37.5 = 75 → 1000 only.
    expect(col('spend')?.numbers).toMatchObject({ q25: 12.5, median: 25, q75: 37.5, zeros: 1, negatives: 0, outliers: 1 });
  });

  test('default rate by spend half and by plan, with information value', () => {
    // Event guessed as '1' (the word list). spend edges: min 0, median 25, max 1000 → [0, 25] holds 0, 10, 20 (no defaults),
    // (25, 1000] holds 30, 40, 1000 (all default). Both bins are pure, so each empty count becomes 0.5:
    // events 0.5 and 3 (shares 1/7, 6/7), non-events 3 and 0.5 (6/7, 1/7) → IV = 2·(5/7)·ln 6.
    const spend = r.target?.relations.find((x) => x.column === 'spend');
    expect(r.target?.positive).toBe('1');
    expect(spend?.bins.map((b) => [b.label, b.rows, b.events])).toEqual([['[0, 25]', 3, 0], ['(25, 1000]', 3, 3]]);
    expect(spend?.adjusted).toBe(true);
    expect(spend?.informationValue).toBeCloseTo((10 / 7) * Math.log(6), 12);
    // plan: basic 4 rows, 2 defaults; pro 2 rows, 1 default → same rate, IV 0.
    const plan = r.target?.relations.find((x) => x.column === 'plan');
    expect(plan?.bins.map((b) => b.rate)).toEqual([0.5, 0.5]);
    expect(plan?.informationValue).toBeCloseTo(0, 14);
    expect(r.target?.relations.some((x) => x.column === 'id' || x.column === 'region')).toBe(false);
  });

  test('suggestions: drop id and region, log1p spend, check signup and spend for leakage', () => {
    // spend: skewness well above 1 with no negatives. signup splits like spend (the three late signups defaulted),
    // so both are pure predictors, IV 2·(5/7)·ln 6 ≈ 2.56 > 0.5; equal IVs keep column order.
    expect(r.suggestions.map((s) => [s.code, s.columns.join()])).toEqual([
      ['drop-column', 'id'], ['drop-column', 'region'], ['log1p', 'spend'], ['check-leakage', 'signup'], ['check-leakage', 'spend'],
    ]);
  });

  test('the report: sheets, a histogram chart per number column, a colour scale anchored at −1, 0, +1, and a result that repeats exactly', () => {
    expect(report.sheets.map((s) => s.name)).toEqual(['Profile', 'Correlations', 'Distributions', 'Target', 'About']);
    const dist = report.sheets[2];
    expect(dist?.charts.map((c) => [c.type, c.table])).toEqual([['column', 'Histogram1'], ['column', 'Histogram2'], ['column', 'Histogram3']]);
    const matrix = report.sheets[1]?.tables[0];
    expect(matrix?.colorScale).toEqual({ columns: matrix?.columns.slice(1).map((c) => c.name), min: { value: -1, color: '#F8696B' }, mid: { value: 0, color: '#FFFFFF' }, max: { value: 1, color: '#5A8AC6' } });
    const names = report.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
    expect(JSON.stringify(profile(table, { target: 'default', targetBins: 2 }).result)).toBe(JSON.stringify(r));
  });
});
