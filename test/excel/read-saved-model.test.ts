/**
 * A model saved by a credit-scoring run, read back from the workbook: equal to the one the engine saved, in
 * reads that each stay under the budget, found again on a renamed sheet, and a problem that says how to get it
 * back when its sheet is gone or its JSON was edited.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { ScoreResult } from '../../src/engine/analyses/score';
import { readSavedModel, runDay, savedModelLabel, savedModels } from '../../src/excel/read-saved-model';
import { runToWorkbook } from '../../src/excel/run-to-workbook';
import { createExcelHost, createWorkbook, type ExcelHost } from '../../src/sim';

const DATE = new Date('2024-03-01T09:30:00Z');
/** 300 data rows: boosted trees on them save a model of about 150,000 characters, several 30,000-character pieces. */
const SOURCE = 'Loans!A1:Y301';
const BOOSTED = { kind: 'score', target: 'default.payment.next.month', model: { kind: 'boosted' } };

function loansHost(): ExcelHost {
  const rows = Papa.parse<unknown[]>(readFileSync('samples/uci_credit_card_default_3000.csv', 'utf8').trim(), { dynamicTyping: true }).data.slice(0, 301);
  return createExcelHost(createWorkbook({ sheets: [{ name: 'Loans', values: rows as (number | string)[][] }], selection: SOURCE }));
}

/** A score run on the loans, recorded in the workbook; its engine result. */
async function scoreRun(host: ExcelHost, recipe: object = BOOSTED): Promise<ScoreResult> {
  const outcome = await runToWorkbook(host.run, recipe, { date: DATE, read: { target: { address: SOURCE } } });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return outcome.report.result as ScoreResult;
}

async function onSheet(host: ExcelHost, change: (sheet: Excel.Worksheet) => void): Promise<void> {
  await host.run(async (context) => {
    change(context.workbook.worksheets.getItem('Saved model'));
    await context.sync();
  });
}

describe('savedModelLabel', () => {
  it('names the run, the analysis, the data and the day (UTC, months spelt the same in every locale)', () => {
    expect(savedModelLabel({ id: '2', source: "'Loans'!A1:Y601", date: '2026-11-24T17:00:00.000Z' })).toBe("Run 2: Credit default score on 'Loans'!A1:Y601, 24 Nov 2026");
    // 23:30 on 30 Sep in UTC is already 1 Oct east of Greenwich; the About sheet's date is UTC, so is this one.
    expect(runDay('2026-09-30T23:30:00.000Z')).toBe('30 Sep 2026');
    expect(runDay('yesterday')).toBe('yesterday');
  });
});

describe('reading a saved model back', () => {
  it('lists the score run and reads back exactly the model the engine saved', async () => {
    const host = loansHost();
    const result = await scoreRun(host);
    await runToWorkbook(host.run, { kind: 'kmeans', columns: ['LIMIT_BAL', 'AGE'], k: 3 }, { date: DATE, read: { target: { address: SOURCE } } });
    const models = await savedModels(host.run);
    expect(models).toEqual([{ recordId: '1', label: 'Run 1: Credit default score on Loans!A1:Y301, 1 Mar 2024', sheetId: expect.any(String) }]);
    const read = await readSavedModel(host.run, '1');
    expect(read).toEqual({ ok: true, model: result.savedModel });
  });

  it('with a small budget, reads the JSON column in several syncs, each under the budget', async () => {
    const host = loansHost();
    const result = await scoreRun(host);
    const pieces = Math.ceil(JSON.stringify(result.savedModel).length / 30_000);
    expect(pieces).toBeGreaterThan(3);
    const before = host.requestLog.length;
    const budget = 100_000;
    const read = await readSavedModel(host.run, '1', { budgetBytes: budget });
    expect(read).toEqual({ ok: true, model: result.savedModel });
    const syncs = host.requestLog.slice(before);
    // A cell of up to 32,767 characters at 3 bytes each fits once in 100,000 bytes: one piece per read, after
    // two syncs for the run records, two to find the sheet and one for the table's header and size.
    expect(syncs).toHaveLength(5 + pieces);
    expect(Math.max(...syncs.map((s) => s.receivedBytes))).toBeLessThan(budget);
    // The last `pieces` syncs carried the JSON between them, one piece each.
    const json = syncs.slice(-pieces).map((s) => s.receivedBytes);
    expect(json.reduce((a, b) => a + b)).toBeGreaterThan(JSON.stringify(result.savedModel).length);
    expect(Math.min(...json.slice(0, -1))).toBeGreaterThan(30_000);
  });

  it('a second score run numbers its table (SavedModel2); both are listed and each reads its own model', async () => {
    const host = loansHost();
    const first = await scoreRun(host);
    const second = await scoreRun(host, { kind: 'score', target: 'default.payment.next.month' });
    const state = host.exportState();
    expect(state.sheets.flatMap((s) => s.tables ?? []).map((t) => t.name).filter((n) => n.startsWith('SavedModel'))).toEqual(['SavedModel', 'SavedModel2']);
    expect((await savedModels(host.run)).map((m) => m.recordId)).toEqual(['1', '2']);
    expect(await readSavedModel(host.run, '2')).toEqual({ ok: true, model: second.savedModel });
    expect(await readSavedModel(host.run, '1')).toEqual({ ok: true, model: first.savedModel });
  });

  it('finds the model on a renamed sheet', async () => {
    const host = loansHost();
    const result = await scoreRun(host);
    const [listed] = await savedModels(host.run);
    await onSheet(host, (sheet) => {
      sheet.name = 'Model kept for March';
    });
    expect(await savedModels(host.run)).toEqual([listed]);
    expect(await readSavedModel(host.run, '1')).toEqual({ ok: true, model: result.savedModel });
  });

  it('a deleted sheet: no longer listed, and reading it says which run and to re-run it', async () => {
    const host = loansHost();
    await scoreRun(host);
    await onSheet(host, (sheet) => sheet.delete());
    expect(await savedModels(host.run)).toEqual([]);
    const read = await readSavedModel(host.run, '1');
    expect(read).toEqual({ ok: false, problems: [{ code: 'saved-model-sheet-missing', message: expect.stringContaining('"Saved model" sheet of run 1 (Credit default score on Loans!A1:Y301) has been deleted') }] });
    expect(!read.ok && read.problems[0]?.message).toContain('Re-run run 1 under "Runs in this workbook"');
  });

  it('an edited JSON cell: the problem names the table and sheet, and how to get the model back', async () => {
    const host = loansHost();
    await scoreRun(host);
    await host.run(async (context) => {
      context.workbook.tables.getItem('SavedModel').getDataBodyRange().getCell(1, 1).values = [['edited']];
      await context.sync();
    });
    const read = await readSavedModel(host.run, '1');
    expect(read).toEqual({ ok: false, problems: [{ code: 'not-a-saved-model', message: expect.stringContaining("Table SavedModel on sheet 'Saved model' no longer holds a whole model") }] });
    expect(!read.ok && read.problems[0]?.message).toContain('re-run run 1');
  });

  it('a run that is not a score run, or no run at all, has no saved model', async () => {
    const host = loansHost();
    expect(await savedModels(host.run)).toEqual([]);
    const read = await readSavedModel(host.run, '7');
    expect(!read.ok && read.problems[0]?.code).toBe('no-saved-model');
  });
});
