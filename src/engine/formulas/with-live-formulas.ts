import type { KMeansRecipe } from '../analyses/kmeans/recipe';
import type { KMeansRunResult } from '../analyses/kmeans/result';
import type { ScoreResult } from '../analyses/score/result';
import { fail } from '../problem';
import { prepare } from '../prep/prepare';
import type { Report, ReportSheet } from '../report/types';
import type { Table } from '../table/types';
import { kmeansFormulaSheet } from './kmeans-formulas';
import { logisticFormulaSheet } from './logistic-formulas';
import { scorecardFormulaSheet } from './scorecard-formulas';

/** Analyses that can score new rows with plain formulas (score: the logistic model and the scorecard, not boosted trees). */
export const LIVE_FORMULA_KINDS = ['kmeans', 'score'] as const;

/**
 * The report with a "Score new rows" sheet added before its About sheet: the fitted parameters in a visible
 * Model table and the source rows with formulas that score them as the engine did, using only functions of
 * Excel 2016 (no XLOOKUP, LET, LAMBDA or dynamic arrays). The add-in asks for it with the write option
 * `liveFormulas`; the recipe stays as it was, so a re-run reproduces the same numbers with or without it.
 * `table` is the table the report was computed from.
 * @example withLiveFormulas(kmeansReport, table).sheets.map((s) => s.name) // [..., 'Score new rows', 'About']
 */
export function withLiveFormulas(report: Report, table: Table): Report {
  const recipe = report.recipe as { kind?: unknown };
  switch (recipe.kind) {
    case 'kmeans': {
      const prep = prepare(table, report.recipe as KMeansRecipe);
      return insertBeforeAbout(report, kmeansFormulaSheet(prep.features, (report.result as KMeansRunResult).centroids, table));
    }
    case 'score': {
      const model = (report.result as ScoreResult).savedModel.model;
      if (model.kind === 'boosted') return fail('no-live-formulas', 'Live formulas score credit with the logistic model or the scorecard, not with boosted trees; choose one of those or run without live formulas.');
      return insertBeforeAbout(report, model.kind === 'logistic' ? logisticFormulaSheet(model, table) : scorecardFormulaSheet(model, table));
    }
    default:
      return fail('no-live-formulas', `Live formulas are available for ${LIVE_FORMULA_KINDS.join(', ')}, not for '${String(recipe.kind)}'; run it without live formulas.`);
  }
}

function insertBeforeAbout(report: Report, sheet: ReportSheet): Report {
  const about = report.sheets.findIndex((s) => s.name === 'About');
  const at = about < 0 ? report.sheets.length : about;
  return { ...report, sheets: [...report.sheets.slice(0, at), sheet, ...report.sheets.slice(at)] };
}
