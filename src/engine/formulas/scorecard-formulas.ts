import { pointsFactor, type FittedScorecard } from '../analyses/score/scorecard';
import type { WoeFeature } from '../analyses/score/woe';
import type { ReportCell, ReportSheet } from '../report/types';
import { getColumn } from '../table/get-column';
import { cellAddress } from '../table/address';
import type { Table } from '../table/types';
import { isPresent, numberOf } from './cell-value';
import { absolute, headerRows } from './sheet-rows';
import { sourceBlock } from './source-columns';

/** Columns of the Bins table: Column, Bin, Upper, Level, WoE, Points. */
const [UPPER, LEVEL, POINTS] = [2, 3, 5];
/** Rows of the Scale table: base score, base odds, points to double the odds, then Factor and Offset computed from them. */
const [FACTOR, OFFSET] = [3, 4];

const NOTES = [
  'Live scoring: the Scores table gives each row its scorecard points and probability of default (PD) with plain formulas, so new applications can be scored without the add-in. Type or paste rows below the table; Excel fills in the formulas.',
  'A number falls in the first bin whose Upper it does not exceed (below the first bin: the first; above the last: the last). A text cell takes the points of the level it equals exactly. A blank cell takes the Missing bin, and a blank or unseen value with no bin of its own takes the "no evidence" row (WoE 0).',
  'Score = sum of the row\'s points; PD = 1 / (1 + EXP((Score − Offset) / Factor)), with Factor = points to double the odds / LN(2) and Offset = base score − Factor × LN(base odds).',
];

/** Where one feature's bins sit in the Bins table (0-based rows of the table body). */
interface BinRows {
  /** First row of the feature, and how many value bins (numeric intervals or text levels) follow from it. */
  readonly first: number;
  readonly values: number;
  /** The row a blank cell takes, and the row an unseen text value takes. */
  readonly blank: number;
  readonly unseen: number;
}

/** What the "no evidence" row of a feature stands for: a text feature's unseen values (and blanks without a Missing bin), or a number's blanks. */
function noEvidenceLabel(feature: WoeFeature, hasMissingBin: boolean): string {
  if (feature.kind === 'number') return 'Blank (no evidence)';
  return hasMissingBin ? 'Unseen value (no evidence)' : 'Blank or unseen value (no evidence)';
}

/**
 * The "Score new rows" sheet of a scorecard run: a Bins table (every bin's upper edge or level, WoE and points,
 * plus a "no evidence" row where a blank or unseen value has no bin), a Scale table, and a Scores table holding
 * every source row with formulas that look its points up in the Bins table, add them, and turn the score into a PD.
 * @example scorecardFormulaSheet(model, table).tables.map((t) => t.name) // ['ScorecardBins', 'ScorecardScale', 'ScorecardScores']
 */
