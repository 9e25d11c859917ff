import { calibrationByDecile } from '../../classify/calibration';
import { decileTable } from '../../classify/decile-table';
import { rocCurve } from '../../classify/roc-curve';
import type { Problem } from '../../problem';
import type { RunContext } from '../../recipe/types';
import type { Report } from '../../report/types';
import type { Table } from '../../table/types';
import { VERSION } from '../../version';
import { readTarget } from './detect-target';
import { explainModel, fitModel, predictModel, type FittedModel } from './model';
import { summariseModel } from './model-summary';
import { topReasons } from './reasons';
import type { ScoreRecipe } from './recipe';
import { scoreSheets, scoreSummary } from './report';
import type { RowPart, ScoreResult } from './result';
import { saveModel } from './saved-model';
import { validateModel, type Learner } from './validate-model';

/**
 * Read the target, run the validation protocol (test part held out, k-fold CV on the rest, test touched once),
 * score every row with the model fitted on the training part, and build the report: Scores, Model, Validation,
 * ROC, Deciles, Model card, Saved model, About.
 */
export function runScore(recipe: ScoreRecipe, table: Table, context: RunContext = {}): Report<ScoreResult, ScoreRecipe> {
  const progress = context.onProgress ?? (() => undefined);
  progress({ phase: 'Reading the target', fraction: 0 });
  const target = readTarget(table, recipe.target, recipe.positive);
  const y = target.y;
  const labelled = Uint32Array.from({ length: table.rowCount }, (_, i) => i).filter((i) => (y[i] as number) >= 0);
  const fits = recipe.folds + 1;
  let fitted = 0;
  const learner: Learner<{ model: FittedModel; warnings: Problem[] }> = {
    fit: (rows) => {
      progress({ phase: fitted < recipe.folds ? `Cross-validation fold ${fitted + 1} of ${recipe.folds}` : 'Fitting the final model', fraction: (fitted++ / fits) * 0.9 });
      return fitModel(recipe.model, recipe, table, recipe.features, y, rows, recipe.seed);
    },
    predict: (m, rows) => predictModel(m.model, table, rows).pd,
  };
  const validation = validateModel(y, labelled, learner, recipe, () => context.isCancelled?.() ?? false);
  const { model, warnings } = validation.model;

  progress({ phase: 'Scoring every row', fraction: 0.9 });
  const all = predictModel(model, table);
  const why = explainModel(model, table);
  const part: RowPart[] = Array.from({ length: table.rowCount }, (_, i) => ((y[i] as number) < 0 ? 'unlabelled' : 'train'));
  validation.testRows.forEach((r) => (part[r] = 'test'));
  const testY = Uint8Array.from(validation.testRows, (r) => y[r] as number);
  const roc = rocCurve(testY, validation.testPd);
  const summary = summariseModel(model);
  const result: ScoreResult = {
    pd: Array.from(all.pd),
    predicted: Array.from(all.pd, (p) => (p >= validation.threshold ? 1 : 0)),
    points: all.points ? Array.from(all.points) : null,
    reasons: topReasons(why.contributions, why.columns),
    part,
    target: { column: target.column, positive: target.positive, negative: target.negative, missing: target.missing },
    rowKey: recipe.rowKey,
    features: recipe.features,
    model: model.kind,
    ...summary,
    threshold: validation.threshold,
    cv: validation.cv,
    folds: validation.folds,
    test: validation.test,
    confusion: validation.testConfusion,
    roc: { fpr: Array.from(roc.fpr), tpr: Array.from(roc.tpr), thresholds: Array.from(roc.thresholds) },
    deciles: decileTable(testY, validation.testPd),
    calibration: calibrationByDecile(testY, validation.testPd),
    rowsTrain: validation.trainRows.length,
    rowsTest: validation.testRows.length,
    rowsUnlabelled: target.missing,
    savedModel: saveModel(model, { column: target.column, positive: target.positive, negative: target.negative }, validation.threshold, table, validation.trainRows),
  };
  const notes: Problem[] = target.missing > 0
    ? [{ code: 'target-blank', column: target.column, message: `${target.missing} rows have no value in target column '${target.column}'; they are scored but not used for training or testing.` }]
    : [];
  progress({ phase: 'Building the report', fraction: 1 });
  return {
    recipe,
    version: VERSION,
    summary: scoreSummary(recipe, result),
    warnings: [...table.warnings, ...notes, ...warnings],
    sheets: scoreSheets(recipe, table, result),
    result,
  };
}
