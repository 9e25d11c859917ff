/**
 * The whole run against the host: read the selection, run the recipe, write the report, keep a record of the
 * run in the workbook; then the two actions that undo or extend it (remove the run's sheets, append the result
 * column).
 */
import { describe, expect, it } from '@jest/globals';
import { encodeRunRecord, RUN_NAMESPACE, type RunRecord } from '../../src/excel/run-record';
import { listRuns, removeRun, saveRun } from '../../src/excel/run-store';
import { runToWorkbook } from '../../src/excel/run-to-workbook';
import { createExcelHost, createWorkbook, type ExcelHost, type WorkbookState } from '../../src/sim';
import { KMEANS_RECIPE, mallCells } from './kmeans-report';

const DATE = new Date('2024-03-01T09:30:00Z');
const ALL = (): boolean => true;

/** The mall customers on a sheet "Customers" at A1:E201, selected; `extra` cells beside it. */
function mallHost(extra: WorkbookState['sheets'] = []): ExcelHost {
  const { values } = mallCells();
  return createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values }, ...extra], selection: 'Customers!A1:E201' }));
}

/** A k-means run on the customers; by address, because a run leaves the first new sheet active and selected. */
async function kmeansRun(host: ExcelHost, appendResult = false) {
  const outcome = await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE, supportsExcelApi: ALL, appendResult, read: { target: { address: 'Customers!A1:E201' } } });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return outcome;
}

describe('runToWorkbook', () => {
  it('reads the selection, runs k-means and writes the report with the source and the date on About', async () => {
    const host = mallHost();
    const customers = host.exportState().sheets[0];
    const outcome = await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    expect(outcome.report.recipe).toMatchObject({ kind: 'kmeans', source: 'Customers!A1:E201', k: 5 });
    const state = host.exportState();
    expect(state.sheets.map((s) => s.name)).toEqual(['Customers', 'Clusters', 'Centroids', 'Elbow', 'Cluster profile', 'Projection', 'About']);
    const about = state.sheets.find((s) => s.name === 'About')?.values ?? [];
    expect(about).toContainEqual(['Run date', '2024-03-01 09:30:00 UTC']);
    expect(about).toContainEqual(['Source', 'Customers!A1:E201']);
    expect(state.sheets[0]).toEqual(customers);
  });

  it('with live formulas, adds a "Score new rows" sheet of formulas before About; an analysis without them is refused, unchanged', async () => {
    const host = mallHost();
    const outcome = await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE, liveFormulas: true });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    const state = host.exportState();
    expect(state.sheets.map((s) => s.name).slice(-2)).toEqual(['Score new rows', 'About']);
    const formulas = Object.values(state.sheets.find((s) => s.name === 'Score new rows')?.formulas ?? {});
    expect(formulas.some((f) => /^=MATCH\(MIN\(/.test(f))).toBe(true);

    const other = mallHost();
    const before = other.exportState();
    const refused = await runToWorkbook(other.run, { kind: 'profile' }, { liveFormulas: true });
    expect(!refused.ok && refused.problems[0]?.code).toBe('no-live-formulas');
    expect(other.exportState()).toEqual(before);
  });

  it('keeps the recipe, source and sheets in a custom XML part of the workbook, one per run', async () => {
    const host = mallHost();
    const first = await kmeansRun(host);
    await kmeansRun(host);
    const parts = host.exportState().customXmlParts ?? [];
    expect(parts.map((p) => p.namespaceUri)).toEqual([RUN_NAMESPACE, RUN_NAMESPACE]);
    const runs = await listRuns(host.run);
    expect(runs.map((r) => r.record.id)).toEqual(['1', '2']);
    expect(runs[0]?.record).toEqual(first.record);
    expect(first.record).toMatchObject({ date: '2024-03-01T09:30:00.000Z', source: 'Customers!A1:E201', recipe: first.report.recipe });
    expect(runs[1]?.record.sheets.map((s) => s.name)).toEqual(['Clusters (2)', 'Centroids (2)', 'Elbow (2)', 'Cluster profile (2)', 'Projection (2)', 'About (2)']);
  });

  it('a record larger than a cell can hold (32,767 characters) is kept whole, with XML-special characters', async () => {
    const host = mallHost();
    const recipe = { kind: 'kmeans', note: '<&>"\'', weights: Array.from({ length: 20_000 }, (_, i) => i / 3) };
    const record: RunRecord = { id: '7', date: DATE.toISOString(), version: '0', source: 'x', recipe, sheets: [] };
    expect(encodeRunRecord(record).length).toBeGreaterThan(100_000);
    await saveRun(host.run, record);
    expect((await listRuns(host.run))[0]?.record).toEqual(record);
  });

  it('bad input changes nothing and comes back as problems', async () => {
    const host = mallHost();
    const before = host.exportState();
    const outcome = await runToWorkbook(host.run, { kind: 'kmeans', columns: ['Income'] }, { date: DATE });
    expect(outcome).toMatchObject({ ok: false, problems: [expect.objectContaining({ message: expect.stringContaining("'Income'") })] });
    expect(host.exportState()).toEqual(before);
  });
});

