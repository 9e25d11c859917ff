/**
 * Re-running a recorded analysis through the in-memory host: same data → the same sheets under the same names;
 * grown data → the new rows counted; a failure before the swap → the previous results untouched; a recipe that
 * no longer fits the workbook → a message naming what is missing.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/cli/read-csv';
import type { KMeansRunResult } from '../../src/engine/analyses/kmeans/result';
import type { RfmRunResult } from '../../src/engine/analyses/rfm/result';
import type { ScoreResult } from '../../src/engine/analyses/score/result';
import { runRecipe } from '../../src/engine/recipe/registry';
import type { Report } from '../../src/engine/report/types';
import { buildTable } from '../../src/engine/table/build';
import type { ExcelRun } from '../../src/excel/excel-run';
import { columnLetter } from '../../src/engine/table/address';
import { readTable } from '../../src/excel/read-table';
import { rerun } from '../../src/excel/rerun';
import { listRuns } from '../../src/excel/run-store';
import { runToWorkbook } from '../../src/excel/run-to-workbook';
import { createExcelHost, createWorkbook, type ExcelHost } from '../../src/sim';
import { KMEANS_RECIPE, mallCells, mallKMeansReport } from './kmeans-report';

const DATE = new Date('2024-03-01T09:30:00Z');

async function recordedRun(): Promise<ExcelHost> {
  const { values } = mallCells();
  const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values }] }));
  const outcome = await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE, read: { target: { address: 'Customers!A1:E201' } } });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return host;
}

/** Every sheet but the source, without chart names (Excel numbers charts across the workbook, like "Chart 8"). */
function resultSheets(host: ExcelHost) {
  return host.exportState().sheets.filter((s) => s.name !== 'Customers').map((s) => ({ ...s, charts: s.charts?.map((c) => ({ ...c, name: '' })) }));
}

describe('rerun', () => {
  it('on unchanged data gives identical sheets under the same names and keeps one record with the same id', async () => {
    const host = await recordedRun();
    const before = resultSheets(host);
    const outcome = await rerun(host.run, '1', { date: DATE });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    expect(resultSheets(host)).toEqual(before);
    expect(outcome.changes).toMatchObject({ source: 'Customers!A1:E201', rowsBefore: 200, rowsAdded: 0, changed: { band: 'cluster', unit: 'row', items: [] } });
    // Same seed, same data: every cluster continues itself.
    expect(outcome.changes.continues).toEqual([0, 1, 2, 3, 4]);
    const runs = await listRuns(host.run);
    expect(runs.map((r) => r.record.id)).toEqual(['1']);
    expect(runs[0]?.record.sheets.map((s) => s.name)).toEqual(before.map((s) => s.name));
  });

  it('follows a range that grew and reports exactly the added rows', async () => {
    const host = await recordedRun();
    const { values } = mallCells();
    // Three customers typed below the data: copies of customers 1–3 with new ids 201–203.
    const added = values.slice(1, 4).map((row, i) => [201 + i, ...row.slice(1)]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRange('A202:E204').values = added;
      await context.sync();
    });
    const outcome = await rerun(host.run, '1', { date: DATE });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    expect(outcome.changes).toMatchObject({ source: 'Customers!A1:E204', rowsBefore: 200, rowsAdded: 3 });
    const clusters = host.exportState().sheets.find((s) => s.name === 'Clusters');
    expect(clusters?.values?.length).toBeGreaterThan(203);
    expect((await listRuns(host.run))[0]?.record.source).toBe('Customers!A1:E204');
  });

  it('reads the grown source once for both the old and the new run', async () => {
    const host = await recordedRun();
    const { values } = mallCells();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRange('A202:E204').values = values.slice(1, 4).map((row, i) => [201 + i, ...row.slice(1)]);
      await context.sync();
    });
    // One read of the grown range, on its own, is the yardstick.
    const received = (log: readonly { receivedBytes: number }[]) => log.reduce((sum, e) => sum + e.receivedBytes, 0);
    const from = host.requestLog.length;
    const once = await readTable(host.run, { target: { address: 'Customers!A1:E204' } });
    expect(once.ok).toBe(true);
    const oneRead = received(host.requestLog.slice(from));
    const start = host.requestLog.length;
    const outcome = await rerun(host.run, '1', { date: DATE });
    expect(outcome.ok).toBe(true);
    // Besides the one read: the run record, sheet and table names, a few addresses. Reading twice would double it.
    expect(received(host.requestLog.slice(start))).toBeLessThan(1.3 * oneRead);
  });

  it('a failure before the swap leaves the previous results and record intact', async () => {
    const host = await recordedRun();
    const before = host.exportState();
    let calls = 0;
    const failing = (recipe: unknown, table: Parameters<typeof runRecipe>[1]) => {
      calls++;
      if (calls === 2) throw new Error('worker crashed');
      return runRecipe(recipe, table);
    };
    await expect(rerun(host.run, '1', { date: DATE, compute: failing })).rejects.toThrow('worker crashed');
    expect(host.exportState()).toEqual(before);
  });

  it('names the missing sheet when the source sheet was deleted', async () => {
    const host = await recordedRun();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').delete();
      await context.sync();
    });
    const outcome = await rerun(host.run, '1');
    expect(outcome).toMatchObject({ ok: false, problems: [expect.objectContaining({ code: 'source-sheet-gone', message: expect.stringContaining("no sheet 'Customers'") })] });
  });

  it('names the renamed column the recipe needs', async () => {
    const host = await recordedRun();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRange('D1').values = [['Income']];
      await context.sync();
    });
    const before = host.exportState();
    const outcome = await rerun(host.run, '1');
    expect(outcome).toMatchObject({ ok: false, problems: [expect.objectContaining({ message: expect.stringContaining('Annual Income (k$)') })] });
    expect(host.exportState()).toEqual(before);
  });

  it('an unknown run id is a message, not a crash', async () => {
    const host = await recordedRun();
    expect(await rerun(host.run, '9')).toMatchObject({ ok: false, problems: [expect.objectContaining({ code: 'no-such-run' })] });
  });
});

