import { aboutSheet } from '../../report/about';
import type { ReportSheet } from '../../report/types';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import type { FittedModel } from '../score/model';
import { psiReading } from '../score/psi';
import { scoredRowsTable } from '../score/scored-rows-table';
import { driftRows } from './drift';
import type { ScoreNewRecipe } from './recipe';
import type { ScoreNewResult } from './result';

const PROB = '0.0000';

/** What the saved model is, in words. @example modelKindName('scorecard') // 'scorecard' */
export function modelKindName(kind: FittedModel['kind']): string {
  switch (kind) {
    case 'logistic':
      return 'logistic regression';
    case 'scorecard':
      return 'scorecard';
    case 'boosted':
      return 'gradient-boosted trees';
    default: {
      const unknown: never = kind;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

/** Short sentences for the task pane and the CLI: rows scored, mean PD, predicted defaults, the drift of the PD and the largest column drift. */
export function scoreNewSummary(recipe: ScoreNewRecipe, r: ScoreNewResult): string[] {
  const n = r.rowsScored;
  const mean = r.pd.reduce((s, p) => s + p, 0) / n;
  const positives = r.predicted.filter((p) => p === 1).length;
  const largest = [...r.psi.columns].sort((a, b) => b.psi - a.psi)[0];
  return [
    `Scored ${n.toLocaleString('en-US')} new rows with the saved ${modelKindName(r.modelKind)} predicting '${r.target.positive}' in '${r.target.column}' (${recipe.modelSource}).`,
    `Mean PD ${mean.toFixed(4)}; ${positives.toLocaleString('en-US')} rows (${((positives / n) * 100).toFixed(1)}%) predicted '${r.target.positive}' at threshold ${r.threshold.toFixed(4)}.`,
    `PSI of the PD against the training rows: ${r.psi.pd.toFixed(4)}, ${psiReading(r.psi.pd)}.`,
    ...(largest ? [`Largest column shift: '${largest.column}', PSI ${largest.psi.toFixed(4)}, ${psiReading(largest.psi)}.`] : []),
    ...(r.rowsWithBlanks > 0 ? [`${r.rowsWithBlanks.toLocaleString('en-US')} rows have blanks in columns the model reads; they were scored with the model's fill for blanks.`] : []),
  ];
}

/** New scores, Drift and About. */
export function scoreNewSheets(recipe: ScoreNewRecipe, table: Table, r: ScoreNewResult): ReportSheet[] {
  return [newScoresSheet(recipe, table, r), driftSheet(r), about(recipe, table, r)];
}

/** The labels read as numbers when both are numbers (a 1/0 target), so Predicted filters and sorts like the data. */
/** Every new row: its key, then what an analyst reads first (PD, predicted class, points, reasons), then the model's columns. */
function newScoresSheet(recipe: ScoreNewRecipe, table: Table, r: ScoreNewResult): ReportSheet {
  const lead = recipe.rowKey ? [getColumn(table, recipe.rowKey)] : [];
  const features = recipe.model.columns.filter((c) => c.name !== recipe.rowKey).map((c) => getColumn(table, c.name));
  return {
    name: 'New scores',
    notes: [`Every new row with its probability of default (PD) from the saved model (${recipe.modelSource}), the class predicted at its threshold ${r.threshold.toFixed(4)}, and the columns that raised its risk most.`],
    tables: [scoredRowsTable('NewScores', lead, features, r)],
    charts: [],
  };
}

function driftSheet(r: ScoreNewResult): ReportSheet {
  return {
    name: 'Drift',
    notes: [
      'The population stability index (PSI) compares how the new rows spread over bins with how the training rows did: Σ (new share − training share) × ln(new share / training share). Below 0.10 the population is stable; 0.10–0.25 is a moderate shift to monitor; above 0.25 the model needs a review or a refit.',
      'The bins were fixed from the training rows when the model was saved: numeric columns and the PD in training deciles (fewer where values repeat; new values beyond the training range count in the end bins) plus one for blanks; text columns one per training value, one for values not seen in training and one for blanks.',
    ],
    tables: [{
      name: 'Drift',
      columns: [{ name: 'Column', format: '@' }, { name: 'PSI', format: PROB }, { name: 'Reading', format: '@' }],
      rows: driftRows(r.psi).map((d) => [d.variable, d.psi, d.reading]),
    }],
    charts: [{ type: 'column', title: 'Population stability index by column', table: 'Drift', x: 'Column', series: ['PSI'], xAxisTitle: 'Column', yAxisTitle: 'PSI' }],
  };
}

function about(recipe: ScoreNewRecipe, table: Table, r: ScoreNewResult): ReportSheet {
  const m = recipe.model;
  return aboutSheet('Score new rows with a saved model', [
    ['Analysis', `New rows scored with a saved ${modelKindName(r.modelKind)}: PD, predicted class, reasons, and drift (PSI) against the training rows`],
    ['Source', recipe.source ?? ''],
    ['Rows in selection', table.rowCount],
    ['Rows scored', r.rowsScored],
    ['Rows with blanks in model columns', r.rowsWithBlanks],
    ['Model source', recipe.modelSource],
    ['Model kind', modelKindName(r.modelKind)],
    ['Target', `'${m.target.column}' = '${m.target.positive}' is a default; '${m.target.negative}' is not`],
    ['Threshold', r.threshold],
    ['Model columns', m.columns.map((c) => c.name).join(', ')],
    ['Row key', recipe.rowKey ?? ''],
    ['Model saved by Segments', m.engineVersion],
  ]);
}
