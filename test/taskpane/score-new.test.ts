/**
 * The "Score new rows (saved model)" pane entry: the sentences and lists its form shows, the recipe it makes,
 * and, end to end through the in-memory host, a model saved by a score run scoring its own rows and more.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { SavedModel, ScoreResult } from '../../src/engine/analyses/score';
import type { ScoreNewResult } from '../../src/engine/analyses/score-new';
import { runRecipe } from '../../src/engine/recipe/registry';
import { buildTable } from '../../src/engine/table/build';
import { readSavedModel, savedModelLabel, savedModels } from '../../src/excel/read-saved-model';
import { runToWorkbook } from '../../src/excel/run-to-workbook';
import { createExcelHost, createWorkbook } from '../../src/sim';
import { PANE_ANALYSES } from '../../src/taskpane/analyses';
import { scorePane } from '../../src/taskpane/analyses/score';
import { scoreNewPane, type ScoreNewOptions } from '../../src/taskpane/analyses/score-new';
import { defaultRowKey, missingColumns, modelSentence } from '../../src/taskpane/analyses/score-new-model';

const DATE = new Date('2024-03-01T09:30:00Z');
const UCI = Papa.parse<unknown[]>(readFileSync('samples/uci_credit_card_default_3000.csv', 'utf8').trim(), { dynamicTyping: true }).data;

/** The parts of a saved model the form reads; the rest does not matter to these helpers. */
function modelOf(part: Pick<SavedModel, 'columns'> & Partial<SavedModel>): SavedModel {
  return { target: { column: 'default', positive: 'yes', negative: 'no' }, threshold: 0.5, model: { kind: 'logistic' }, ...part } as SavedModel;
}

describe('the form’s helpers', () => {
  it('labels a saved model by its run with the score pane’s own title, so the two never drift apart', () => {
    expect(savedModelLabel({ id: '1', source: "'Credit card default'!A1:Y2001", date: '2026-11-24T17:00:00.000Z' })).toBe(`Run 1: ${scorePane.title} on 'Credit card default'!A1:Y2001, 24 Nov 2026`);
  });

  it('says what the model is: kind, target and its event, threshold to four decimals', () => {
    expect(modelSentence(modelOf({ columns: [] }))).toBe('Logistic regression predicting default = yes, a default from a PD of 0.5000.');
    expect(modelSentence(modelOf({ columns: [], threshold: 0.23456, model: { kind: 'boosted' } as SavedModel['model'] }))).toBe('Boosted trees predicting default = yes, a default from a PD of 0.2346.');
  });

  it('lists the model’s columns the selection lacks, in the model’s order; an extra column in the selection does not matter', () => {
    const table = buildTable([['AGE', 'LIMIT_BAL', 'Notes'], [30, 1000, 'x']]);
    const model = modelOf({ columns: [{ name: 'PAY_0', type: 'number' }, { name: 'AGE', type: 'number' }, { name: 'SEX', type: 'number' }] });
    expect(missingColumns(model, table)).toEqual(['PAY_0', 'SEX']);
    // Names match exactly, as the engine matches them: 'age' is not 'AGE'.
    expect(missingColumns(modelOf({ columns: [{ name: 'age', type: 'number' }] }), table)).toEqual(['age']);
    expect(missingColumns(modelOf({ columns: [{ name: 'AGE', type: 'number' }] }), table)).toEqual([]);
  });

  it('offers the first ID-like column as the row key, or none', () => {
    expect(defaultRowKey(buildTable(UCI.slice(0, 5)))).toBe('ID');
    expect(defaultRowKey(buildTable([['Name', 'Cust No', 'Customer ID'], ['a', 1, 2]]))).toBe('Cust No');
    expect(defaultRowKey(buildTable([['AGE', 'LIMIT_BAL'], [30, 1000]]))).toBeNull();
  });
});

describe('the pane entry', () => {
  it('comes right after credit scoring in the analysis list', () => {
    const kinds = PANE_ANALYSES.map((a) => a.kind);
    expect(kinds.indexOf('score-new')).toBe(kinds.indexOf('score') + 1);
    expect(scoreNewPane.title).toBe('Score new rows (saved model)');
  });

  it('before a model is read, its recipe makes the engine ask for one', () => {
    const table = buildTable(UCI.slice(0, 50));
    const options = scoreNewPane.defaults(table) as ScoreNewOptions;
    expect(options).toEqual({ recordId: null, model: null, modelSource: '', rowKey: 'ID' });
    const outcome = runRecipe(scoreNewPane.recipe(options), table);
    expect(!outcome.ok && outcome.problems.map((p) => p.code)).toEqual(['no-saved-model']);
  });

  it('scores 600 rows with the model a score run saved from the first 400: the same PDs on those 400, New scores, Drift and About written', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Loans', values: UCI.slice(0, 601) as (number | string)[][] }] }));
    const trained = await runToWorkbook(host.run, scorePane.recipe(scorePane.defaults(buildTable(UCI.slice(0, 401)))), { date: DATE, read: { target: { address: 'Loans!A1:Y401' } } });
    if (!trained.ok) throw new Error(trained.problems.map((p) => p.message).join('\n'));
    const [entry] = await savedModels(host.run);
    expect(entry?.label).toBe('Run 1: Credit default score on Loans!A1:Y401, 1 Mar 2024');
    const read = await readSavedModel(host.run, entry?.recordId ?? '');
    if (!read.ok) throw new Error(read.problems[0]?.message);

    const options: ScoreNewOptions = { ...(scoreNewPane.defaults(buildTable(UCI.slice(0, 5))) as ScoreNewOptions), recordId: '1', model: read.model, modelSource: entry?.label ?? '' };
    const scored = await runToWorkbook(host.run, scoreNewPane.recipe(options), { date: DATE, read: { target: { address: 'Loans!A1:Y601' } } });
    if (!scored.ok) throw new Error(scored.problems.map((p) => p.message).join('\n'));
    const state = host.exportState();
    expect(state.sheets.map((s) => s.name).slice(-3)).toEqual(['New scores', 'Drift', 'About (2)']);
    const result = scored.report.result as ScoreNewResult;
    expect(result.pd).toHaveLength(600);
    expect(result.pd.slice(0, 400)).toEqual((trained.report.result as ScoreResult).pd);
    expect(state.sheets.find((s) => s.name === 'About (2)')?.values).toContainEqual(expect.arrayContaining([expect.stringContaining('Run 1: Credit default score on Loans!A1:Y401')]));
  });
});
