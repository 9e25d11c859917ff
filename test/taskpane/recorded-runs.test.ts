/**
 * The task pane's side of recorded runs, without a browser: how a record is described, what a re-run's
 * changes read like, which write opt-ins reach runToWorkbook, and runAnalysis / rerunAnalysis against the
 * in-memory host with the engine in this thread standing in for the worker.
 */
import { describe, expect, test } from '@jest/globals';
import { runRecipe } from '../../src/engine/recipe/registry';
import { decodeRunRecord } from '../../src/excel/run-record';
import { createExcelHost, createWorkbook, type ExcelHost } from '../../src/sim';
import { dbscanPane } from '../../src/taskpane/analyses/dbscan';
import { kmeansPane } from '../../src/taskpane/analyses/kmeans';
import { rfmPane } from '../../src/taskpane/analyses/rfm';
import { rerunSentences, runDate, runExtras, runSettings, runTitle } from '../../src/taskpane/describe-run';
import type { PaneHost } from '../../src/taskpane/pane-host';
import { rerunAnalysis } from '../../src/taskpane/rerun-analysis';
import { runAnalysis } from '../../src/taskpane/run-analysis';
import { writeOptionsFor } from '../../src/taskpane/write-options';
import { KMEANS_RECIPE, mallCells } from '../excel/kmeans-report';

/** The mall sample on sheet Customers, selected, in a pane host whose engine runs in this thread. */
function mallPane(): { excel: ExcelHost; pane: PaneHost } {
  const excel = createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values: mallCells().values }], selection: 'Customers!A1:E201' }));
  const pane: PaneHost = {
    run: excel.run,
    engine: { run: async (recipe, table) => runRecipe(recipe, table), dispose: () => undefined },
    onSelectionChanged: () => () => undefined,
    supportsExcelApi: () => true,
  };
  return { excel, pane };
}

const call = () => ({ onProgress: () => undefined, signal: new AbortController().signal });

describe('describing a recorded run', () => {
  test('runTitle names the analysis as the pane does, and falls back to the raw kind of an analysis it does not offer', () => {
    expect(runTitle({ kind: 'kmeans' })).toBe('k-means clusters');
    expect(runTitle({ kind: 'gmm' })).toBe('gmm');
    expect(runTitle(null)).toBe('unknown analysis');
  });

  test('runSettings lists the key fields in a fixed order, arrays joined and objects as "key = value", nulls left out', () => {
    const recipe = { kind: 'hierarchical', seed: 7, method: 'ward', columns: ['Age', 'Income'], cut: { k: 4 }, scaling: 'standard', target: null };
    expect(runSettings(recipe)).toEqual(['columns: Age, Income', 'cut: k = 4', 'linkage: ward', 'seed: 7']);
    expect(runSettings('not a recipe')).toEqual([]);
    // Scoring new rows names where its model came from, never the model itself (megabytes of JSON).
    expect(runSettings({ kind: 'score-new', model: { format: 'segments-score-model' }, modelSource: 'Run 1: Credit default score', rowKey: 'ID' })).toEqual(['model: Run 1: Credit default score']);
  });

  test('runExtras names the live formulas and the appended column a re-run writes again', () => {
    expect(runExtras({ liveFormulas: true, appendedColumn: 'Data!F1:F201' })).toEqual(['live scoring formulas', 'result column Data!F1:F201']);
    expect(runExtras({})).toEqual([]);
  });

  test('runDate keeps a stored text that is not a date as it is', () => {
    expect(runDate({ date: 'yesterday' })).toBe('yesterday');
    expect(runDate({ date: '2024-03-01T09:30:00.000Z' })).toMatch(/2024/);
  });

  test('rerunSentences: rows read and added, changed rows numbered from 1 (ten named, the rest counted), clusters carried over', () => {
    // 10 rows before + 2 added = 12 read.
    // Cluster 1 continues old 1; old cluster 3 was gone, so old 4 (matched to the new second cluster) could not keep number 4 of 3.
    expect(rerunSentences({ source: "'S'!A1:C13", rowsBefore: 10, rowsAdded: 2, changed: { band: 'cluster', unit: 'row', items: ['1', '4'] }, continues: [0, 3, -1] })).toEqual([
      "Read 'S'!A1:C13: 12 rows, 2 rows added.",
      '2 rows changed cluster (data rows 1, 4).',
      'Clusters matched by centroid keep their numbers, except: cluster 2 continues old cluster 4, cluster 3 is new.',
    ]);
    expect(rerunSentences({ source: 'S!A1:B3', rowsBefore: 2, rowsAdded: 0, changed: { band: 'cluster', unit: 'row', items: [] }, continues: [0, 1] }).at(-1)).toBe('Every cluster kept its number (clusters matched by centroid).');
    const many = Array.from({ length: 13 }, (_, i) => String(i + 1));
    expect(rerunSentences({ source: 'S!A1:B14', rowsBefore: 13, rowsAdded: 0, changed: { band: 'predicted class', unit: 'row', items: many }, continues: null })).toEqual([
      'Read S!A1:B14: 13 rows, 0 rows added.',
      '13 rows changed predicted class (data rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 3 more).',
    ]);
    expect(rerunSentences({ source: 'S!A1:B2', rowsBefore: 1, rowsAdded: 0, changed: null, continues: null })).toEqual(['Read S!A1:B2: 1 row, 0 rows added.']);
    expect(rerunSentences({ source: 'T!A1:C9', rowsBefore: 7, rowsAdded: 1, changed: { band: 'segment', unit: 'customer', items: ['C-17'] }, continues: null }).at(-1)).toBe('1 customer changed segment (customers C-17).');
  });
});

