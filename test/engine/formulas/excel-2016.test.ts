/**
 * Every analysis that writes live formulas uses only functions of Excel 2016 (issue 8: a colleague without
 * Office 365 must get the same numbers), checked on each sheet the registry can build from real samples.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../src/cli/read-csv';
import { liveFormulaKinds, withLiveFormulas } from '../../../src/engine/formulas/with-live-formulas';
import { runRecipe } from '../../../src/engine/recipe/registry';
import { buildTable } from '../../../src/engine/table/build';
import type { Table } from '../../../src/engine/table/types';
import { EXCEL_2016, formulasOf, functionsIn } from './excel-2016';

function sample(file: string, rows: number): Table {
  const cells = readCsv(readFileSync(`samples/${file}`, 'utf8').split('\n').slice(0, rows + 1).join('\n'));
  return buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
}

const CASES = [
  { name: 'k-means', table: () => sample('mall_customers.csv', 200), recipe: { kind: 'kmeans', columns: ['Genre', 'Age', 'Annual Income (k$)'], log1p: ['Annual Income (k$)'], k: 3, kMax: 3, nInit: 2 } },
  { name: 'logistic', table: () => sample('uci_credit_card_default_3000.csv', 400), recipe: { kind: 'score', target: 'default.payment.next.month' } },
  { name: 'scorecard', table: () => sample('uci_credit_card_default_3000.csv', 400), recipe: { kind: 'score', target: 'default.payment.next.month', model: { kind: 'scorecard' } } },
  { name: 'RFM', table: () => sample('cdnow_transactions_1000_customers.csv', 600), recipe: { kind: 'rfm', columns: { customer: 'customer_id', date: 'date', amount: 'amount' } } },
];

describe('live formulas use only functions of Excel 2016', () => {
  it('covers every analysis that offers live formulas', () => {
    expect(new Set(CASES.map((c) => c.recipe.kind))).toEqual(new Set(liveFormulaKinds()));
  });

  it.each(CASES)('$name', ({ table, recipe }) => {
    const t = table();
    const outcome = runRecipe(recipe, t);
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
    const sheet = withLiveFormulas(outcome.report, t).sheets.find((s) => s.name === 'Score new rows');
    if (!sheet) throw new Error('no Score new rows sheet');
    const used = functionsIn(formulasOf(sheet));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !EXCEL_2016.has(name))).toEqual([]);
  });
});
