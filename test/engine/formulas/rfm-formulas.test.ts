/** The RFM live-scoring sheet: analysis date, edges and segment grid in visible tables; score formulas that point at them. */
import { describe, expect, it } from '@jest/globals';
import { rfmAnalysis, type RfmRecipe, type RfmRunResult } from '../../../src/engine/analyses/rfm';
import { segmentOf } from '../../../src/engine/analyses/rfm/segments';
import { rfmFormulaSheet } from '../../../src/engine/formulas/rfm-formulas';
import { thresholdMismatches } from '../../../src/engine/formulas/rfm-mismatches';
import { withLiveFormulas } from '../../../src/engine/formulas/with-live-formulas';
import type { Report } from '../../../src/engine/report/types';
import { buildTable } from '../../../src/engine/table/build';
import type { Table } from '../../../src/engine/table/types';
import { readReference } from '../../shared';
import { EDGE_TOY_RECIPE, EDGE_TOY_SCORES, edgeToyTable } from '../analyses/rfm/edge-toy';
import { EXCEL_2016, formulasOf, functionsIn } from './excel-2016';

function run(recipe: object, table: Table): Report<RfmRunResult, RfmRecipe> {
  const validated = rfmAnalysis.validate(recipe, table);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
  return rfmAnalysis.run(validated.recipe, table);
}

describe('rfmFormulaSheet on customers sitting on the edges (ties quantile-thresholds)', () => {
  const table = edgeToyTable();
  const report = run({ ...EDGE_TOY_RECIPE, ties: 'quantile-thresholds' }, table);
  const sheet = rfmFormulaSheet(report.recipe, report.result);
  const [date, model, grid, scores] = sheet.tables;

  it('is what the engine scored: the toy\'s hand-derived scores and segments', () => {
    const r = report.result;
    expect([r.analysisDate, r.recency, r.r, r.f, r.m, r.code, r.segment]).toEqual([EDGE_TOY_SCORES.analysisDate, EDGE_TOY_SCORES.recency, EDGE_TOY_SCORES.r, EDGE_TOY_SCORES.f, EDGE_TOY_SCORES.m, EDGE_TOY_SCORES.code, EDGE_TOY_SCORES.segment]);
  });

  it('holds the analysis date, each score\'s levels, direction and edges, and the grid with its R levels', () => {
    expect(sheet.tables.map((t) => t.name)).toEqual(['RfmAnalysisDate', 'RfmModel', 'RfmGrid', 'RfmScores']);
    expect(date?.rows).toEqual([['Analysis date', 36001]]);
    const { edges } = EDGE_TOY_SCORES;
    expect(model?.rows).toEqual([
      ['R', 'Recency (days)', 5, true, ...edges.r],
      ['F', 'Frequency', 5, false, ...edges.f],
      ['M', 'Monetary', 5, false, ...edges.m],
    ]);
    expect(grid?.rows.map((row) => row[0])).toEqual([5, 4, 3, 2, 1]);
    expect(grid?.rows[4]).toEqual([1, 'Lost', 'Lost', 'At Risk', "Can't Lose Them", "Can't Lose Them"]);
  });

  it('prefills every customer\'s last purchase, frequency and monetary, and scores them with formulas that count edges strictly below', () => {
    // Four notes (rows 1–4), a blank; Analysis date caption 6, header 7, value B8; two blanks; Model caption 11,
    // header 12, R/F/M rows 13–15 (Levels C, Lower is better D, edges E–H); two blanks; Grid caption 18, header 19,
    // body 20–24 (R level A, FM 1–5 in B–F); two blanks; Scores caption 27, header 28, customer A in row 29:
    // Customer A, Last purchase B, Frequency C, Monetary D, Recency E, R F, F G, M H, code I, total J, FM K, Segment L.
    expect(scores?.columns.map((c) => c.name)).toEqual(['Customer', 'Last purchase', 'Frequency', 'Monetary', 'Recency (days)', 'R', 'F', 'M', 'RFM code', 'RFM total', 'FM', 'Segment']);
    expect(scores?.rows.map((row) => row.slice(0, 4))).toEqual([['A', 35950, 1, 10], ['B', 35960, 1, 30], ['C', 35970, 1, 20], ['D', 35980, 3, 40], ['E', 35990, 4, 50], ['F', 36000, 6, 60]]);
    // "<", not "<=": a value equal to an edge (C's frequency 1 and monetary 20) takes the lower score, as the engine's v > edge.
    expect(scores?.rows[0]?.slice(4)).toEqual([
      { formula: '=IF(ISNUMBER(B29),$B$8-INT(B29),NA())' },
      { formula: '=IF(ISNUMBER(E29),IF($D$13,$C$13-SUMPRODUCT(--($E$13:$H$13<E29)),1+SUMPRODUCT(--($E$13:$H$13<E29))),NA())' },
      { formula: '=IF(ISNUMBER(C29),IF($D$14,$C$14-SUMPRODUCT(--($E$14:$H$14<C29)),1+SUMPRODUCT(--($E$14:$H$14<C29))),NA())' },
      { formula: '=IF(ISNUMBER(D29),IF($D$15,$C$15-SUMPRODUCT(--($E$15:$H$15<D29)),1+SUMPRODUCT(--($E$15:$H$15<D29))),NA())' },
      { formula: '=F29&G29&H29' },
      { formula: '=F29+G29+H29' },
      { formula: '=INT((ROUNDUP(5*G29/$C$14,0)+ROUNDUP(5*H29/$C$15,0)+1)/2)' },
      { formula: '=INDEX($B$20:$F$24,MATCH(ROUNDUP(5*F29/$C$13,0),$A$20:$A$24,0),K29)' },
    ]);
    expect(scores?.rows[5]?.[4]).toEqual({ formula: '=IF(ISNUMBER(B34),$B$8-INT(B34),NA())' });
  });

  it('puts no fitted number in a formula: edges, levels and the date are cells', () => {
    const numbers = formulasOf(sheet).flatMap((f) => f.match(/(?<![$A-Z\d.])\d+(?:\.\d+)?/g) ?? []);
    // 5 is the grid's size, 1 and 2 the rounding of the mean, 0 MATCH's exact mode and ROUNDUP's digits.
    expect(new Set(numbers)).toEqual(new Set(['0', '1', '2', '5']));
  });

  it('uses only functions of Excel 2016', () => {
    const used = functionsIn(formulasOf(sheet));
    expect([...used].filter((name) => !EXCEL_2016.has(name))).toEqual([]);
    expect(used.has('MATCH') && used.has('INDEX')).toBe(true);
  });

  it('says nothing about ties, since the report scored by the same edges', () => {
    expect(sheet.notes).toHaveLength(4);
    expect(sheet.notes?.join(' ')).not.toMatch(/first-rank/);
  });
});

