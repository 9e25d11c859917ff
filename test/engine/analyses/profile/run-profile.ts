import { readFileSync } from 'node:fs';
import { readCsv } from '../../../../src/cli/read-csv';
import { profileAnalysis, type ProfileRecipe, type ProfileResult } from '../../../../src/engine/analyses/profile';
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

/** Validate and run a profile recipe; a bad recipe fails the test with its problems. */
export function profile(table: Table, recipe: object = {}): Report<ProfileResult, ProfileRecipe> {
  const validated = profileAnalysis.validate({ kind: 'profile', ...recipe }, table);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
  return profileAnalysis.run(validated.recipe, table);
}

/** The problems a recipe gets, from validation or from the run. */
export function profileProblems(table: Table, recipe: object = {}): readonly Problem[] {
  const validated = profileAnalysis.validate({ kind: 'profile', ...recipe }, table);
  if (!validated.ok) return validated.problems;
  try {
    profileAnalysis.run(validated.recipe, table);
  } catch (e) {
    const problems = (e as { problems?: readonly Problem[] }).problems;
    if (problems) return problems;
    throw e;
  }
  throw new Error('expected problems');
}
