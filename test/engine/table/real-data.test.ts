import { describe, expect, test } from '@jest/globals';
import { buildTable } from '../../../src/engine/table/build';
import type { NumericColumn, Table } from '../../../src/engine/table/types';
import { readReference, sharedPath } from '../../shared';
import { csvCells } from './csv-cells';

interface ScalingCase {
  readonly columns: readonly string[];
  readonly mean: readonly number[];
}

const mean = (table: Table, name: string): number => {
  const column = table.columns.find((c) => c.name === name) as NumericColumn;
  let sum = 0, n = 0;
  for (const v of column.values) {
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  return sum / n;
};

const totalIssues = (table: Table): number =>
  table.columns.reduce((s, c) => s + c.issues.blanks + c.issues.errors + c.issues.mismatched + c.issues.nonFinite + c.issues.numbersAsText + c.issues.datesAsText, 0);

describe('buildTable on the shared datasets', () => {
  test('mall_customers.csv: 200 rows, 5 columns, Genre text, the rest numbers; means match pandas', () => {
    const table = buildTable(csvCells(sharedPath('datasets', 'mall_customers.csv')));
    expect(table.hasHeader).toBe(true);
    expect(table.rowCount).toBe(200);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['CustomerID', 'number'],
      ['Genre', 'text'],
      ['Age', 'number'],
      ['Annual Income (k$)', 'number'],
      ['Spending Score (1-100)', 'number'],
    ]);
    expect(totalIssues(table)).toBe(0);
    expect(table.warnings).toEqual([]);
    const ref = readReference<Record<string, ScalingCase>>('scaling.json').mall3 as ScalingCase;
    ref.columns.forEach((name, j) => expect(mean(table, name)).toBeCloseTo(ref.mean[j] as number, 10));
  });

  test('uci_credit_card_default.csv: 30000 rows, 25 number columns, no blanks; means match pandas', () => {
    const table = buildTable(csvCells(sharedPath('datasets', 'uci_credit_card_default.csv')));
    expect(table.rowCount).toBe(30000);
    expect(table.columns).toHaveLength(25);
    expect(table.columns.every((c) => c.type === 'number')).toBe(true);
    expect(table.columns[24]?.name).toBe('default.payment.next.month');
    expect(totalIssues(table)).toBe(0);
    const ref = readReference<Record<string, ScalingCase>>('scaling.json').uci6 as ScalingCase;
    ref.columns.forEach((name, j) => expect(mean(table, name)).toBeCloseTo(ref.mean[j] as number, 6));
  });

  test('telco_churn.csv: the 11 blank total_charges are counted, the rest match pandas', () => {
    const table = buildTable(csvCells(sharedPath('datasets', 'telco_churn.csv')));
    const profile = readReference<{ telco: { columns: Record<string, { mean: number; missing: number }> } }>('profile.json');
    const total = table.columns.find((c) => c.name === 'total_charges');
    expect(total?.type).toBe('number');
    expect(total?.issues.blanks).toBe(profile.telco.columns.total_charges?.missing);
    expect(mean(table, 'total_charges')).toBeCloseTo(profile.telco.columns.total_charges?.mean as number, 8);
    expect(table.columns.find((c) => c.name === 'contract')?.type).toBe('text');
  });

  test('cdnow_transactions.csv: ISO dates as text become serials 1997-01-01 … 1998-06-30; amounts total $2,500,315.63', () => {
    const table = buildTable(csvCells(sharedPath('datasets', 'cdnow_transactions.csv')));
    const date = table.columns.find((c) => c.name === 'date') as NumericColumn;
    expect(date.type).toBe('date');
    expect(date.issues.datesAsText).toBe(69659);
    // 1997-01-01: 2000-01-01 is 36526, minus 3 × 365 days = 35431; 1998-06-30 is 35431 + 365 + 151 (Jan–May) + 29 = 35976.
    expect(Math.min(...date.values)).toBe(35431);
    expect(Math.max(...date.values)).toBe(35976);
    const amount = table.columns.find((c) => c.name === 'amount') as NumericColumn;
    const cents = amount.values.reduce((s, v) => s + Math.round(v * 100), 0);
    expect(cents).toBe(250031563);
  });
});