describe('rfmFormulaSheet after ties first-rank', () => {
  const table = edgeToyTable();
  const report = run(EDGE_TOY_RECIPE, table);

  it('still scores by the edges, and the notes count the customers whose scores differ from the RFM sheet', () => {
    // Customer C: F 2 on the RFM sheet (third of three customers who bought once), 1 by the edges; segment Need Attention vs About To Sleep.
    expect(report.result.f).toEqual([1, 1, 2, 3, 4, 5]);
    expect(thresholdMismatches(report.result, 5)).toEqual({ scores: 1, segments: 1 });
    const sheet = rfmFormulaSheet(report.recipe, report.result);
    expect(sheet.notes?.at(-1)).toBe('The RFM sheet split tied values by customer order (ties: first-rank), which no formula can see: these formulas score tied customers alike, so R, F or M differs from the RFM sheet for 1 of the 6 customers (the segment for 1). For new customers the edges are the rule; run again with tied values sharing a score (ties "quantile-thresholds") for a report that agrees with these formulas.');
    expect(sheet.tables[1]?.rows[1]).toEqual(['F', 'Frequency', 5, false, ...EDGE_TOY_SCORES.edges.f]);
  });

  it('says when no tie fell on an edge', () => {
    // Distinct values: rank and value quantiles cut at the same places.
    const distinct = buildTable([['Customer', 'Recency', 'Frequency', 'Monetary'], ...[1, 2, 3, 4, 5].map((i) => [`c${i}`, 10 * i, i, 100 * i])], { header: true });
    const { recipe, result } = run({ kind: 'rfm', columns: { customer: 'Customer', recency: 'Recency', frequency: 'Frequency', monetary: 'Monetary' } }, distinct);
    const sheet = rfmFormulaSheet(recipe, result);
    expect(sheet.notes?.at(-1)).toMatch(/^The RFM sheet split tied values by customer order \(ties: first-rank\); no tie fell on an edge, so these formulas give all 5 customers the RFM sheet's scores\.$/);
  });

  it('counts against pandas on CDNOW: customers whose qcut-of-first-rank scores (reference/rfm/cdnow.json) differ from the edges', () => {
    type Row = [number, number, number, number, number, number, number, number];
    const rows = readReference<{ rows: Row[] }>('rfm/cdnow.json').rows;
    const col = (k: number): number[] => rows.map((row) => row[k] as number);
    const reference = { recency: col(1), frequency: col(2), monetary: col(4), r: col(5), f: col(6), m: col(7), segment: rows.map((row) => segmentOf(row[5], row[6], row[7], 5)) };
    const differ = thresholdMismatches(reference, 5);
    // A floor by hand: 11,908 of the 23,570 customers bought once. First-rank gives them ranks 1–11,908 against rank
    // edges 4,714.8 and 9,428.6, so 4,714 get F 1, 4,714 F 2 and 2,480 F 3; the F edges (1, 1, 2, 3) give them all F 1:
    // 7,194 differ on F for that tie alone. The rest are ties on the other F edges and on some R and M edges.
    expect(col(2).filter((f) => f === 1)).toHaveLength(11_908);
    expect(differ.scores).toBeGreaterThanOrEqual(7_194);
    expect(differ).toEqual({ scores: 10_013, segments: 3_670 });
  });
});

describe('rfmFormulaSheet on an aggregated table, and with 10 levels', () => {
  const table = buildTable([['Customer', 'Recency', 'Frequency', 'Monetary'], ...Array.from({ length: 12 }, (_, i) => [100 + i, 3 * i, 1 + (i % 4), 10 * i])], { header: true });
  const report = run({ kind: 'rfm', columns: { customer: 'Customer', recency: 'Recency', frequency: 'Frequency', monetary: 'Monetary' }, bins: 10, ties: 'quantile-thresholds' }, table);
  const sheet = rfmFormulaSheet(report.recipe, report.result);
  const [model, , scores] = sheet.tables;

  it('takes recency as given (no analysis date), joins the code with dashes and puts levels on the grid\'s 1–5 scale', () => {
    // Four notes, a blank; Model caption 6, header 7, rows 8–10 (edges E–M: nine of them); two blanks; Grid caption 13,
    // header 14, body 15–19; two blanks; Scores caption 22, header 23, first customer row 24:
    // Customer A, Recency B, Frequency C, Monetary D, R E, F F, M G, code H, total I, FM J, Segment K.
    expect(sheet.tables.map((t) => t.name)).toEqual(['RfmModel', 'RfmGrid', 'RfmScores']);
    expect(model?.columns.map((c) => c.name).slice(-1)).toEqual(['Edge 9']);
    expect(scores?.rows[0]?.slice(0, 4)).toEqual([100, 0, 1, 0]);
    expect(scores?.rows[0]?.slice(4)).toEqual([
      { formula: '=IF(ISNUMBER(B24),IF($D$8,$C$8-SUMPRODUCT(--($E$8:$M$8<B24)),1+SUMPRODUCT(--($E$8:$M$8<B24))),NA())' },
      { formula: '=IF(ISNUMBER(C24),IF($D$9,$C$9-SUMPRODUCT(--($E$9:$M$9<C24)),1+SUMPRODUCT(--($E$9:$M$9<C24))),NA())' },
      { formula: '=IF(ISNUMBER(D24),IF($D$10,$C$10-SUMPRODUCT(--($E$10:$M$10<D24)),1+SUMPRODUCT(--($E$10:$M$10<D24))),NA())' },
      { formula: '=E24&"-"&F24&"-"&G24' },
      { formula: '=E24+F24+G24' },
      { formula: '=INT((ROUNDUP(5*F24/$C$9,0)+ROUNDUP(5*G24/$C$10,0)+1)/2)' },
      { formula: '=INDEX($B$15:$F$19,MATCH(ROUNDUP(5*E24/$C$8,0),$A$15:$A$19,0),J24)' },
    ]);
    expect(sheet.notes?.[3]).toMatch(/⌈5·score\/Levels⌉/);
  });
});

describe('withLiveFormulas on an RFM report', () => {
  it('adds the Score new rows sheet before About', () => {
    const table = edgeToyTable();
    const report = withLiveFormulas(run(EDGE_TOY_RECIPE, table), table);
    expect(report.sheets.map((s) => s.name).slice(-2)).toEqual(['Score new rows', 'About']);
  });
});
