/**
 * RFM live formulas recalculated by LibreOffice give the engine's report: on the CDNOW sample (customers 1–1,000,
 * ties 'quantile-thresholds') every customer's recency, R, F and M scores, RFM code and total, and segment equal
 * the RFM sheet's. CDNOW is full of ties exactly on the edges (most customers bought once; the F edges are 1, 1, 1
 * and 2), so the side of an edge a value equal to it falls on is exercised hundreds of times.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/cli/read-csv';
import type { RfmRunResult } from '../../src/engine/analyses/rfm/result';
import { scoreThresholds } from '../../src/engine/analyses/rfm/scores';
import { buildTable } from '../../src/engine/table/build';
import { layoutSheet } from '../../src/excel/layout';
import { hasLibreOffice, recalculate } from './libreoffice';
import { liveReport, writtenScoreSheet } from './live-sheet';

const available = hasLibreOffice() || process.env.CI === 'true';

(available ? describe : describe.skip)(`RFM live formulas in LibreOffice${available ? '' : ' (skipped: soffice missing; apt-get install libreoffice-calc)'}`, () => {
  it('give every CDNOW customer the report\'s recency, R, F, M, code, total and segment', async () => {
    const cells = readCsv(readFileSync('samples/cdnow_transactions_1000_customers.csv', 'utf8'));
    const table = buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
    const report = liveReport({ kind: 'rfm', columns: { customer: 'customer_id', date: 'date', amount: 'amount' }, nonPositivePrice: 'keep', ties: 'quantile-thresholds' }, table);
    const result = report.result as RfmRunResult;
    const { sheet } = await writtenScoreSheet(report);
    const rows = recalculate({ rfm: sheet }).rfm ?? [];
    // Analysis date, Model, Grid, Scores: the Scores table is the fourth, not the helper's second table.
    const spec = report.sheets.find((s) => s.name === 'Score new rows');
    const scoresHeader = (spec && layoutSheet(spec).tables[3]?.headerRow) ?? -1;

    expect(result.customers.length).toBe(1000);
    // Values sitting exactly on an edge, where a formula counting edges "≤ value" would score one level higher.
    const onEdge = (values: readonly number[]): number => {
      const edges = scoreThresholds(Float64Array.from(values), 5);
      return values.filter((v) => edges.includes(v)).length;
    };
    expect(Math.min(onEdge(result.recency), onEdge(result.frequency), onEdge(result.monetary))).toBeGreaterThan(0);
    expect(rows[scoresHeader]?.slice(0, 12)).toEqual(['Customer', 'Last purchase', 'Frequency', 'Monetary', 'Recency (days)', 'R', 'F', 'M', 'RFM code', 'RFM total', 'FM', 'Segment']);
    const mismatches: string[] = [];
    result.customers.forEach((id, i) => {
      const got = rows[scoresHeader + 1 + i] ?? [];
      const expected = [String(id), result.recency[i], result.r[i], result.f[i], result.m[i], result.code[i], result.total[i], result.segment[i]].map(String);
      const seen = [got[0], got[4], got[5], got[6], got[7], got[8], got[9], got[11]].map((c) => String(Number.isNaN(Number(c)) || c === '' ? c : Number(c)));
      if (seen.join('|') !== expected.join('|')) mismatches.push(`customer ${id}: ${seen.join(' ')} ≠ ${expected.join(' ')}`);
    });
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
