import { readFileSync } from 'node:fs';
import { readCsv } from '../../../../src/cli/read-csv';
import { scoreAnalysis, type ScoreRecipe, type ScoreResult } from '../../../../src/engine/analyses/score';
import type { Problem } from '../../../../src/engine/problem';
import type { Report } from '../../../../src/engine/report/types';
import { buildTable } from '../../../../src/engine/table/build';
import type { Table } from '../../../../src/engine/table/types';
import { sharedPath } from '../../../shared';

/** A shared dataset read as Excel would hand it over. */
export function datasetTable(file: string): Table {
  const cells = readCsv(readFileSync(sharedPath('datasets', file), 'utf8'));
  return buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
}

/** A small table from a header and rows, as office-js would give the cells. */
export function toyTable(header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): Table {
  return buildTable([header, ...rows], { header: true });
}

/** Validate and run a score recipe; a bad recipe fails the test with its problems. */
export function score(table: Table, recipe: object): Report<ScoreResult, ScoreRecipe> {
  const validated = scoreAnalysis.validate({ kind: 'score', ...recipe }, table);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
  return scoreAnalysis.run(validated.recipe, table);
}

/** The problems a recipe gets, from validation or from the run. */
export function scoreProblems(table: Table, recipe: object): readonly Problem[] {
  const validated = scoreAnalysis.validate({ kind: 'score', ...recipe }, table);
  if (!validated.ok) return validated.problems;
  try {
    scoreAnalysis.run(validated.recipe, table);
  } catch (e) {
    const problems = (e as { problems?: readonly Problem[] }).problems;
    if (problems) return problems;
    throw e;
  }
  throw new Error('expected problems');
}
