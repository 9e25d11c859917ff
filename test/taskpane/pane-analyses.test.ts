import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { findAnalysis } from '../../src/engine/recipe/registry';
import { buildTable } from '../../src/engine/table/build';
import type { Table } from '../../src/engine/table/types';
import { PANE_ANALYSES, paneAnalysisOf } from '../../src/taskpane/analyses';
import { kmeansPane } from '../../src/taskpane/analyses/kmeans';
import { looksLikeId } from '../../src/taskpane/analyses/looks-like-id';
import { columnNotes } from '../../src/taskpane/column-notes';

function sample(file: string): Table {
  const rows = Papa.parse<string[]>(readFileSync(`samples/${file}`, 'utf8').trim(), { skipEmptyLines: true, dynamicTyping: true }).data;
  return buildTable(rows as unknown[][]);
}

/** The sample each analysis is meant for, as the workbench offers them. */
const SAMPLE_FOR: Record<string, string> = { kmeans: 'mall_customers.csv', rfm: 'cdnow_transactions_1000_customers.csv', profile: 'uci_credit_card_default_3000.csv' };

describe('the pane’s analysis registry', () => {
  test('every entry is an engine analysis, once', () => {
    const kinds = PANE_ANALYSES.map((a) => a.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const kind of kinds) expect(findAnalysis(kind)).toBeDefined();
    expect(paneAnalysisOf('no-such-kind')).toBe(PANE_ANALYSES[0]);
  });

  test.each(PANE_ANALYSES.map((a) => [a.kind, a] as const))('%s: the default options on its sample make a recipe the engine accepts', (kind, analysis) => {
    const table = sample(SAMPLE_FOR[kind] as string);
    const validated = findAnalysis(kind)?.validate(analysis.recipe(analysis.defaults(table)), table);
    expect(validated?.ok ? [] : validated?.problems).toEqual([]);
  });

  test('k-means defaults on the mall customers: the numeric measurements, not the id or the text column', () => {
    const options = kmeansPane.defaults(sample('mall_customers.csv')) as { columns: string[]; kMode: string };
    expect(options.columns).toEqual(['Age', 'Annual Income (k$)', 'Spending Score (1-100)']);
    expect(options.kMode).toBe('auto');
  });

  test('k fixed or automatic reaches the recipe', () => {
    const table = sample('mall_customers.csv');
    const options = kmeansPane.defaults(table) as object;
    expect(kmeansPane.recipe({ ...options, kMode: 'fixed', k: 5 })).toMatchObject({ kind: 'kmeans', k: 5 });
    expect(kmeansPane.recipe({ ...options, kMode: 'auto', k: 5 })).toMatchObject({ kind: 'kmeans', k: 'auto' });
  });
});

describe('looksLikeId', () => {
  test.each([['CustomerID', true], ['customer_id', true], ['ID', true], ['Account Number', true], ['invoice no', true],
    ['Age', false], ['Paid', false], ['Annual Income (k$)', false], ['Idle days', false]])('%s → %s', (name, expected) => {
    expect(looksLikeId({ name })).toBe(expected);
  });
});

describe('columnNotes', () => {
  test('counts with the first cell, singular and plural', () => {
    // Column B of A1:B4: header in row 1, data rows 2–7; B3 is blank, B4 holds Excel's #N/A.
    const table = buildTable([['id', 'age'], [1, 19], [2, ''], [3, '#N/A'], [4, 30], [5, 41], [6, 52]]);
    const age = table.columns[1]!;
    expect(columnNotes(age)).toEqual(['1 blank (B3)', '1 error value (B4)']);
    expect(columnNotes(table.columns[0]!)).toEqual([]);
  });
});