export function scorecardFormulaSheet(model: FittedScorecard, table: Table): ReportSheet {
  const m = model.features.length;
  const { factor, offset } = pointsFactor(model.scale);
  // A bin's points with WoE 0, as fitScorecard gives every bin its share of the intercept and offset.
  const noEvidence = -factor * (model.intercept / m) + offset / m;
  const binRows: ReportCell[][] = [];
  const places: BinRows[] = model.features.map((f, j) => {
    const first = binRows.length;
    const points = model.points[j] ?? [];
    f.bins.forEach((b, k) => binRows.push([f.column, b.label, b.missing || f.kind === 'text' ? null : b.upper, b.level, b.woe, points[k] as number]));
    const values = f.bins.filter((b) => !b.missing).length;
    const missingRow = f.bins.some((b) => b.missing) ? first + values : -1;
    const needsNoEvidence = f.kind === 'text' || missingRow < 0;
    const noEvidenceRow = needsNoEvidence ? binRows.length : -1;
    if (needsNoEvidence) binRows.push([f.column, noEvidenceLabel(f, missingRow >= 0), null, null, 0, noEvidence]);
    return { first, values, blank: missingRow >= 0 ? missingRow : noEvidenceRow, unseen: noEvidenceRow };
  });
  const [binsHeader = 0, scaleHeader = 0, scoresHeader = 0] = headerRows(NOTES.length, [
    { titled: true, rows: binRows.length }, { titled: true, rows: 5 }, { titled: true, rows: table.rowCount },
  ]);
  const bin = (row: number, col: number): string => absolute(binsHeader + 1 + row, col);
  const binRange = (from: number, to: number, col: number): string => `${bin(from, col)}:${bin(to, col)}`;
  const scale = (row: number): string => absolute(scaleHeader + 1 + row, 1);

  const source = sourceBlock(table, model.features.map((f) => f.column));
  const sourceNames = source.columns.map((c) => c.name);
  const firstPoints = sourceNames.length;
  const featurePoints = (f: WoeFeature, place: BinRows, row: number): string => {
    const cell = cellAddress(row, sourceNames.indexOf(f.column));
    const type = getColumn(table, f.column).type;
    const blank = bin(place.blank, POINTS);
    if (f.kind === 'text') {
      // SUMPRODUCT over EXACT, not MATCH: MATCH ignores case and reads * ? ~ in a level as wildcards.
      const levels = binRange(place.first, place.first + place.values - 1, LEVEL);
      const points = binRange(place.first, place.first + place.values - 1, POINTS);
      return `=IF(${isPresent(type, cell)},IF(SUMPRODUCT(--EXACT(${levels},${cell}))=0,${bin(place.unseen, POINTS)},SUMPRODUCT(EXACT(${levels},${cell})*${points})),${blank})`;
    }
    const value = numberOf(type, cell);
    // Bins are right-closed, (upper of the bin before, Upper]: the bin's position is 1 + how many inner uppers lie strictly below the value.
    const position = place.values > 1 ? `1+SUMPRODUCT(--(${binRange(place.first, place.first + place.values - 2, UPPER)}<${value}))` : '1';
    return `=IF(${isPresent(type, cell)},INDEX(${binRange(place.first, place.first + place.values - 1, POINTS)},${position}),${blank})`;
  };
  const rows = Array.from({ length: table.rowCount }, (_, r): ReportCell[] => {
    const row = scoresHeader + 1 + r;
    const score = cellAddress(row, firstPoints + m);
    return [
      ...source.cells(r),
      ...model.features.map((f, j) => ({ formula: featurePoints(f, places[j] as BinRows, row) })),
      { formula: `=SUM(${cellAddress(row, firstPoints)}:${cellAddress(row, firstPoints + m - 1)})` },
      { formula: `=1/(1+EXP((${score}-${scale(OFFSET)})/${scale(FACTOR)}))` },
    ];
  });
  return {
    name: 'Score new rows',
    notes: NOTES,
    tables: [
      {
        name: 'ScorecardBins',
        title: 'Bins: the points each bin of each column carries',
        columns: [{ name: 'Column', format: '@' }, { name: 'Bin', format: '@' }, { name: 'Upper' }, { name: 'Level', format: '@' }, { name: 'WoE', format: '0.0000' }, { name: 'Points', format: '0.00' }],
        rows: binRows,
      },
      {
        name: 'ScorecardScale',
        title: 'Scale: how log-odds become points',
        columns: [{ name: 'Parameter', format: '@' }, { name: 'Value' }],
        rows: [
          ['Base score', model.scale.baseScore],
          ['Base odds (good:bad)', model.scale.baseOdds],
          ['Points to double the odds', model.scale.pdo],
          ['Factor', { formula: `=${scale(2)}/LN(2)` }],
          ['Offset', { formula: `=${scale(0)}-${scale(FACTOR)}*LN(${scale(1)})` }],
        ],
      },
      {
        name: 'ScorecardScores',
        title: 'Scores: each row\'s points and probability of default',
        columns: [...source.columns, ...model.features.map((f) => ({ name: `Points ${f.column}`, format: '0.00' })), { name: 'Score', format: '0.00' }, { name: 'PD', format: '0.0000' }],
        rows,
      },
    ],
    charts: [],
  };
}
