import type { RfmRecipe } from '../analyses/rfm/recipe';
import type { RfmRunResult } from '../analyses/rfm/result';
import { scoreThresholds } from '../analyses/rfm/scores';
import { SEGMENT_GRID } from '../analyses/rfm/segments';
import type { ReportCell, ReportColumn, ReportSheet, ReportTable } from '../report/types';
import { cellAddress } from '../table/address';
import { thresholdMismatches } from './rfm-mismatches';
import { absolute, headerRows } from './sheet-rows';

const DATE = 'yyyy-mm-dd';
/** Columns of the Model table: Score, Measure, Levels, Lower is better, then the edges. */
const [LEVELS, LOWER, FIRST_EDGE] = [2, 3, 4];
/** The segment grid's size: levels 1–5 of R down and of FM across. */
const GRID = SEGMENT_GRID.length;

const FREQUENCY_WORDS: Readonly<Record<RfmRunResult['frequencyCounts'], string>> = {
  invoices: 'distinct invoices',
  rows: 'transaction rows',
  days: 'distinct purchase days',
  given: 'as in the aggregated table',
};

function notes(recipe: RfmRecipe, result: RfmRunResult, transactions: boolean): string[] {
  const lines = [
    'Live scoring: the Scores table gives each customer R, F and M scores and a segment with plain formulas, so new customers can be scored without the add-in. Type or paste rows below the table; Excel fills in the formulas.',
    transactions
      ? `Enter each customer's last purchase date, frequency (${FREQUENCY_WORDS[result.frequencyCounts]}) and monetary value (${recipe.returns === 'net' ? 'net of returns' : 'returns left out'}), counted as the analysis did. Recency = Analysis date − the day of the last purchase; change the analysis date to score everyone as of another day against the same edges.`
      : 'Enter each customer\'s recency (days since the last purchase), frequency and monetary value, measured as in the table the analysis read.',
    'A score is 1 + the number of edges in its row of the Model table that lie below the value, so a value equal to an edge takes the lower score; where Lower is better is TRUE (recency), it is turned round: Levels − that number.',
    `FM = the mean of the F and M levels, rounded half up; the segment is the grid's cell at R and FM${recipe.bins === GRID ? '' : `, each score first put on the grid's 1–${GRID} scale as ⌈${GRID}·score/Levels⌉`}.`,
  ];
  if (recipe.ties === 'first-rank') {
    const differ = thresholdMismatches(result, recipe.bins);
    const n = result.customers.length.toLocaleString('en-US');
    lines.push(differ.scores === 0
      ? `The RFM sheet split tied values by customer order (ties: first-rank); no tie fell on an edge, so these formulas give all ${n} customers the RFM sheet's scores.`
      : `The RFM sheet split tied values by customer order (ties: first-rank), which no formula can see: these formulas score tied customers alike, so R, F or M differs from the RFM sheet for ${differ.scores.toLocaleString('en-US')} of the ${n} customers (the segment for ${differ.segments.toLocaleString('en-US')}). For new customers the edges are the rule; run again with tied values sharing a score (ties "quantile-thresholds") for a report that agrees with these formulas.`);
  }
  return lines;
}

/**
 * The "Score new rows" sheet of an RFM run: the analysis date (for transactions), a Model table with each score's
 * levels, direction and edges (the value quantiles the scores cut at), the segment grid, and a Scores table holding
 * every customer of the run with formulas for R, F, M, the RFM code and total, FM and the segment.
 *
 * The inputs are what a person has for a new customer: for transactions the last purchase date rather than
 * recency, because recency depends on the day it is measured to, which lives in one cell here; for an aggregated
 * table, recency as that table gave it. The formulas apply the edge rule (quantile thresholds), the only one a
 * formula can apply to one row: with ties 'first-rank' the run split tied values by customer order, and the notes
 * say how many of its customers therefore score differently here.
 * @example rfmFormulaSheet(report.recipe, report.result).tables.map((t) => t.name) // ['RfmAnalysisDate', 'RfmModel', 'RfmGrid', 'RfmScores']
 */
