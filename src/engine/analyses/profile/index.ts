import type { Analysis } from '../../recipe/types';
import { validateProfile, type ProfileRecipe } from './recipe';
import type { ProfileResult } from './result';
import { runProfile } from './run';

export type { ProfileRecipe } from './recipe';
export type { ProfileResult, ColumnProfile, CorrelationResult, TargetProfile, TargetRelation, Suggestion } from './result';

export const profileAnalysis: Analysis<ProfileRecipe, ProfileResult> = {
  kind: 'profile',
  title: 'Data profile',
  validate: validateProfile,
  run: runProfile,
};
