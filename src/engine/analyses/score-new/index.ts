import type { Analysis } from '../../recipe/types';
import { validateScoreNew, type ScoreNewRecipe } from './recipe';
import type { ScoreNewResult } from './result';
import { runScoreNew } from './run';
import { pdColumn, predictedClassBands } from '../score/scored-rows-table';

export type { ScoreNewRecipe } from './recipe';
export type { ScoreNewResult } from './result';
export { validateScoreNew } from './recipe';

/** Score new rows with a model saved by a credit-scoring run: PD, predicted class and reasons per row, and drift (PSI) against its training rows. */
export const scoreNewAnalysis: Analysis<ScoreNewRecipe, ScoreNewResult> = {
  kind: 'score-new',
  title: 'Score new rows with a saved model',
  validate: validateScoreNew,
  run: runScoreNew,
  rowBands: ({ result }) => predictedClassBands(result),
  resultColumn: ({ result }, table) => pdColumn(result, table),
};
