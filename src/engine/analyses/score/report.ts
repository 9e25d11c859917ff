import { aboutSheet } from '../../report/about';
import type { ReportSheet, ReportTable } from '../../report/types';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import { MEASURE_LABELS } from './measures';
import type { ScoreRecipe } from './recipe';
import type { RowPart, ScoreResult } from './result';
import { modelChunks } from './saved-model';
import { scoredRowsTable } from './scored-rows-table';
import { describeThreshold } from './threshold';

const PROB = '0.0000';
const SHARE = '0.0%';
const NUMBER = '0.0000';
const COUNT = '#,##0';
const PART_LABEL: Record<RowPart, string> = { train: 'Training', test: 'Test', unlabelled: 'Scored only (no target)' };

/** Short sentences for the task pane and the CLI. */
export function scoreSummary(recipe: ScoreRecipe, r: ScoreResult): string[] {
  const cv = r.cv.auc;
  return [
    `${modelName(recipe)} predicting '${r.target.positive}' in '${r.target.column}' from ${r.features.length} columns; ${r.rowsTrain.toLocaleString('en-US')} training and ${r.rowsTest.toLocaleString('en-US')} test rows.`,
    `Cross-validated AUC ${cv.mean.toFixed(3)} ± ${cv.sd.toFixed(3)} (${recipe.folds} folds); test AUC ${r.test.auc.toFixed(3)}, Gini ${r.test.gini.toFixed(3)}, KS ${r.test.ks.toFixed(3)}.`,
    `At threshold ${r.threshold.toFixed(4)}: test recall ${r.test.recall.toFixed(3)}, precision ${r.test.precision.toFixed(3)}.`,
    ...(r.rowsUnlabelled > 0 ? [`${r.rowsUnlabelled} rows without a target value were scored but not trained on.`] : []),
  ];
}

export function scoreSheets(recipe: ScoreRecipe, table: Table, r: ScoreResult): ReportSheet[] {
  return [scoresSheet(recipe, table, r), modelSheet(r), validationSheet(recipe, r), rocSheet(r), decilesSheet(r), modelCard(recipe, table, r), savedModelSheet(r), about(recipe, table, r)];
}

function modelName(recipe: ScoreRecipe): string {
  const m = recipe.model;
  switch (m.kind) {
    case 'logistic':
      return `Logistic regression (${m.C === null ? 'no penalty' : `L2, C = ${m.C}`}${m.classWeight === 'balanced' ? ', balanced class weights' : ''})`;
    case 'scorecard':
      return `Scorecard (WoE bins, logistic ${m.C === null ? 'without penalty' : `L2 C = ${m.C}`}; ${m.baseScore} points at odds ${m.baseOdds}:1, ${m.pdo} points to double)`;
    case 'boosted':
      return `Gradient-boosted trees (learning rate ${m.learningRate}, up to ${m.maxIter} trees of ${m.maxLeafNodes} leaves, L2 ${m.l2Regularization}${m.classWeight === 'balanced' ? ', balanced class weights' : ''})`;
    default: {
      const unknown: never = m;
      throw new Error(`unknown model ${String(unknown)}`);
    }
  }
}

/** Every row scored, led by its key and actual class (see scoredRowsTable), with the part of the protocol it was in. */
function scoresSheet(recipe: ScoreRecipe, table: Table, r: ScoreResult): ReportSheet {
  const lead = [...(recipe.rowKey ? [recipe.rowKey] : []), recipe.target].map((n) => getColumn(table, n));
  const features = recipe.features.map((n) => getColumn(table, n));
  return {
    name: 'Scores',
    notes: [`Every row with its probability of default (PD), the class predicted at threshold ${r.threshold.toFixed(4)}, and the columns that raised its risk most (coefficient × (value − training mean)).`],
    tables: [scoredRowsTable('Scores', lead, features, { ...r, part: r.part.map((p) => PART_LABEL[p]) })],
    charts: [],
  };
}