describe('write opt-ins', () => {
  test('only the opt-ins an analysis can honour reach the run, read off the engine\'s analysis', () => {
    const both = { appendResult: true, liveFormulas: true };
    expect(writeOptionsFor(kmeansPane, both)).toEqual(both);
    expect(writeOptionsFor(dbscanPane, both)).toEqual({ appendResult: true, liveFormulas: false });
    expect(writeOptionsFor(rfmPane, both)).toEqual(both);
    expect(writeOptionsFor({ kind: 'score' }, both)).toEqual(both);
    expect(writeOptionsFor({ kind: 'score-new' }, both)).toEqual({ appendResult: true, liveFormulas: false });
    expect(writeOptionsFor({ kind: 'profile' }, both)).toEqual({ appendResult: false, liveFormulas: false });
    expect(writeOptionsFor(kmeansPane, { appendResult: false, liveFormulas: false })).toEqual({ appendResult: false, liveFormulas: false });
  });

  test('runAnalysis passes appendResult and liveFormulas through: a Cluster column in F and a Score new rows sheet', async () => {
    const { excel, pane } = mallPane();
    const outcome = await runAnalysis(pane, KMEANS_RECIPE, { ...call(), write: { appendResult: true, liveFormulas: true } });
    expect(outcome).toMatchObject({ status: 'done', runId: '1', source: 'Customers!A1:E201' });
    const state = excel.exportState();
    const customers = state.sheets.find((s) => s.name === 'Customers')?.values ?? [];
    expect(customers[0]?.[5]).toBe('Cluster');
    expect(customers.slice(1, 201).every((row) => typeof row[5] === 'number')).toBe(true);
    expect(state.sheets.map((s) => s.name)).toContain('Score new rows');
    expect(decodeRunRecord(state.customXmlParts?.[0]?.xml ?? '')?.appendedColumn).toBe('Customers!F1:F201');
  });

  test('without write options runAnalysis leaves the source as it was and writes no formulas sheet', async () => {
    const { excel, pane } = mallPane();
    await runAnalysis(pane, KMEANS_RECIPE, call());
    const state = excel.exportState();
    expect(state.sheets.find((s) => s.name === 'Customers')?.values?.[0]).toHaveLength(5);
    expect(state.sheets.map((s) => s.name)).not.toContain('Score new rows');
  });
});

describe('rerunAnalysis', () => {
  test('a re-run on unchanged data adds no rows and changes no cluster', async () => {
    const { pane } = mallPane();
    await runAnalysis(pane, KMEANS_RECIPE, call());
    const outcome = await rerunAnalysis(pane, '1', call());
    if (outcome.status !== 'done') throw new Error(outcome.status);
    expect(outcome.changes).toMatchObject({ rowsBefore: 200, rowsAdded: 0, changed: { items: [] } });
    expect(outcome.record.id).toBe('1');
  });

  test('a run the workbook has no record of comes back as a problem saying so', async () => {
    const { pane } = mallPane();
    const outcome = await rerunAnalysis(pane, '9', call());
    expect(outcome).toMatchObject({ status: 'problems', problems: [{ code: 'no-such-run' }] });
  });

  test('cancelled before it starts: reported as cancelled and the previous results stay', async () => {
    const { excel, pane } = mallPane();
    await runAnalysis(pane, KMEANS_RECIPE, call());
    const before = excel.exportState().sheets.map((s) => s.name);
    const abort = new AbortController();
    abort.abort();
    expect(await rerunAnalysis(pane, '1', { onProgress: () => undefined, signal: abort.signal })).toEqual({ status: 'cancelled' });
    expect(excel.exportState().sheets.map((s) => s.name)).toEqual(before);
  });
});
