import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { findAnalysis, runRecipe } from '../../src/engine/recipe/registry';
import { buildTable } from '../../src/engine/table/build';
import type { Table } from '../../src/engine/table/types';
import { PANE_ANALYSES, paneAnalysisOf } from '../../src/taskpane/analyses';
import { dbscanPane } from '../../src/taskpane/analyses/dbscan';
import { detectedPositive, guessTarget, twoValues } from '../../src/taskpane/analyses/guess-target';
import { hierarchicalPane } from '../../src/taskpane/analyses/hierarchical';
import { kmeansPane } from '../../src/taskpane/analyses/kmeans';
import { looksLikeId } from '../../src/taskpane/analyses/looks-like-id';
import { scorePane } from '../../src/taskpane/analyses/score';
import { scoreAnalysis } from '../../src/engine/analyses/score';
import { SCORE_DEFAULTS } from '../../src/engine/analyses/score/recipe';
import { columnNotes } from '../../src/taskpane/column-notes';

function sample(file: string): Table {
  const rows = Papa.parse<string[]>(readFileSync(`samples/${file}`, 'utf8').trim(), { skipEmptyLines: true, dynamicTyping: true }).data;
  return buildTable(rows as unknown[][]);
}

/** The sample each analysis is meant for, as the workbench offers them. */
const SAMPLE_FOR: Record<string, string> = {
  kmeans: 'mall_customers.csv',
  hierarchical: 'mall_customers.csv',
  dbscan: 'mall_customers.csv',
  rfm: 'cdnow_transactions_1000_customers.csv',
  score: 'uci_credit_card_default_3000.csv',
  profile: 'uci_credit_card_default_3000.csv',
  'score-new': 'uci_credit_card_default_3000.csv',
};

/** What the engine says to defaults that cannot be complete: scoring new rows waits for a model the form reads from the workbook. */
const DEFAULT_PROBLEMS: Record<string, string[]> = { 'score-new': ['no-saved-model'] };

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
    expect(validated?.ok ? [] : validated?.problems.map((p) => p.code)).toEqual(DEFAULT_PROBLEMS[kind] ?? []);
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

describe('the clustering forms beyond k-means', () => {
  test.each([['hierarchical', hierarchicalPane], ['dbscan', dbscanPane]] as const)('%s: the defaults on the mall customers run, on the three measurements', (kind, pane) => {
    const table = sample('mall_customers.csv');
    const recipe = pane.recipe(pane.defaults(table));
    expect(recipe).toMatchObject({ kind, columns: ['Age', 'Annual Income (k$)', 'Spending Score (1-100)'] });
    const outcome = runRecipe(recipe, table);
    expect(outcome.ok ? [] : outcome.problems).toEqual([]);
  });

  test('hierarchical: the cut reaches the recipe as k, height or nothing (auto)', () => {
    const options = hierarchicalPane.defaults(sample('mall_customers.csv')) as object;
    expect(hierarchicalPane.recipe({ ...options, cutMode: 'k', k: 6 })).toMatchObject({ k: 6 });
    expect(hierarchicalPane.recipe({ ...options, cutMode: 'height', height: 2.5 })).toMatchObject({ height: 2.5 });
    const auto = hierarchicalPane.recipe(options);
    expect('k' in auto || 'height' in auto).toBe(false);
  });

  test('hierarchical: Ward, centroid and median keep the Euclidean metric whatever was chosen before (the engine refuses others)', () => {
    const options = hierarchicalPane.defaults(sample('mall_customers.csv')) as object;
    expect(hierarchicalPane.recipe({ ...options, method: 'ward', metric: 'manhattan' })).toMatchObject({ metric: 'euclidean' });
    expect(hierarchicalPane.recipe({ ...options, method: 'average', metric: 'manhattan' })).toMatchObject({ metric: 'manhattan' });
  });

  test('dbscan: eps and minPts automatic or given', () => {
    const options = dbscanPane.defaults(sample('mall_customers.csv')) as object;
    expect(dbscanPane.recipe(options)).toMatchObject({ eps: 'auto', minPts: 'auto' });
    expect(dbscanPane.recipe({ ...options, epsMode: 'fixed', eps: 0.35, minPtsMode: 'fixed', minPts: 6 })).toMatchObject({ eps: 0.35, minPts: 6 });
  });
});

