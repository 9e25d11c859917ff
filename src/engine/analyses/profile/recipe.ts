import type { Problem } from '../../problem';
import { fieldReader } from '../../recipe/fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import { CORRELATION_METHODS, type CorrelationMethod } from '../../stats/correlation';
import type { Table } from '../../table/types';

/** A first look at a selection: every default filled in, so the stored recipe says exactly what ran. */
export interface ProfileRecipe extends RecipeBase {
  readonly kind: 'profile';
  /** The columns to profile, or 'all' of the selection. */
  readonly columns: readonly string[] | 'all';
  readonly correlation: CorrelationMethod;
  /** A flag to explain (churn, default), or null for none. */
  readonly target: string | null;
  /** The target's value that counts as the event ("Yes", 1, "bad"); null: guessed from the values. */
  readonly positive: string | number | boolean | null;
  /** Most frequent values listed per text column. */
  readonly topValues: number;
  /** Most bins a histogram may have (Freedman–Diaconis usually asks for fewer). */
  readonly maxBins: number;
  /** Equal-count bins of a numeric column when relating it to the target. */
  readonly targetBins: number;
}

export const PROFILE_DEFAULTS = {
  columns: 'all',
  correlation: 'pearson',
  target: null,
  positive: null,
  topValues: 5,
  maxBins: 50,
  targetBins: 5,
} as const;

/** Check a raw profile recipe against the table; every problem is reported, not just the first. */
export function validateProfile(raw: unknown, table: Table): Validated<ProfileRecipe> {
  const f = fieldReader(raw, 'profile');
  const problems: Problem[] = f.problems;
  const known = (name: string): void => void f.column(table, name);
  const rawColumns = f.raw('columns');
  let columns: readonly string[] | 'all' = PROFILE_DEFAULTS.columns;
  if (Array.isArray(rawColumns) && rawColumns.length > 0 && rawColumns.every((c) => typeof c === 'string')) {
    columns = rawColumns as string[];
    columns.forEach(known);
  } else if (rawColumns !== undefined && rawColumns !== 'all') {
    problems.push({ code: 'recipe-field', message: `Recipe field 'columns' is ${JSON.stringify(rawColumns)}; it must be "all" or a non-empty list of column names.` });
  }
  const rawTarget = f.raw('target');
  let target: string | null = null;
  if (typeof rawTarget === 'string') {
    target = rawTarget;
    known(rawTarget);
  } else if (rawTarget !== undefined && rawTarget !== null) {
    problems.push({ code: 'recipe-field', message: `Recipe field 'target' is ${JSON.stringify(rawTarget)}; it must be the name of a column (a flag such as churn or default).` });
  }
  const rawPositive = f.raw('positive');
  let positive: string | number | boolean | null = null;
  if (typeof rawPositive === 'string' || typeof rawPositive === 'number' || typeof rawPositive === 'boolean') positive = rawPositive;
  else if (rawPositive !== undefined && rawPositive !== null) {
    problems.push({ code: 'recipe-field', message: `Recipe field 'positive' is ${JSON.stringify(rawPositive)}; it must be the target value that counts as the event, such as "Yes" or 1.` });
  }
  if (positive !== null && target === null) problems.push({ code: 'recipe-field', message: `Recipe field 'positive' needs a 'target' column to apply to; add "target" or remove "positive".` });
  const source = f.raw('source');
  const recipe: ProfileRecipe = {
    kind: 'profile',
    ...(typeof source === 'string' ? { source } : {}),
    columns,
    correlation: f.choice('correlation', CORRELATION_METHODS, PROFILE_DEFAULTS.correlation),
    target,
    positive,
    topValues: f.integer('topValues', 1, 50, PROFILE_DEFAULTS.topValues),
    maxBins: f.integer('maxBins', 2, 200, PROFILE_DEFAULTS.maxBins),
    targetBins: f.integer('targetBins', 2, 20, PROFILE_DEFAULTS.targetBins),
  };
  f.rejectUnknown();
  return problems.length > 0 ? { ok: false, problems } : { ok: true, recipe };
}
