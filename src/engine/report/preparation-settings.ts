import type { Prepared } from '../prep/types';
import type { PrepFields } from '../recipe/prep-fields';
import type { RecipeBase } from '../recipe/types';
import type { Table } from '../table/types';
import type { ReportCell } from './types';

/**
 * The About-sheet rows every analysis on a feature matrix shares: the source, rows used and left out
 * (per column, with the first cell), the columns and features, and how they were prepared.
 */
export function preparationSettings(recipe: RecipeBase & PrepFields, table: Table, prep: Prepared): [string, ReportCell][] {
  const dropped = prep.dropped.byColumn.map((d) => `${d.column}: ${d.count} (first at ${d.firstCell})`).join('; ');
  return [
    ['Source', recipe.source ?? ''],
    ['Rows in selection', table.rowCount],
    ['Rows clustered', prep.X.rows],
    ['Rows left out (missing values)', prep.dropped.count],
    ...(dropped ? [['Missing values by column', dropped] as [string, ReportCell]] : []),
    ['Columns', recipe.columns.join(', ')],
    ['Features after encoding', prep.features.map((f) => f.name).join(', ')],
    ['Scaling', recipe.scaling],
    ['Missing values', recipe.missing],
    ['log1p', Array.isArray(recipe.log1p) ? recipe.log1p.join(', ') : String(recipe.log1p)],
  ];
}
