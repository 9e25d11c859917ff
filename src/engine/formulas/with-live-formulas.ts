import { fail } from '../problem';
import { analysisKinds, findAnalysis } from '../recipe/registry';
import type { RecipeBase } from '../recipe/types';
import type { Report, ReportSheet } from '../report/types';
import type { Table } from '../table/types';

/** Kinds whose analysis can build a live-formula sheet (k-means; credit scoring with logistic or scorecard). */
export function liveFormulaKinds(): string[] {
  return analysisKinds().filter((kind) => findAnalysis(kind)?.liveFormulaSheet !== undefined);
}

/**
 * The report with a "Score new rows" sheet added before its About sheet: the fitted parameters in a visible
 * Model table and the source rows with formulas that score them as the engine did, using only functions of
 * Excel 2016 (no XLOOKUP, LET, LAMBDA or dynamic arrays). Each analysis builds its own sheet
 * (Analysis.liveFormulaSheet); the recipe stays as it was, so a re-run reproduces the same numbers with or
 * without it. `table` is the table the report was computed from.
 * @example withLiveFormulas(kmeansReport, table).sheets.map((s) => s.name) // [..., 'Score new rows', 'About']
 */
export function withLiveFormulas(report: Report, table: Table): Report {
  const kind = (report.recipe as { kind?: unknown }).kind;
  const build = findAnalysis(kind)?.liveFormulaSheet;
  if (!build) return fail('no-live-formulas', `Live formulas are available for ${liveFormulaKinds().join(', ')}, not for '${String(kind)}'; run it without live formulas.`);
  // The kind matched, so the report's recipe is the one that analysis validated.
  return insertBeforeAbout(report, build(report as Report<unknown, RecipeBase>, table));
}

function insertBeforeAbout(report: Report, sheet: ReportSheet): Report {
  const about = report.sheets.findIndex((s) => s.name === 'About');
  const at = about < 0 ? report.sheets.length : about;
  return { ...report, sheets: [...report.sheets.slice(0, at), sheet, ...report.sheets.slice(at)] };
}
