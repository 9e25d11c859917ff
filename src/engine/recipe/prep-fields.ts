import { MISSING_POLICIES, SCALINGS, type MissingPolicy, type Scaling } from '../prep/types';
import type { Table } from '../table/types';
import type { FieldReader } from './fields';

/** The fields every analysis on a feature matrix shares: which columns, and how they are prepared (engine/prep). */
export interface PrepFields {
  readonly columns: readonly string[];
  readonly scaling: Scaling;
  readonly missing: MissingPolicy;
  /** true: log1p the right-skewed non-negative columns; or the columns to log1p. */
  readonly log1p: boolean | readonly string[];
}

export const PREP_DEFAULTS = { scaling: 'standard', missing: 'drop', log1p: false } as const;

/** Read and check the shared preparation fields; problems are recorded on the reader. */
export function readPrepFields(f: FieldReader, table: Table): PrepFields {
  const columns = f.strings('columns');
  for (const name of columns) f.column(table, name);
  const raw = f.raw('log1p');
  let log1p: boolean | readonly string[] = PREP_DEFAULTS.log1p;
  if (typeof raw === 'boolean' || (Array.isArray(raw) && raw.every((s) => typeof s === 'string'))) log1p = raw;
  else if (raw !== undefined) f.problems.push({ code: 'recipe-field', message: `Recipe field 'log1p' is ${JSON.stringify(raw)}; it must be true, false or a list of column names.` });
  return {
    columns,
    scaling: f.choice('scaling', SCALINGS, PREP_DEFAULTS.scaling),
    missing: f.choice('missing', MISSING_POLICIES, PREP_DEFAULTS.missing),
    log1p,
  };
}
