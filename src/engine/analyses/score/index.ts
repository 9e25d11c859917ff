import type { Analysis } from '../../recipe/types';
import { validateScore, type ScoreRecipe } from './recipe';
import type { ScoreResult } from './result';
import { runScore } from './run';

export type { ScoreRecipe } from './recipe';
export type { ScoreResult } from './result';
export { scoreNewRows, parseSavedModel, type SavedModel, type NewRowScores } from './saved-model';

export const scoreAnalysis: Analysis<ScoreRecipe, ScoreResult> = {
  kind: 'score',
  title: 'Credit-default scoring',
  validate: validateScore,
  run: runScore,
};