describe('rerun keeps what the recorded run had', () => {
  const labelsOf = (report: Report) => (report.result as KMeansRunResult).labels;

  async function grow(host: ExcelHost, rows: readonly (readonly (string | number | boolean)[])[]): Promise<void> {
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRangeByIndexes(201, 0, rows.length, 5).values = rows.map((r) => [...r]);
      await context.sync();
    });
  }

  it('keeps the cluster numbers when the data grows so that numbering by size would change them', async () => {
    const host = await recordedRun();
    const first = mallKMeansReport().result as KMeansRunResult;
    const smallest = first.k - 1;
    const { values } = mallCells();
    // 20 copies (new ids) of the smallest cluster's customers: it outgrows the others but the largest, so a
    // fresh run, numbering clusters by size, calls it Cluster 2.
    const added = first.labels.flatMap((l, i) => (l === smallest ? [i] : [])).slice(0, 20).map((row, i) => [201 + i, ...(values[row + 1] ?? []).slice(1)]);
    await grow(host, added);
    const fresh = runRecipe(KMEANS_RECIPE, buildTable([...values, ...added], { header: true }));
    if (!fresh.ok) throw new Error('fresh run failed');
    expect((fresh.report.result as KMeansRunResult).sizes[1]).toBe((first.sizes[smallest] ?? 0) + 20);

    const outcome = await rerun(host.run, '1', { date: DATE });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    const result = outcome.report.result as KMeansRunResult;
    expect(result.sizes[smallest]).toBe((first.sizes[smallest] ?? 0) + 20);
    expect(outcome.changes.continues).toEqual([0, 1, 2, 3, 4]);
    expect(outcome.changes.changed?.items).toEqual(first.labels.flatMap((l, i) => (result.labels[i] === l ? [] : [String(i + 1)])));
    expect(outcome.changes.changed?.items.length).toBeLessThan(5);
    // The sheets say it: the Clusters sheet's numbers, and the About sheet's rule.
    const sheets = host.exportState().sheets;
    const about = sheets.find((s) => s.name === 'About')?.values?.find((row) => row[0] === 'Cluster numbers');
    expect(about?.[1]).toContain('kept from the run this one re-ran');
    const clusters = sheets.find((s) => s.name === 'Clusters')?.values ?? [];
    const header = clusters.findIndex((row) => row.includes('Cluster'));
    const at = clusters[header]?.indexOf('Cluster') ?? -1;
    expect(clusters.slice(header + 1, header + 221).map((row) => row[at])).toEqual(result.labels.map((l) => l + 1));

    // Re-running again on the same data reproduces these numbers (the record carries the clusters over).
    const again = await rerun(host.run, '1', { date: DATE });
    if (!again.ok) throw new Error(again.problems[0]?.message);
    expect(labelsOf(again.report)).toEqual(result.labels);
    expect(again.changes.changed?.items).toEqual([]);
  });

  it('writes the live formulas and the appended column again, the column grown with the data', async () => {
    const { values } = mallCells();
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values }] }));
    const made = await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE, read: { target: { address: 'Customers!A1:E201' } }, liveFormulas: true, appendResult: true });
    if (!made.ok) throw new Error(made.problems[0]?.message);
    expect(made.record).toMatchObject({ liveFormulas: true, appendedColumn: 'Customers!F1:F201' });
    await grow(host, values.slice(1, 4).map((row, i) => [201 + i, ...row.slice(1)]));

    const outcome = await rerun(host.run, '1', { date: DATE });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    // The appended column is not read as data: the source grows down, not right.
    expect(outcome.changes).toMatchObject({ source: 'Customers!A1:E204', rowsAdded: 3 });
    expect(outcome.record).toMatchObject({ liveFormulas: true, appendedColumn: 'Customers!F1:F204' });
    const sheets = host.exportState().sheets;
    expect(sheets.map((s) => s.name)).toContain('Score new rows');
    const column = sheets.find((s) => s.name === 'Customers')?.values?.map((row) => row[5]);
    expect(column).toEqual(['Cluster', ...labelsOf(outcome.report).map((l) => l + 1)]);
  });

  it('refuses, changing nothing, when the rows the appended column would grow into hold data', async () => {
    const { values } = mallCells();
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values }] }));
    const made = await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE, read: { target: { address: 'Customers!A1:E201' } }, appendResult: true });
    if (!made.ok) throw new Error(made.problems[0]?.message);
    await grow(host, values.slice(1, 4).map((row, i) => [201 + i, ...row.slice(1)]));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Customers').getRange('F204').values = [['call back']];
      await context.sync();
    });
    const before = host.exportState();
    const outcome = await rerun(host.run, '1', { date: DATE });
    expect(outcome).toMatchObject({ ok: false, problems: [expect.objectContaining({ code: 'append-not-empty', message: expect.stringContaining('F204') })] });
    expect(host.exportState()).toEqual(before);
  });

  it('a failure after the column was rewritten puts the previous column back', async () => {
    const { values } = mallCells();
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values }] }));
    const made = await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE, read: { target: { address: 'Customers!A1:E201' } }, appendResult: true });
    if (!made.ok) throw new Error(made.problems[0]?.message);
    await grow(host, values.slice(1, 4).map((row, i) => [201 + i, ...row.slice(1)]));
    // What a person finds: the sheets, their cells and the run records (the active sheet may differ).
    const contents = () => {
      const state = host.exportState();
      return { parts: state.customXmlParts, sheets: state.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values, tables: sheet.tables })) };
    };
    const before = contents();
    // Saving the new run's record (the step after the column is written) fails.
    const failingSave: ExcelRun = (batch) => host.run((context) => {
      const parts = context.workbook.customXmlParts;
      parts.add = () => {
        throw new Error('disk full');
      };
      return batch(context);
    });
    await expect(rerun(failingSave, '1', { date: DATE })).rejects.toThrow('disk full');
    expect(contents()).toEqual(before);
  });
});