function modelSheet(r: ScoreResult): ReportSheet {
  const tables: ReportTable[] = [];
  const notes: string[] = [];
  if (r.coefficients) {
    notes.push('Coefficients act on the log-odds of default. "Standardised" is per standard deviation of the feature (comparable across features); "per unit" is per unit of the source value, with its odds ratio. Standard errors and p-values exist for unpenalised fits only.');
    tables.push({
      name: 'Coefficients',
      columns: [{ name: 'Feature', format: '@' }, { name: 'Standardised coefficient', format: NUMBER }, { name: 'Std error', format: NUMBER }, { name: 'p-value', format: '0.0000' },
        { name: 'Coefficient per unit', format: '0.000000' }, { name: 'Odds ratio per unit', format: '0.000000' }, { name: 'Std error per unit', format: '0.000000' }],
      rows: [['(intercept)', r.intercept, null, null, null, null, null], ...r.coefficients.map((c) => [c.name, c.coef, c.stdErr, c.pValue, c.coefPerUnit, c.oddsRatioPerUnit, c.stdErrPerUnit])],
    });
  }
  if (r.scorecard) {
    notes.push('WoE = ln(share of goods / share of bads) per bin: positive bins are safer than average. A row scores the sum of its bins\' points; more points mean lower risk.');
    notes.push('Information value: < 0.02 useless, 0.02–0.1 weak, 0.1–0.3 medium, 0.3–0.5 strong, > 0.5 suspicious (check for leakage).');
    tables.push({
      name: 'Scorecard',
      columns: [{ name: 'Column', format: '@' }, { name: 'Bin', format: '@' }, { name: 'Rows', format: COUNT }, { name: 'Bads', format: COUNT }, { name: 'Goods', format: COUNT }, { name: 'Bad rate', format: SHARE }, { name: 'WoE', format: NUMBER }, { name: 'Points', format: '0.0' }],
      rows: r.scorecard.flatMap((s) => s.bins.map((b) => [s.column, b.label, b.count, b.bads, b.goods, b.badRate, b.woe, b.points])),
    });
    tables.push({
      name: 'InformationValue',
      title: 'Information value per column',
      columns: [{ name: 'Column', format: '@' }, { name: 'Information value', format: NUMBER }, { name: 'Reading', format: '@' }, { name: 'Coefficient on WoE', format: NUMBER }],
      rows: r.scorecard.map((s) => [s.column, s.iv, s.reading, s.coef]),
    });
  }
  if (r.boosting) {
    notes.push(`${r.boosting.trees} trees grown${r.boosting.stoppedEarly ? ', stopped early when the validation slice stopped improving' : ''}; each starts from log-odds ${r.intercept.toFixed(4)}. Importance is the total split gain of a feature over all trees.`);
  }
  const measure = r.scorecard ? 'Information value' : r.boosting ? 'Total split gain' : '|Standardised coefficient|';
  tables.push({ name: 'Importance', title: 'Feature importance', columns: [{ name: 'Feature', format: '@' }, { name: measure, format: NUMBER }], rows: r.importance.map((f) => [f.name, f.value]) });
  return { name: 'Model', notes, tables, charts: [{ type: 'bar', title: 'Feature importance', table: 'Importance', x: 'Feature', series: [measure] }] };
}

function validationSheet(recipe: ScoreRecipe, r: ScoreResult): ReportSheet {
  const c = r.confusion;
  return {
    name: 'Validation',
    notes: [
      `${recipe.folds}-fold stratified cross-validation on the ${r.rowsTrain.toLocaleString('en-US')} training rows (mean ± sample standard deviation over folds) beside the ${r.rowsTest.toLocaleString('en-US')}-row test part, which was used once, after every choice was made.`,
      `Threshold: ${describeThreshold(recipe.threshold, r.threshold)}; a row is predicted '${r.target.positive}' when its PD is at or above it.`,
    ],
    tables: [
      { name: 'Measures', columns: [{ name: 'Measure', format: '@' }, { name: 'CV mean', format: NUMBER }, { name: 'CV sd', format: NUMBER }, { name: 'Test', format: NUMBER }], rows: MEASURE_LABELS.map(([key, label]) => [label, r.cv[key].mean, r.cv[key].sd, r.test[key]]) },
      {
        name: 'Confusion', title: `Test confusion matrix at threshold ${r.threshold.toFixed(4)}`,
        columns: [{ name: 'Actual', format: '@' }, { name: `Predicted ${r.target.negative}`, format: COUNT }, { name: `Predicted ${r.target.positive}`, format: COUNT }],
        rows: [[r.target.negative, c.tn, c.fp], [r.target.positive, c.fn, c.tp]],
      },
    ],
    charts: [],
  };
}

function rocSheet(r: ScoreResult): ReportSheet {
  return {
    name: 'ROC',
    notes: [`ROC curve of the test part (AUC ${r.test.auc.toFixed(4)}). The diagonal is a model that ranks at random. The first threshold is max(PD) + 1, where nothing is predicted a default.`],
    tables: [{ name: 'RocCurve', columns: [{ name: 'False positive rate', format: PROB }, { name: 'True positive rate', format: PROB }, { name: 'Random', format: PROB }, { name: 'Threshold', format: PROB }], rows: r.roc.fpr.map((f, k) => [f, r.roc.tpr[k] as number, f, r.roc.thresholds[k] as number]) }],
    charts: [{ type: 'scatter', title: 'ROC curve (test part)', lines: true, markers: false, table: 'RocCurve', x: 'False positive rate', series: ['True positive rate', 'Random'], xAxisTitle: 'False positive rate (1 − specificity)', yAxisTitle: 'True positive rate (recall)' }],
  };
}

