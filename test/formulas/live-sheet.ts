/** A report with live formulas written through the Excel writer into the in-memory host: what LibreOffice then recalculates (./libreoffice.ts). */
import { expect } from '@jest/globals';
import { withLiveFormulas } from '../../src/engine/formulas/with-live-formulas';
import { runRecipe } from '../../src/engine/recipe/registry';
import type { Report } from '../../src/engine/report/types';
import type { Table } from '../../src/engine/table/types';
import { writeReport } from '../../src/excel/write-report';
import { layoutSheet } from '../../src/excel/layout';
import { createExcelHost, createWorkbook, type SheetState } from '../../src/sim';

/** The recipe's report on the table, with its live-formula sheet. */
export function liveReport(recipe: unknown, table: Table): Report {
  const outcome = runRecipe(recipe, table);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return withLiveFormulas(outcome.report, table);
}

/**
 * Every sheet of the workbook the writer leaves in the host (what a colleague's file holds, so formulas may refer
 * across sheets), the "Score new rows" sheet among them, and where its Scores table's header row is.
 */
export async function writtenWorkbook(report: Report): Promise<{ sheets: readonly SheetState[]; sheet: SheetState; scoresHeader: number }> {
  const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data' }] }));
  await writeReport(host.run, report);
  const sheets = host.exportState().sheets;
  const sheet = sheets.find((s) => s.name === 'Score new rows');
  const spec = report.sheets.find((s) => s.name === 'Score new rows');
  if (!sheet || !spec) throw new Error('no Score new rows sheet');
  const scores = layoutSheet(spec).tables[1];
  if (!scores) throw new Error('no Scores table');
  return { sheets, sheet, scoresHeader: scores.headerRow };
}

/** The "Score new rows" sheet as the writer leaves it in the host, and where its Scores table's header row is. */
export async function writtenScoreSheet(report: Report): Promise<{ sheet: SheetState; scoresHeader: number }> {
  const { sheet, scoresHeader } = await writtenWorkbook(report);
  return { sheet, scoresHeader };
}

/** |a − b| ≤ 1e-9 · max(1, |b|): relative to the engine's value, absolute near zero (a z of 1e-17 is noise). */
export function expectClose(actual: number, expected: number, what: string): void {
  const ok = Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  if (!ok) expect(`${what}: ${actual}`).toBe(`${what}: ${expected}`);
}