export function rfmFormulaSheet(recipe: RfmRecipe, result: RfmRunResult): ReportSheet {
  const transactions = !Number.isNaN(result.analysisDate);
  const sheetNotes = notes(recipe, result, transactions);
  const measures = [
    ['R', 'Recency (days)', result.recency, true],
    ['F', 'Frequency', result.frequency, false],
    ['M', 'Monetary', result.monetary, false],
  ] as const;
  const edges = measures.map(([, , values]) => Array.from(scoreThresholds(Float64Array.from(values), recipe.bins)));
  const model: ReportTable = {
    name: 'RfmModel',
    title: 'Model: the edges between score levels',
    columns: [{ name: 'Score', format: '@' }, { name: 'Measure', format: '@' }, { name: 'Levels', format: '0' }, { name: 'Lower is better' }, ...Array.from({ length: recipe.bins - 1 }, (_, j) => ({ name: `Edge ${j + 1}` }))],
    rows: measures.map(([score, measure, , lower], i) => [score, measure, recipe.bins, lower, ...(edges[i] as number[])]),
  };
  const grid: ReportTable = {
    name: 'RfmGrid',
    title: 'Segment grid: R level down, FM level across',
    columns: [{ name: 'R level', format: '0' }, ...SEGMENT_GRID.map((_, j) => ({ name: `FM ${j + 1}`, format: '@' }))],
    rows: SEGMENT_GRID.map((row, i) => [GRID - i, ...row]),
  };
  const date: ReportTable[] = transactions
    ? [{ name: 'RfmAnalysisDate', title: 'Analysis date: recency is measured to this day', columns: [{ name: 'Parameter', format: '@' }, { name: 'Value', format: DATE }], rows: [['Analysis date', result.analysisDate]] }]
    : [];
  const n = result.customers.length;
  const headers = headerRows(sheetNotes.length, [...date, model, grid].map((t) => ({ titled: true, rows: t.rows.length })).concat({ titled: true, rows: n }));
  const [modelHeader = 0, gridHeader = 0, scoresHeader = 0] = headers.slice(date.length);
  const analysisDate = absolute((headers[0] ?? 0) + 1, 1);
  const param = (score: number, col: number): string => absolute(modelHeader + 1 + score, col);
  const edgeRange = (score: number): string => `${param(score, FIRST_EDGE)}:${param(score, FIRST_EDGE + recipe.bins - 2)}`;
  const gridCell = (row: number, col: number): string => absolute(gridHeader + 1 + row, col);
  const gridLevels = `${gridCell(0, 0)}:${gridCell(GRID - 1, 0)}`;
  const gridBody = `${gridCell(0, 1)}:${gridCell(GRID - 1, GRID)}`;

  const inputs: ReportColumn[] = [
    { name: 'Customer', ...(result.customers.every((id) => typeof id === 'string') ? { format: '@' } : {}) },
    transactions ? { name: 'Last purchase', format: DATE } : { name: 'Recency (days)' },
    { name: 'Frequency' },
    { name: 'Monetary', format: '#,##0.00' },
  ];
  // Columns of the Scores table: the inputs, Recency (a formula for transactions), R, F, M, RFM code, RFM total, FM, Segment.
  const R = transactions ? inputs.length + 1 : inputs.length;
  const [F, M, FM] = [R + 1, R + 2, R + 5];
  const valueColumn = [transactions ? inputs.length : 1, 2, 3];
  const joiner = recipe.bins > 9 ? '&"-"&' : '&';
  const score = (s: number, row: number): string => {
    const v = cellAddress(row, valueColumn[s] as number);
    const below = `SUMPRODUCT(--(${edgeRange(s)}<${v}))`;
    return `=IF(ISNUMBER(${v}),IF(${param(s, LOWER)},${param(s, LEVELS)}-${below},1+${below}),NA())`;
  };
  const level = (s: number, row: number): string => `ROUNDUP(${GRID}*${cellAddress(row, R + s)}/${param(s, LEVELS)},0)`;
  const rows = result.customers.map((id, i): ReportCell[] => {
    const row = scoresHeader + 1 + i;
    const [r, f, m] = [R, F, M].map((col) => cellAddress(row, col));
    const fm = cellAddress(row, FM);
    return [
      id,
      transactions ? (result.lastPurchase[i] as number) : (result.recency[i] as number),
      result.frequency[i] as number,
      result.monetary[i] as number,
      ...(transactions ? [{ formula: `=IF(ISNUMBER(${cellAddress(row, 1)}),${analysisDate}-INT(${cellAddress(row, 1)}),NA())` }] : []),
      { formula: score(0, row) },
      { formula: score(1, row) },
      { formula: score(2, row) },
      { formula: `=${r}${joiner}${f}${joiner}${m}` },
      { formula: `=${r}+${f}+${m}` },
      { formula: `=INT((${level(1, row)}+${level(2, row)}+1)/2)` },
      { formula: `=INDEX(${gridBody},MATCH(${level(0, row)},${gridLevels},0),${fm})` },
    ];
  });
  const scores: ReportTable = {
    name: 'RfmScores',
    title: 'Scores: each customer\'s R, F and M scores and segment',
    columns: [
      ...inputs,
      ...(transactions ? [{ name: 'Recency (days)', format: '0' }] : []),
      { name: 'R', format: '0' }, { name: 'F', format: '0' }, { name: 'M', format: '0' },
      // Formula columns stay General: a cell formatted as text keeps a formula typed into it as text.
      { name: 'RFM code' }, { name: 'RFM total', format: '0' }, { name: 'FM', format: '0' }, { name: 'Segment' },
    ],
    rows,
  };
  return { name: 'Score new rows', notes: sheetNotes, tables: [...date, model, grid, scores], charts: [] };
}