describe('remove this run\'s results', () => {
  it('deletes exactly the sheets the run created, renamed or not, and its record; nothing else', async () => {
    const host = mallHost();
    await kmeansRun(host);
    const second = await kmeansRun(host);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Elbow (2)').name = 'My elbow';
      context.workbook.worksheets.getItem('About (2)').delete();
      await context.sync();
    });
    const removed = await removeRun(host.run, second.record.id);
    expect(removed).toEqual({ removed: ['Clusters (2)', 'Centroids (2)', 'My elbow', 'Cluster profile (2)', 'Projection (2)'], alreadyGone: ['About (2)'] });
    const state = host.exportState();
    expect(state.sheets.map((s) => s.name)).toEqual(['Customers', 'Clusters', 'Centroids', 'Elbow', 'Cluster profile', 'Projection', 'About']);
    expect((await listRuns(host.run)).map((r) => r.record.id)).toEqual(['1']);
  });

  it('a sheet the user made later under a removed sheet\'s old name stays', async () => {
    const host = mallHost();
    const run = await kmeansRun(host);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Elbow').delete();
      context.workbook.worksheets.add('Elbow');
      await context.sync();
    });
    await removeRun(host.run, run.record.id);
    expect(host.exportState().sheets.map((s) => s.name)).toEqual(['Customers', 'Elbow']);
  });

  it('an unknown run id is refused with a message', async () => {
    await expect(removeRun(mallHost().run, '9')).rejects.toThrow(/no record of run 9/);
  });
});

describe('append the result column to my table (opt-in)', () => {
  it('writes "Cluster" and each row\'s cluster in the empty column right of the source, and records where', async () => {
    const host = mallHost();
    const outcome = await kmeansRun(host, true);
    expect(outcome.record.appendedColumn).toBe('Customers!F1:F201');
    const values = host.exportState().sheets[0]?.values ?? [];
    expect(values[0]?.[5]).toBe('Cluster');
    // The column matches the report's labels, numbered from 1 as on the Clusters sheet.
    const labels = (outcome.report.result as { labels: number[] }).labels;
    expect(values.slice(1).map((r) => r[5])).toEqual(labels.map((l) => l + 1));
    expect(values.slice(1).map((r) => r.slice(0, 5))).toEqual(mallCells().values.slice(1));
  });

  it('refuses, before writing anything, when the column to the right is not empty', async () => {
    const { values } = mallCells();
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values: [...values.map((r, i) => (i === 150 ? [...r, null, 'note'] : r))] }], selection: 'Customers!A1:E201' }));
    const before = host.exportState();
    // Row 151 holds "note" two columns right (G151), outside the appended column: that is allowed…
    expect((await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE, appendResult: true })).ok).toBe(true);

    const blocked = createExcelHost(createWorkbook({ ...before, sheets: [{ ...before.sheets[0]!, values: values.map((r, i) => (i === 150 ? [...r, 'mine'] : r)) }] }));
    const untouched = blocked.exportState();
    const outcome = await runToWorkbook(blocked.run, KMEANS_RECIPE, { date: DATE, appendResult: true });
    // …but F151 is in it.
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: 'append-not-empty', cell: 'Customers!F151', message: expect.stringContaining('Customers!F1:F201') }] });
    expect(blocked.exportState()).toEqual(untouched);
  });

  it('refuses on a protected sheet', async () => {
    const { values } = mallCells();
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values, protected: true }], selection: 'Customers!A1:E201' }));
    const outcome = await runToWorkbook(host.run, KMEANS_RECIPE, { date: DATE, appendResult: true });
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: 'append-protected' }] });
    expect(host.exportState().sheets).toHaveLength(1);
  });
});
