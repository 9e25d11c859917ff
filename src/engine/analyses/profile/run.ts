import { RunCancelled, type RunContext } from '../../recipe/types';
import type { Report } from '../../report/types';
import { getColumn } from '../../table/get-column';
import type { Column, Table } from '../../table/types';
import { VERSION } from '../../version';
import { profileColumn } from './column-profile';
import { profileCorrelations } from './correlations';
import { profileHistograms } from './distributions';
import type { ProfileRecipe } from './recipe';
import { profileSheets, profileSummary } from './report';
import type { ProfileResult } from './result';
import { suggest } from './suggestions';
import { profileTarget, type ProfiledColumn } from './target';

/**
 * Profile every chosen column, correlate the numeric ones, relate them to the target when there is one, and
 * suggest what to clean. The report has Profile, Correlations, Distributions, Target (with a target) and About.
 */
export function runProfile(recipe: ProfileRecipe, table: Table, context: RunContext = {}): Report<ProfileResult, ProfileRecipe> {
  const progress = context.onProgress ?? (() => undefined);
  const cancelled = (): void => {
    if (context.isCancelled?.()) throw new RunCancelled();
  };
  const columns: readonly Column[] = recipe.columns === 'all' ? table.columns : recipe.columns.map((name) => getColumn(table, name));
  const profiled: ProfiledColumn[] = [];
  columns.forEach((column, j) => {
    if (j % 64 === 0) {
      cancelled();
      progress({ phase: `Profiling column ${j + 1} of ${columns.length}`, fraction: (0.6 * j) / columns.length });
    }
    profiled.push({ column, ...profileColumn(column, recipe.topValues, table.rowCount) });
  });
  const profiles = profiled.map((p) => p.profile);

  cancelled();
  progress({ phase: 'Correlating numeric columns', fraction: 0.6 });
  const correlation = profileCorrelations(columns, profiles, recipe.correlation);

  const { histograms, leftOut } = profileHistograms(profiled, recipe.maxBins);

  cancelled();
  progress({ phase: 'Relating columns to the target', fraction: 0.8 });
  const targetColumn = recipe.target === null ? null : getColumn(table, recipe.target);
  const target = targetColumn === null ? null : profileTarget(targetColumn, profiled.filter((p) => p.column !== targetColumn), recipe.positive, recipe.targetBins, table.rowCount);

  const result: ProfileResult = {
    rowCount: table.rowCount,
    columns: profiles,
    correlation,
    histograms,
    histogramsLeftOut: leftOut,
    target,
    suggestions: suggest(profiles, correlation, target),
  };
  progress({ phase: 'Building the report', fraction: 1 });
  return { recipe, version: VERSION, summary: profileSummary(result), warnings: table.warnings, sheets: profileSheets(recipe, table, result), result };
}
