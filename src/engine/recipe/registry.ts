import { dbscanAnalysis } from '../analyses/dbscan';
import { hierarchicalAnalysis } from '../analyses/hierarchical';
import { kmeansAnalysis } from '../analyses/kmeans';
import { profileAnalysis } from '../analyses/profile';
import { rfmAnalysis } from '../analyses/rfm';
import { scoreAnalysis } from '../analyses/score';
import { scoreNewAnalysis } from '../analyses/score-new';
import { InputError, type Problem } from '../problem';
import type { Report } from '../report/types';
import type { Table } from '../table/types';
import type { Analysis, RecipeBase, ResultColumn, RowBands, RunContext } from './types';

/** Every analysis the product offers. A new analysis is a new module plus one line here. */
const ANALYSES: readonly Analysis<RecipeBase, unknown>[] = [kmeansAnalysis, hierarchicalAnalysis, dbscanAnalysis, rfmAnalysis, scoreAnalysis, scoreNewAnalysis, profileAnalysis];

export function analysisKinds(): string[] {
  return ANALYSES.map((a) => a.kind);
}

export function findAnalysis(kind: unknown): Analysis<RecipeBase, unknown> | undefined {
  return ANALYSES.find((a) => a.kind === kind);
}

/**
 * The recipe to re-run a recorded run with, given the report of that run recomputed on its recorded data:
 * the analysis's rerunRecipe hook, or the recipe as it was.
 * @example recipeForRerun(kmeansReport.recipe, kmeansReport) // { ...recipe, previousClusters: { features, centroids } }
 */
export function recipeForRerun(recipe: unknown, previous: Report): unknown {
  const analysis = findAnalysis((previous.recipe as { kind?: unknown }).kind);
  return analysis?.rerunRecipe ? analysis.rerunRecipe(recipe as RecipeBase, previous as Report<unknown, RecipeBase>) : recipe;
}

/** The report's bands per row or customer for comparing re-runs (Analysis.rowBands), or null when its analysis has none. */
export function rowBands(report: Report): RowBands | null {
  const analysis = findAnalysis((report.recipe as { kind?: unknown }).kind);
  return analysis?.rowBands ? analysis.rowBands(report as Report<unknown, RecipeBase>) : null;
}

/** The column the report's analysis appends beside the source (Analysis.resultColumn), or undefined when it has none. */
export function resultColumnOf(report: Report, table: Table): ResultColumn | undefined {
  const analysis = findAnalysis((report.recipe as { kind?: unknown }).kind);
  return analysis?.resultColumn?.(report as Report<unknown, RecipeBase>, table);
}

export type RunOutcome = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Validate a raw recipe and run it on a table. Bad input comes back as problems a person can act on;
 * only bugs throw.
 */
export function runRecipe(raw: unknown, table: Table, context?: RunContext): RunOutcome {
  const kind = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown }).kind : undefined;
  const analysis = findAnalysis(kind);
  if (!analysis) {
    return { ok: false, problems: [{ code: 'unknown-kind', message: `The recipe's kind is ${JSON.stringify(kind)}; it must be one of ${analysisKinds().map((k) => `"${k}"`).join(', ')}.` }] };
  }
  const validated = analysis.validate(raw, table);
  if (!validated.ok) return validated;
  try {
    return { ok: true, report: analysis.run(validated.recipe, table, context) };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, problems: e.problems };
    throw e;
  }
}