describe('credit scoring defaults', () => {
  test('on the credit-card sample: the default flag is the target, 1 the event, ID left out of the features', () => {
    const table = sample('uci_credit_card_default_3000.csv');
    const options = scorePane.defaults(table) as { target: string; positive: string | null; features: string[] };
    // SEX (1/2) is two-valued too, but only the target's name reads like an outcome.
    expect(options.target).toBe('default.payment.next.month');
    expect(detectedPositive(table, options.target)).toBe('1');
    expect(options.positive).toBeNull();
    expect(options.features).toHaveLength(23);
    expect(options.features).not.toContain('ID');
    expect(options.features).not.toContain('default.payment.next.month');
  });

  test('a target named like an outcome wins over an earlier two-valued column; otherwise the last two-valued one', () => {
    // 'Paid' and 'Status' both hold two values; 'Status' is named like an outcome.
    const named = buildTable([['Paid', 'Income', 'Status'], ['y', 10, 'good'], ['n', 20, 'bad'], ['y', 30, 'good'], ['n', 25, 'good']]);
    expect(guessTarget(named)).toBe('Status');
    expect(detectedPositive(named, 'Status')).toBe('bad');
    const unnamed = buildTable([['Paid', 'Income', 'Flag2'], ['y', 10, 'A'], ['n', 20, 'B'], ['y', 30, 'A'], ['n', 25, 'A']]);
    expect(guessTarget(unnamed)).toBe('Flag2');
    const none = buildTable([['Income', 'Region'], [10, 'N'], [20, 'S'], [30, 'E']]);
    expect(guessTarget(none)).toBeNull();
    expect(twoValues(none, 'Region')).toBeNull();
  });

  test('when the values do not say which is the event, nothing is detected and the recipe leaves it unset until the person chooses', () => {
    // A and B: neither is 1, yes, bad, default or true.
    const table = buildTable([['Income', 'Flag'], [10, 'A'], [20, 'B'], [30, 'A'], [40, 'B']]);
    const options = scorePane.defaults(table) as object;
    expect(detectedPositive(table, 'Flag')).toBeNull();
    expect(scorePane.recipe(options)).not.toHaveProperty('positive');
    expect(scorePane.recipe({ ...options, positive: 'B' })).toMatchObject({ target: 'Flag', positive: 'B' });
  });

  test('model and threshold reach the recipe in the engine’s spelling', () => {
    const options = scorePane.defaults(sample('uci_credit_card_default_3000.csv')) as object;
    expect(scorePane.recipe({ ...options, model: 'scorecard', thresholdMode: 'cost', costRatio: 4 })).toMatchObject({ model: { kind: 'scorecard' }, threshold: { costRatio: 4 } });
    expect(scorePane.recipe({ ...options, thresholdMode: 'youden' })).toMatchObject({ threshold: 'youden', testSize: 0.2 });
  });
});

describe('credit scoring model options', () => {
  const table = sample('uci_credit_card_default_3000.csv');
  const defaults = scorePane.defaults(table) as object;

  test.each(['logistic', 'scorecard', 'boosted'])('the %s defaults are the engine\'s, so an untouched form changes nothing', (model) => {
    const validated = scoreAnalysis.validate(scorePane.recipe({ ...defaults, model }), table);
    if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
    expect(validated.recipe.model).toEqual(SCORE_DEFAULTS[model as 'logistic' | 'scorecard' | 'boosted']);
  });

  test('class weights, penalty and each model\'s own settings reach the recipe, the others left out', () => {
    const modelOf = (options: object): unknown => (scorePane.recipe(options) as { model?: unknown }).model;
    expect(modelOf({ ...defaults, classWeight: 'balanced', penalty: 'none' })).toEqual({ kind: 'logistic', C: null, classWeight: 'balanced' });
    expect(modelOf({ ...defaults, model: 'scorecard', C: 0.1, bins: 8, baseScore: 500, baseOdds: 50, pdo: 20 })).toEqual({ kind: 'scorecard', C: 0.1, bins: 8, baseScore: 500, baseOdds: 50, pdo: 20 });
    expect(modelOf({ ...defaults, model: 'boosted', classWeight: 'balanced', learningRate: 0.05, maxIter: 300 })).toEqual({ kind: 'boosted', classWeight: 'balanced', learningRate: 0.05, maxIter: 300 });
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
