/**
 * Re-running a recorded analysis through the in-memory host: same data → the same sheets under the same names;
 * grown data → the new rows counted; a failure before the swap → the previous results untouched; a recipe that
 * no longer fits the workbook → a message naming what is missing.
 */
import { describe, expect, it } from '@jest/globals';
import { runRecipe } from '../../src/engine/recipe/registry';
import { rerun } from '../../src/excel/rerun';
import { listRuns } from '../../src/excel/run-store';
import { runToWorkbook } from '../../src/excel/run-to-workbook';
import { matchClusters } from '../../src/excel/match-clusters';
import { createExcelHost, createWorkbook, type ExcelHost } from '../../src/sim';
import { KMEANS_RECIPE, mallCells } from './kmeans-report';

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
    expect(outcome.changes).toMatchObject({ source: 'Customers!A1:E201', rowsBefore: 200, rowsAdded: 0, changedRows: [] });
    // Same seed, same data: every cluster continues itself, at distance 0.
    expect(outcome.changes.clusters?.oldOfNew).toEqual([0, 1, 2, 3, 4]);
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

describe('matchClusters', () => {
  it('pairs the closest centroids first, each old cluster once', () => {
    // Distances: new 0 ↔ old 1 is 1.41, new 1 ↔ old 0 is 1; the far pairs (≈ 12.7, 13.5) never win.
    expect(matchClusters([[0, 0], [10, 10]], [[9, 9], [1, 0]])).toEqual({ oldOfNew: [1, 0], distance: [Math.SQRT2, 1] });
  });

  it('a new cluster without an old counterpart gets −1', () => {
    expect(matchClusters([[0]], [[5], [1]]).oldOfNew).toEqual([-1, 0]);
  });
});
