import { describe, expect, test } from '@jest/globals';
import type { ColumnProfile } from '../../../../src/engine/analyses/profile';
import { readReference } from '../../../shared';
import { datasetTable, profile } from './run-profile';

interface RefColumn { count: number; mean: number; std: number; min: number; q25: number; median: number; q75: number; max: number; skew: number; kurtosis: number; missing: number }
interface RefProfile { columns: Record<string, RefColumn>; numeric_order: string[]; pearson: number[][]; spearman: number[][] }
const ref = readReference<{ telco: RefProfile; uci: RefProfile }>('profile.json');

/** Relative to the expected value; near 0 (a skew pandas rounds to exactly 0) relative to 1e-6. */
function expectRelative(actual: number, expected: number, label: string): void {
  if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), 1e-6))) throw new Error(`${label}: ${actual} vs pandas ${expected}`);
}

describe.each([['telco', 'telco_churn.csv'], ['uci', 'uci_credit_card_default.csv']] as const)('profile of %s against pandas', (key, file) => {
  const table = datasetTable(file);
  const want = ref[key];
  const pearson = profile(table).result;
  const spearman = profile(table, { correlation: 'spearman' }).result;
  const byName = new Map(pearson.columns.map((c) => [c.name, c]));

  test('describe(), skew(), kurt() and missing counts per numeric column, 1e-9 relative', () => {
    for (const name of want.numeric_order) {
      const c = byName.get(name) as ColumnProfile;
      const w = want.columns[name] as RefColumn;
      expect([c.count, c.missing]).toEqual([w.count, w.missing]);
      for (const stat of ['mean', 'std', 'min', 'q25', 'median', 'q75', 'max', 'skew', 'kurtosis'] as const) expectRelative(c.numbers?.[stat] ?? NaN, w[stat], `${name} ${stat}`);
    }
  });

  test.each([['pearson', pearson], ['spearman', spearman]] as const)('%s correlations, 1e-9 relative, identifiers left out', (method, result) => {
    const c = result.correlation;
    expect(c?.method).toBe(method);
    const expectedColumns = want.numeric_order.filter((n) => !byName.get(n)?.flags.includes('identifier'));
    expect(c?.columns).toEqual(expectedColumns);
    c?.columns.forEach((a, i) => c.columns.forEach((b, j) => {
      const ri = want.numeric_order.indexOf(a), rj = want.numeric_order.indexOf(b);
      expectRelative(c.matrix[i]?.[j] as number, want[method][ri]?.[rj] as number, `${a}–${b}`);
    }));
  });
});

describe('the churn study\'s figures, and what the profile makes of them', () => {
  const report = profile(datasetTable('telco_churn.csv'), { target: 'churn' });
  const r = report.result;
  const col = (name: string) => r.columns.find((c) => c.name === name) as ColumnProfile;

  test('skewness tenure 0.24, monthly charges −0.22, total charges 0.96; tenure–total 0.83 leads the pairs', () => {
    expect(col('tenure').numbers?.skew).toBeCloseTo(0.24, 2);
    expect(col('monthly_charges').numbers?.skew).toBeCloseTo(-0.22, 2);
    expect(col('total_charges').numbers?.skew).toBeCloseTo(0.96, 2);
    expect(r.correlation?.strongest[0]).toMatchObject({ a: 'tenure', b: 'total_charges' });
    expect(report.summary).toContain('Strongest pearson correlation: tenure and total_charges: 0.83.');
    const monthlyTotal = r.correlation?.strongest.find((p) => p.a === 'monthly_charges' && p.b === 'total_charges');
    expect(monthlyTotal?.r).toBeCloseTo(0.65, 2);
  });

  test('churn: 1,869 of 7,043 rows are "Yes" (26.54 %), and contract and tenure are strong predictors', () => {
    const t = r.target;
    expect(t?.classes).toEqual([{ value: 'No', count: 5174 }, { value: 'Yes', count: 1869 }]);
    expect(t?.positive).toBe('Yes');
    expect(t?.positiveRate).toBeCloseTo(0.2654, 4);
    const contract = t?.relations.find((x) => x.column === 'contract');
    expect(contract?.binning).toBe('category');
    // Month-to-month churns at 42.7 %, two-year contracts at 2.8 % (the churn study's chart).
    expect(contract?.bins.find((b) => b.label === 'Month-to-month')?.rate).toBeCloseTo(0.427, 3);
    expect(contract?.bins.find((b) => b.label === 'Two year')?.rate).toBeCloseTo(0.028, 3);
    expect(['strong', 'suspicious']).toContain(contract?.strength);
    expect(t?.relations.find((x) => x.column === 'tenure')?.bins).toHaveLength(5);
    expect(report.sheets.map((s) => s.name)).toEqual(['Profile', 'Correlations', 'Distributions', 'Target', 'About']);
  });

  test('suggests keeping one of tenure and total_charges, and reports total_charges\' 11 blanks', () => {
    expect(r.suggestions.filter((s) => s.code === 'correlated-pair').map((s) => s.columns)).toEqual([['tenure', 'total_charges']]);
    expect(col('total_charges').missing).toBe(11);
  });
});