describe('rerun reports changed bands beyond clusters', () => {
  type Cells = (string | number | boolean)[][];

  /** Runs the recipe on the first `first` data rows of a sample file, adds the rest below, and re-runs. */
  async function grownRerun(file: string, recipe: object, first: number, last: number) {
    const values = readCsv(readFileSync(`samples/${file}`, 'utf8')).values as Cells;
    const width = values[0]?.length ?? 0;
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data', values: values.slice(0, first + 1) }] }));
    const made = await runToWorkbook(host.run, recipe, { date: DATE, read: { target: { address: `Data!A1:${columnLetter(width - 1)}${first + 1}` } } });
    if (!made.ok) throw new Error(made.problems[0]?.message);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRangeByIndexes(first + 1, 0, last - first, width).values = values.slice(first + 1, last + 1);
      await context.sync();
    });
    const outcome = await rerun(host.run, '1', { date: DATE });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    /** The recipe's result on the first `rows` data rows, computed directly. */
    const resultOn = (rows: number) => {
      const run = runRecipe(recipe, buildTable(values.slice(0, rows + 1), { header: true }));
      if (!run.ok) throw new Error(run.problems[0]?.message);
      return run.report.result;
    };
    return { changes: outcome.changes, resultOn };
  }

  it('credit scoring: the rows whose predicted class changed once the model is refitted on the grown data', async () => {
    const { changes, resultOn } = await grownRerun('uci_credit_card_default_3000.csv', { kind: 'score', target: 'default.payment.next.month' }, 600, 800);
    const before = (resultOn(600) as ScoreResult).predicted, after = (resultOn(800) as ScoreResult).predicted;
    const expected = before.flatMap((p, i) => (after[i] === p ? [] : [String(i + 1)]));
    expect(expected.length).toBeGreaterThan(0);
    expect(changes).toMatchObject({ rowsBefore: 600, rowsAdded: 200, continues: null, changed: { band: 'predicted class', unit: 'row', items: expected } });
  });

  it('RFM: the customers whose segment changed, by id, when transactions were added', async () => {
    const recipe = { kind: 'rfm', columns: { customer: 'customer_id', date: 'date', amount: 'amount' } };
    const { changes, resultOn } = await grownRerun('cdnow_transactions_1000_customers.csv', recipe, 2500, 3316);
    const segments = (rows: number) => {
      const r = resultOn(rows) as RfmRunResult;
      return new Map(r.customers.map((c, i) => [String(c), r.segment[i]]));
    };
    const before = segments(2500), after = segments(3316);
    const expected = [...before].flatMap(([id, segment]) => (after.get(id) === segment ? [] : [id]));
    expect(expected.length).toBeGreaterThan(0);
    expect(changes).toMatchObject({ rowsBefore: 2500, rowsAdded: 816, changed: { band: 'segment', unit: 'customer', items: expected } });
  });
});
