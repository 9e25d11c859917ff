/** The scorecard live-scoring sheet: bins, points and scale in visible tables, lookups that point at them. */
import { describe, expect, it } from '@jest/globals';
import type { FittedScorecard } from '../../../src/engine/analyses/score/scorecard';
import type { WoeBin } from '../../../src/engine/analyses/score/woe';
import { scorecardFormulaSheet } from '../../../src/engine/formulas/scorecard-formulas';
import { withLiveFormulas } from '../../../src/engine/formulas/with-live-formulas';
import { buildTable } from '../../../src/engine/table/build';
import { score, toyTable } from '../analyses/score/run-score';

const bin = (label: string, upper: number | null, level: string | null, woe: number, missing = false): WoeBin => ({ label, upper, level, missing, count: 10, bads: 2, goods: 8, badRate: 0.2, woe, iv: 0 });

/** Income in three right-closed bins and a Missing bin; Home with two levels and no Missing bin. */
const MODEL = Object.freeze<FittedScorecard>({
  kind: 'scorecard',
  scale: { baseScore: 600, baseOdds: 19, pdo: 50 },
  features: [
    { column: 'Income', kind: 'number', edges: [0, 10, 20, 30], bins: [bin('[0, 10]', 10, null, 1), bin('(10, 20]', 20, null, 0), bin('(20, 30]', 30, null, -1), bin('Missing', null, null, 0.5, true)], iv: 0.2, reading: 'medium', adjusted: false },
    { column: 'Home', kind: 'text', edges: [], bins: [bin('own', null, 'own', 0.4), bin('rent', null, 'rent', -0.4)], iv: 0.1, reading: 'weak', adjusted: false },
  ],
  coef: [1, 2],
  intercept: -2,
  points: [[10, 20, 30, 15], [5, -5]],
  trainMean: [0, 0],
});

const TABLE = buildTable([['Income', 'Home'], [15, 'rent'], [null, null]], { header: true });

describe('scorecardFormulaSheet', () => {
  const sheet = scorecardFormulaSheet(MODEL, TABLE);
  const [bins, scale, scores] = sheet.tables;

  it('lists every bin with its upper edge or level, and a "no evidence" row where a blank or unseen value has no bin', () => {
    // No-evidence points: a bin with WoE 0 gets −factor·(intercept/m) + offset/m, factor = 50/ln 2, offset = 600 − factor·ln 19, m = 2.
    const factor = 50 / Math.LN2;
    const noEvidence = -factor * (-2 / 2) + (600 - factor * Math.log(19)) / 2;
    expect(bins?.rows).toEqual([
      ['Income', '[0, 10]', 10, null, 1, 10],
      ['Income', '(10, 20]', 20, null, 0, 20],
      ['Income', '(20, 30]', 30, null, -1, 30],
      ['Income', 'Missing', null, null, 0.5, 15],
      ['Home', 'own', null, 'own', 0.4, 5],
      ['Home', 'rent', null, 'rent', -0.4, -5],
      ['Home', 'Blank or unseen value (no evidence)', null, null, 0, noEvidence],
    ]);
  });

  it('looks points up in the Bins table, adds them, and turns the score into a PD through the Scale table', () => {
    // Three notes and a blank (rows 1–4); Bins caption row 5, header 6, body rows 7–13 (Income 7–10, Home 11–13);
    // two blanks; Scale caption 16, header 17, body 18–22 (base score, base odds, PDO, Factor, Offset in column B);
    // two blanks; Scores caption 25, header 26, first row 27: Income A, Home B, points C–D, Score E, PD F.
    expect(scale?.rows.slice(3)).toEqual([['Factor', { formula: '=$B$20/LN(2)' }], ['Offset', { formula: '=$B$18-$B$21*LN($B$19)' }]]);
    expect(scores?.rows[0]).toEqual([
      15,
      'rent',
      // Inner uppers 10 and 20 in C7:C8; 15 exceeds one of them, so the second bin's points.
      { formula: '=IF(ISNUMBER(A27),INDEX($F$7:$F$9,1+SUMPRODUCT(--($C$7:$C$8<A27))),$F$10)' },
      { formula: '=IF(LEN(B27)>0,IF(SUMPRODUCT(--EXACT($D$11:$D$12,B27))=0,$F$13,SUMPRODUCT(EXACT($D$11:$D$12,B27)*$F$11:$F$12)),$F$13)' },
      { formula: '=SUM(C27:D27)' },
      { formula: '=1/(1+EXP((E27-$B$22)/$B$21))' },
    ]);
    expect(scores?.rows[1]?.slice(0, 2)).toEqual([null, null]);
  });

  it('takes a single numeric bin without counting edges', () => {
    const one = { ...MODEL, features: [{ ...MODEL.features[0], bins: [bin('[0, 30]', 30, null, 0)] } as FittedScorecard['features'][number]], coef: [1], points: [[7]] };
    const row = scorecardFormulaSheet(one, TABLE).tables[2]?.rows[0];
    // Bins: Income's only bin in row 7, its no-evidence row (blank) in row 8; two blanks, Scale caption 11,
    // header 12, body 13–17; two blanks, Scores caption 20, header 21, first row 22.
    expect(row?.[1]).toEqual({ formula: '=IF(ISNUMBER(A22),INDEX($F$7:$F$7,1),$F$8)' });
  });
});

describe('withLiveFormulas on a scorecard report', () => {
  // 60 rows (12 held out for the test deciles), Debt 0–7 over and over, every third row a default.
  const rows = Array.from({ length: 60 }, (_, i) => [i, (i * 5) % 8, i % 3 === 0 ? 'bad' : 'good'] as const);
  const table = toyTable(['ID', 'Debt', 'Status'], rows);

  it('adds a Score new rows sheet with the Bins, Scale and Scores tables', () => {
    const report = withLiveFormulas(score(table, { target: 'Status', positive: 'bad', features: ['Debt'], folds: 2, model: { kind: 'scorecard', bins: 2 } }), table);
    expect(report.sheets.find((s) => s.name === 'Score new rows')?.tables.map((t) => t.name)).toEqual(['ScorecardBins', 'ScorecardScale', 'ScorecardScores']);
  });
});
