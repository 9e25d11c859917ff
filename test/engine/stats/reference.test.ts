import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../src/cli/read-csv';
import { correlationMatrix } from '../../../src/engine/stats/correlation';
import { informationValue } from '../../../src/engine/stats/information-value';
import { numericSummary } from '../../../src/engine/stats/numeric-summary';
import { quantileBinIndex, quantileEdges } from '../../../src/engine/stats/quantile-bins';
import { readReference, sharedPath } from '../../shared';

/** A CSV's columns by header; blank cells become NaN in number columns (pandas' NA). */
function csvColumns(file: string): Map<string, (string | number)[]> {
  const { values } = readCsv(readFileSync(sharedPath('datasets', file), 'utf8'));
  const [header, ...rows] = values;
  return new Map((header ?? []).map((name, j) => [String(name), rows.map((r) => r[j] ?? '')]));
}
const asNumbers = (cells: readonly (string | number)[]): Float64Array => Float64Array.from(cells, (c) => (typeof c === 'number' ? c : NaN));

interface RefColumn { count: number; mean: number; std: number; min: number; q25: number; median: number; q75: number; max: number; skew: number; kurtosis: number; missing: number }
interface RefProfile { columns: Record<string, RefColumn>; numeric_order: string[]; pearson: number[][]; spearman: number[][] }
const ref = readReference<{ telco: RefProfile; uci: RefProfile }>('profile.json');

/** Relative to the expected value; near 0 (a skew pandas rounds to exactly 0) relative to 1e-6. */
function expectRelative(actual: number, expected: number, label: string): void {
  const scale = Math.max(Math.abs(expected), 1e-6);
  if (!(Math.abs(actual - expected) <= 1e-9 * scale)) throw new Error(`${label}: ${actual} vs pandas ${expected}`);
}

describe.each([['telco', 'telco_churn.csv'], ['uci', 'uci_credit_card_default.csv']] as const)('pandas describe/skew/kurt/corr on %s', (key, file) => {
  const cols = csvColumns(file);
  const r = ref[key];
  const numeric = r.numeric_order.map((name) => asNumbers(cols.get(name) ?? []));

  test('describe(), skew() and kurt() per numeric column to 1e-9 relative', () => {
    r.numeric_order.forEach((name, j) => {
      const { summary } = numericSummary(numeric[j] as Float64Array);
      const want = r.columns[name] as RefColumn;
      expect(summary.count).toBe(want.count);
      for (const stat of ['mean', 'std', 'min', 'q25', 'median', 'q75', 'max', 'skew', 'kurtosis'] as const) expectRelative(summary[stat], want[stat], `${name} ${stat}`);
    });
  });

  test.each(['pearson', 'spearman'] as const)('%s matrix to 1e-9 relative', (method) => {
    const m = correlationMatrix(numeric, method);
    const p = r.numeric_order.length;
    r[method].forEach((row, i) => row.forEach((want, j) => expectRelative(m.data[i * p + j] as number, want, `${r.numeric_order[i]}–${r.numeric_order[j]}`)));
  });
});

describe('the churn study\'s own figures', () => {
  const cols = csvColumns('telco_churn.csv');
  const skew = (name: string) => numericSummary(asNumbers(cols.get(name) ?? [])).summary.skew;
  test('tenure 0.24, monthly charges −0.22, total charges 0.96; tenure–total 0.82, monthly–total 0.65', () => {
    expect(skew('tenure')).toBeCloseTo(0.24, 2);
    expect(skew('monthly_charges')).toBeCloseTo(-0.22, 2);
    expect(skew('total_charges')).toBeCloseTo(0.96, 2);
    const m = correlationMatrix(['tenure', 'monthly_charges', 'total_charges'].map((n) => asNumbers(cols.get(n) ?? [])), 'pearson');
    expect(m.data[2]).toBeCloseTo(0.83, 2);
    expect(m.data[5]).toBeCloseTo(0.65, 2);
  });
});

interface RefWoe { edges: number[] | null; bins: { bin: string; count: number; bads: number }[]; iv: number | null }
describe('information value on credit_scoring.csv (quintile bins, Missing bin) against pandas', () => {
  const cols = csvColumns('credit_scoring.csv');
  const bad = (cols.get('Status') ?? []).map((s) => s === 'bad');
  const variables = readReference<{ variables: Record<string, RefWoe> }>('woe/credit_scoring.json').variables;
  test.each(['Seniority', 'Income', 'Amount', 'Age', 'Price'])('%s', (name) => {
    const want = variables[name] as RefWoe;
    const x = asNumbers(cols.get(name) ?? []);
    const edges = quantileEdges(Float64Array.from(x.filter(Number.isFinite)).sort(), 5);
    (want.edges ?? []).forEach((e, k) => expectRelative(edges[k] as number, e, `edge ${k}`));
    const bins = Array.from({ length: edges.length }, () => ({ events: 0, nonEvents: 0 }));
    x.forEach((v, i) => {
      const k = Number.isFinite(v) ? quantileBinIndex(v, edges) : edges.length - 1;
      const b = bins[k] as { events: number; nonEvents: number };
      if (bad[i]) b.events++;
      else b.nonEvents++;
    });
    const used = bins.filter((b) => b.events + b.nonEvents > 0);
    expect(used.map((b) => b.events + b.nonEvents).sort((a, b) => a - b)).toEqual(want.bins.map((b) => b.count).sort((a, b) => a - b));
    expectRelative(informationValue(used).total, want.iv as number, `${name} IV`);
  });
});
