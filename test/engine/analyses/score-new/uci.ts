import { readFileSync } from 'node:fs';
import { readCsv } from '../../../../src/cli/read-csv';
import { scoreNewAnalysis, type ScoreNewRecipe, type ScoreNewResult } from '../../../../src/engine/analyses/score-new';
import type { Problem } from '../../../../src/engine/problem';
import { runRecipe } from '../../../../src/engine/recipe/registry';
import type { Report } from '../../../../src/engine/report/types';
import { buildTable } from '../../../../src/engine/table/build';
import type { Table } from '../../../../src/engine/table/types';

export const TARGET = 'default.payment.next.month';
const LINES = readFileSync('samples/uci_credit_card_default_3000.csv', 'utf8').trim().split('\n');

/**
 * Data rows (0-based, below the header) of the 3,000-row UCI credit-card sample as their own selection,
 * header included: what a person selecting those rows would hand over.
 */
export function uciRows(rows: readonly number[]): Table {
  const cells = readCsv([LINES[0] as string, ...rows.map((r) => LINES[r + 1] as string)].join('\n'));
  return buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
}

/** Data rows from (inclusive) to (exclusive). */
export function uciRange(from: number, to: number): Table {
  return uciRows(Array.from({ length: to - from }, (_, i) => from + i));
}

/** Validate and run a score-new recipe; a bad recipe fails the test with its problems. */
export function scoreNew(table: Table, recipe: object): Report<ScoreNewResult, ScoreNewRecipe> {
  const validated = scoreNewAnalysis.validate({ kind: 'score-new', ...recipe }, table);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
  return scoreNewAnalysis.run(validated.recipe, table);
}

/** The problems a score-new recipe gets through the registry, as the task pane and the CLI see them; [] when it runs. */
export function scoreNewProblems(table: Table, recipe: object): readonly Problem[] {
  const outcome = runRecipe({ kind: 'score-new', ...recipe }, table);
  return outcome.ok ? [] : outcome.problems;
}

/** The table with one numeric column's values mapped, everything else shared. */
export function mapColumn(table: Table, name: string, f: (v: number) => number): Table {
  return { ...table, columns: table.columns.map((c) => (c.name === name && c.type !== 'text' ? { ...c, values: c.values.map(f) } : c)) };
}
