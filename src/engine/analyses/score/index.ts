import { logisticFormulaSheet } from '../../formulas/logistic-formulas';
import { scorecardFormulaSheet } from '../../formulas/scorecard-formulas';
import { fail } from '../../problem';
import type { Analysis } from '../../recipe/types';
import { validateScore, type ScoreRecipe } from './recipe';
import type { ScoreResult } from './result';
import { runScore } from './run';
import { pdColumn, predictedClassBands } from './scored-rows-table';

export type { ScoreRecipe } from './recipe';
export type { ScoreResult } from './result';
export { scoreNewRows, parseSavedModel, type SavedModel, type NewRowScores } from './saved-model';

export const scoreAnalysis: Analysis<ScoreRecipe, ScoreResult> = {
  kind: 'score',
  title: 'Credit-default scoring',
  validate: validateScore,
  run: runScore,
  liveFormulaSheet: (report, table) => {
    const model = report.result.savedModel.model;
    if (model.kind === 'boosted') return fail('no-live-formulas', 'Live formulas score credit with the logistic model or the scorecard, not with boosted trees; choose one of those or run without live formulas.');
    return model.kind === 'logistic' ? logisticFormulaSheet(model, table) : scorecardFormulaSheet(model, table);
  },
  rowBands: ({ result }) => predictedClassBands(result),
  resultColumn: ({ result }, table) => pdColumn(result, table),
};
