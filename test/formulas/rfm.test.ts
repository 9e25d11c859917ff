/**
 * RFM live formulas recalculated by LibreOffice give the engine's report: on the CDNOW sample (customers 1–1,000,
 * ties 'quantile-thresholds') every customer's recency, R, F and M scores, RFM code and total, and segment equal
 * the RFM sheet's. CDNOW is full of ties exactly on the edges (most customers bought once; the F edges are 1, 1, 1
 * and 2), so the side of an edge a value equal to it falls on is exercised hundreds of times. On the six-customer
 * edge toy the cells equal the hand-derived scores; after ties 'first-rank' they still do, and differ from the
 * report for exactly the customers the sheet's notes count.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/cli/read-csv';
import type { RfmRunResult } from '../../src/engine/analyses/rfm/result';
import { scoreThresholds } from '../../src/engine/analyses/rfm/scores';
import type { Report } from '../../src/engine/report/types';
import { buildTable } from '../../src/engine/table/build';
import { layoutSheet } from '../../src/excel/layout';
import { EDGE_TOY_RECIPE, EDGE_TOY_SCORES, edgeToyTable } from '../engine/analyses/rfm/edge-toy';
import { hasLibreOffice, recalculate } from './libreoffice';
import { liveReport, writtenScoreSheet } from './live-sheet';

const available = hasLibreOffice() || process.env.CI === 'true';

/** Scores columns after the four inputs: Recency, R, F, M, RFM code, RFM total, FM, Segment. */
const [RECENCY, R, F, M, CODE, TOTAL, FM, SEGMENT] = [4, 5, 6, 7, 8, 9, 10, 11];

/** The Scores table's body rows as LibreOffice computed them: it is the last table (after Analysis date, Model, Grid). */
function scoreRows(report: Report, cells: readonly string[][]): string[][] {
  const spec = report.sheets.find((s) => s.name === 'Score new rows');
  const placed = spec ? layoutSheet(spec).tables : [];
  const header = placed[placed.length - 1]?.headerRow ?? -1;
  const n = (report.result as RfmRunResult).customers.length;
  return Array.from({ length: n }, (_, i) => [...(cells[header + 1 + i] ?? [])]);
}

/** A cell as the engine would write it: numbers through Number (LibreOffice's CSV may write 5 as "5" or "5.0"), text as is. */
function asEngine(cell: string | undefined): string {
  const text = cell ?? '';
  return text !== '' && !Number.isNaN(Number(text)) ? String(Number(text)) : text;
}

(available ? describe : describe.skip)(`RFM live formulas in LibreOffice${available ? '' : ' (skipped: soffice missing; apt-get install libreoffice-calc)'}`, () => {
  const cdnowCells = readCsv(readFileSync('samples/cdnow_transactions_1000_customers.csv', 'utf8'));
  const cdnowTable = buildTable(cdnowCells.values, { numberFormats: cdnowCells.numberFormats, header: true });
  // Zero-amount rows (free CDs) kept as purchases, as the pandas reference does, so all 1,000 customers stay.
  const cdnow = liveReport({ kind: 'rfm', columns: { customer: 'customer_id', date: 'date', amount: 'amount' }, nonPositivePrice: 'keep', ties: 'quantile-thresholds' }, cdnowTable);
  const toy = liveReport({ ...EDGE_TOY_RECIPE, ties: 'quantile-thresholds' }, edgeToyTable());
  const toyFirstRank = liveReport(EDGE_TOY_RECIPE, edgeToyTable());
  // One soffice start for the three sheets, on first use (the describe body also runs when it is skipped).
  let recalculation: Promise<Record<string, string[][]>> | undefined;
  const recalculated = (): Promise<Record<string, string[][]>> => {
    recalculation ??= (async () => {
      const [a, b, c] = await Promise.all([cdnow, toy, toyFirstRank].map(async (report) => (await writtenScoreSheet(report)).sheet));
      if (!a || !b || !c) throw new Error('a Score new rows sheet is missing');
      return recalculate({ cdnow: a, toy: b, firstRank: c });
    })();
    return recalculation;
  };

  it('give every CDNOW customer the report\'s recency, R, F, M, code, total and segment', async () => {
    const result = cdnow.result as RfmRunResult;
    const rows = scoreRows(cdnow, (await recalculated()).cdnow ?? []);
    expect(result.customers).toHaveLength(1000);
    // Values sitting exactly on an edge, where a formula counting edges "≤ value" would score one level higher.
    const onEdge = (values: readonly number[]): number => {
      const edges = scoreThresholds(Float64Array.from(values), 5);
      return values.filter((v) => edges.includes(v)).length;
    };
    expect([onEdge(result.recency), onEdge(result.frequency), onEdge(result.monetary)].every((count) => count > 0)).toBe(true);
    const mismatches: string[] = [];
    result.customers.forEach((id, i) => {
      const got = rows[i] ?? [];
      const expected = [id, result.recency[i], result.r[i], result.f[i], result.m[i], result.code[i], result.total[i], result.segment[i]].map(String);
      const seen = [0, RECENCY, R, F, M, CODE, TOTAL, SEGMENT].map((col) => asEngine(got[col]));
      if (seen.join('|') !== expected.join('|')) mismatches.push(`customer ${id}: ${seen.join(' ')} ≠ ${expected.join(' ')}`);
    });
    expect({ count: mismatches.length, first: mismatches.slice(0, 5) }).toEqual({ count: 0, first: [] });
  });

  it('give the edge toy its hand-derived scores: a value equal to an edge takes the lower score', async () => {
    const rows = scoreRows(toy, (await recalculated()).toy ?? []);
    const column = (col: number): string[] => rows.map((row) => asEngine(row[col]));
    const s = EDGE_TOY_SCORES;
    expect([RECENCY, R, F, M, CODE, TOTAL, FM, SEGMENT].map(column)).toEqual([s.recency, s.r, s.f, s.m, s.code, s.total, s.fm, s.segment].map((values) => values.map(String)));
  });

  it('after first-rank, score by the edges and differ from the report for as many customers as the notes say', async () => {
    const result = toyFirstRank.result as RfmRunResult;
    const rows = scoreRows(toyFirstRank, (await recalculated()).firstRank ?? []);
    expect(rows.map((row) => asEngine(row[F]))).toEqual(EDGE_TOY_SCORES.f.map(String));
    const differ = rows.filter((row, i) => [R, F, M].some((col, k) => asEngine(row[col]) !== String([result.r, result.f, result.m][k]?.[i])));
    expect(differ.map((row) => row[0])).toEqual(['C']);
    const notes = toyFirstRank.sheets.find((s) => s.name === 'Score new rows')?.notes ?? [];
    expect(notes.at(-1)).toContain('so R, F or M differs from the RFM sheet for 1 of the 6 customers');
  });
});