function decilesSheet(r: ScoreResult): ReportSheet {
  return {
    name: 'Deciles',
    notes: ['Test rows ranked by PD, highest first, in ten equal groups. Cumulative capture (gains) is the share of all defaults found down to that decile; lift compares the decile\'s default rate with the overall rate.'],
    tables: [
      {
        name: 'Gains',
        columns: [{ name: 'Decile', format: '0' }, { name: 'Rows', format: COUNT }, { name: 'Defaults', format: COUNT }, { name: 'Default rate', format: SHARE }, { name: 'Cumulative capture', format: SHARE }, { name: 'Lift', format: '0.00' }, { name: 'Lowest PD', format: PROB }, { name: 'Highest PD', format: PROB }],
        rows: r.deciles.map((d) => [d.decile, d.count, d.positives, d.rate, d.cumulativeCapture, d.lift, d.minScore, d.maxScore]),
      },
      { name: 'Calibration', title: 'Calibration: mean PD against the observed default rate', columns: [{ name: 'Decile', format: '0' }, { name: 'Rows', format: COUNT }, { name: 'Mean PD', format: SHARE }, { name: 'Observed default rate', format: SHARE }], rows: r.calibration.map((c) => [c.decile, c.count, c.meanPredicted, c.observedRate]) },
    ],
    charts: [
      { type: 'line', title: 'Gains: share of defaults captured', table: 'Gains', x: 'Decile', series: ['Cumulative capture'], xAxisTitle: 'Decile (1 = highest PD)', yAxisTitle: 'Share of defaults' },
      { type: 'column', title: 'Lift by decile', table: 'Gains', x: 'Decile', series: ['Lift'], xAxisTitle: 'Decile (1 = highest PD)', yAxisTitle: 'Lift' },
      { type: 'line', title: 'Calibration by decile', table: 'Calibration', x: 'Decile', series: ['Mean PD', 'Observed default rate'], xAxisTitle: 'Decile (1 = highest PD)', yAxisTitle: 'Default rate' },
    ],
  };
}

function modelCard(recipe: ScoreRecipe, table: Table, r: ScoreResult): ReportSheet {
  const labelled = r.rowsTrain + r.rowsTest;
  const rate = (r.confusion.fn + r.confusion.tp) / r.rowsTest;
  const limitations = [
    'Trained on the selected history only: it predicts well only for applicants like those in it, and its PDs drift as the population changes; check the PSI when scoring new rows.',
    'Validation numbers come from one split of this data; the CV spread shows how much they move.',
    'Reasons show association in this model, not cause. Review the features for fairness and for information not known at application time.',
    ...(r.test.auc > 0.95 ? ['A test AUC above 0.95 is unusual for credit data: check that no feature gives the outcome away.'] : []),
  ];
  return {
    name: 'Model card',
    notes: ['What this model is, what it was trained on, how well it did, and where not to trust it. The date is the run date written with the sheets.'],
    tables: [{
      name: 'ModelCard',
      columns: [{ name: 'Item', format: '@' }, { name: 'Value', format: '@' }],
      rows: [
        ['Model', modelName(recipe)],
        ['Data', `${recipe.source ?? 'the selection'}: ${table.rowCount.toLocaleString('en-US')} rows, ${labelled.toLocaleString('en-US')} with a target (${r.rowsTrain.toLocaleString('en-US')} training, ${r.rowsTest.toLocaleString('en-US')} test)`],
        ['Target', `'${r.target.column}' = '${r.target.positive}' is a default; '${r.target.negative}' is not. Test default rate ${(rate * 100).toFixed(1)}%.`],
        ['Features', r.features.join(', ')],
        ['Cross-validated AUC', `${r.cv.auc.mean.toFixed(4)} ± ${r.cv.auc.sd.toFixed(4)} (${recipe.folds} folds)`],
        ['Test AUC / Gini / KS', `${r.test.auc.toFixed(4)} / ${r.test.gini.toFixed(4)} / ${r.test.ks.toFixed(4)}`],
        ['Test log loss / Brier', `${r.test.logLoss.toFixed(4)} / ${r.test.brier.toFixed(4)}`],
        ['Threshold', describeThreshold(recipe.threshold, r.threshold)],
        ...limitations.map((l, k): [string, string] => [`Limitation ${k + 1}`, l]),
      ],
    }],
    charts: [],
  };
}

function savedModelSheet(r: ScoreResult): ReportSheet {
  return {
    name: 'Saved model',
    notes: ['The fitted model as JSON, in pieces that each fit a cell. Joined in order, it scores new rows with the same columns. Do not edit.'],
    tables: [{ name: 'SavedModel', columns: [{ name: 'Piece', format: '0' }, { name: 'JSON', format: '@' }], rows: modelChunks(r.savedModel).map((chunk, k) => [k + 1, chunk]) }],
    charts: [],
  };
}

function about(recipe: ScoreRecipe, table: Table, r: ScoreResult): ReportSheet {
  return aboutSheet('Credit-default scoring', [
    ['Analysis', modelName(recipe)],
    ['Source', recipe.source ?? ''],
    ['Rows in selection', table.rowCount],
    ['Target', `${recipe.target} (default = '${r.target.positive}')`],
    ['Row key', recipe.rowKey ?? ''],
    ['Features', recipe.features.join(', ')],
    ['Missing values', recipe.missing],
    ['One-hot encoding', recipe.oneHot],
    ['Scaling', recipe.scaling],
    ['Test part', recipe.testRows ? `${recipe.testRows.length} rows named in the recipe` : `stratified ${recipe.testSize * 100}%`],
    ['Cross-validation folds', recipe.folds],
    ['Seed', recipe.seed],
    ['Threshold', describeThreshold(recipe.threshold, r.threshold)],
  ]);
}
