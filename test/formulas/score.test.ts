/**
 * Credit-scoring live formulas recalculated by LibreOffice give the engine's numbers: the written workbooks go
 * through .xlsx (./libreoffice.ts) and every row's z values (the design's fill, one-hot and scaling applied in
 * cells), its log-odds and its PD come back at full precision, on 2,000 rows of the UCI credit-card default data
 * (numbers only), on credit_scoring.csv (text columns one-hot encoded through EXACT, blanks filled with the
 * training median and flagged) and on credit_scoring.csv with Records as real TRUE/FALSE cells (.xlsx booleans,
 * so the ISLOGICAL branch sees what Excel sees); and a scorecard's points looked up bin by bin, its score and PD
 * on credit_scoring.csv (right-closed numeric bins hit at their edges, text levels, Missing bins).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/cli/read-csv';
import { logisticTerms, type FittedLogistic } from '../../src/engine/analyses/score/logistic';
import type { ScoreResult } from '../../src/engine/analyses/score/result';
import { pointsFactor, scorecardTerms, type FittedScorecard } from '../../src/engine/analyses/score/scorecard';
import { buildTable } from '../../src/engine/table/build';
import { layoutSheet } from '../../src/excel/layout';
import type { Table } from '../../src/engine/table/types';
import { sharedPath } from '../shared';
import { hasLibreOffice, recalculateWorkbooks } from './libreoffice';
import { expectClose, liveReport, writtenWorkbook } from './live-sheet';

const available = hasLibreOffice() || process.env.CI === 'true';

/** The first `rows` data rows of a CSV file, typed as Excel types a CSV it opens. */
function csvTable(path: string, rows: number): Table {
  const lines = readFileSync(path, 'utf8').split('\n').slice(0, rows + 1).join('\n');
  const cells = readCsv(lines);
  return buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
}

/** credit_scoring.csv with its Records column ("yes"/"no") as real TRUE/FALSE cells, to exercise the boolean branch. */
function creditWithBooleans(rows: number): Table {
  const lines = readFileSync(sharedPath('datasets', 'credit_scoring.csv'), 'utf8').split('\n').slice(0, rows + 1).join('\n');
  const cells = readCsv(lines);
  const at = cells.values[0]?.indexOf('Records') ?? -1;
  const values = cells.values.map((row, i) => (i === 0 ? row : row.map((v, j) => (j === at ? v === 'yes' : v))));
  return buildTable(values, { numberFormats: cells.numberFormats, header: true });
}

const CASES = [
  { name: 'uci', table: () => csvTable('samples/uci_credit_card_default_3000.csv', 2000), recipe: { kind: 'score', target: 'default.payment.next.month' } },
  { name: 'credit', table: () => csvTable(sharedPath('datasets', 'credit_scoring.csv'), 1000), recipe: { kind: 'score', target: 'Status', positive: 'bad' } },
  { name: 'credit-boolean', table: () => creditWithBooleans(1000), recipe: { kind: 'score', target: 'Status', positive: 'bad' } },
];

(available ? describe : describe.skip)(`logistic live formulas in LibreOffice${available ? '' : ' (skipped: soffice missing; apt-get install libreoffice-calc)'}`, () => {
  it('give every row the engine\'s z values, log-odds and PD to 1e-9', async () => {
    const runs = await Promise.all(CASES.map(async (c) => {
      const table = c.table();
      const report = liveReport(c.recipe, table);
      const result = report.result as ScoreResult;
      const model = result.savedModel.model as FittedLogistic;
      return { ...c, table, result, model, written: await writtenWorkbook(report) };
    }));
    const books = await recalculateWorkbooks(Object.fromEntries(runs.map((r) => [r.name, r.written.sheets])));

    const credit = runs[1]?.model.design;
    expect(new Set(credit?.features.map((f) => f.kind))).toEqual(new Set(['number', 'missing', 'level']));
    expect(runs[2]?.table.columns.find((c) => c.name === 'Records')?.type).toBe('boolean');
    for (const run of runs) {
      const rows = books[run.name]?.['Score new rows'] ?? [];
      const { eta, x } = logisticTerms(run.model, run.table);
      const p = x.cols;
      const sources = run.model.design.columns.length;
      expect(run.table.rowCount).toBe(run.name === 'uci' ? 2000 : 1000);
      for (let r = 0; r < run.table.rowCount; r++) {
        const cells = rows[run.written.scoresHeader + 1 + r] ?? [];
        for (let i = 0; i < p; i++) expectClose(Number(cells[sources + i]), x.data[r * p + i] as number, `${run.name} row ${r + 1} z ${i}`);
        expectClose(Number(cells[sources + p]), eta[r] as number, `${run.name} row ${r + 1} log-odds`);
        expectClose(Number(cells[sources + p + 1]), run.result.pd[r] as number, `${run.name} row ${r + 1} PD`);
      }
    }
  });

  it('give every row of credit_scoring.csv the scorecard\'s points per column, score and PD to 1e-9', async () => {
    const table = csvTable(sharedPath('datasets', 'credit_scoring.csv'), 1000);
    const report = liveReport({ kind: 'score', target: 'Status', positive: 'bad', model: { kind: 'scorecard' } }, table);
    const result = report.result as ScoreResult;
    const model = result.savedModel.model as FittedScorecard;
    const written = await writtenWorkbook(report);
    const rows = (await recalculateWorkbooks({ scorecard: written.sheets })).scorecard?.['Score new rows'] ?? [];
    // The Scores table is the third here (Bins, Scale, Scores), so its header is not the helper's second table's.
    const spec = report.sheets.find((s) => s.name === 'Score new rows');
    const scoresHeader = (spec && layoutSheet(spec).tables[2]?.headerRow) ?? -1;

    // Text columns, a Missing bin, and a column with more than one numeric bin: every branch of the lookup.
    expect(model.features.some((f) => f.kind === 'text')).toBe(true);
    expect(model.features.some((f) => f.bins.some((b) => b.missing))).toBe(true);
    expect(model.features.some((f) => f.kind === 'number' && f.bins.filter((b) => !b.missing).length > 2)).toBe(true);
    const { x } = scorecardTerms(model, table);
    const { factor, offset } = pointsFactor(model.scale);
    const m = model.features.length;
    const sources = new Set(model.features.map((f) => f.column)).size;
    for (let r = 0; r < table.rowCount; r++) {
      const cells = rows[scoresHeader + 1 + r] ?? [];
      model.features.forEach((f, j) => {
        const points = -factor * ((model.coef[j] as number) * (x.data[r * m + j] as number) + model.intercept / m) + offset / m;
        expectClose(Number(cells[sources + j]), points, `row ${r + 1} points ${f.column}`);
      });
      expectClose(Number(cells[sources + m]), result.points?.[r] as number, `row ${r + 1} score`);
      expectClose(Number(cells[sources + m + 1]), result.pd[r] as number, `row ${r + 1} PD`);
    }
  });
});
