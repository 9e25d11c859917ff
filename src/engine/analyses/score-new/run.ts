import type { Problem } from '../../problem';
import type { RunContext } from '../../recipe/types';
import type { Report } from '../../report/types';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import { VERSION } from '../../version';
import { scoreNewRows } from '../score/saved-model';
import type { ScoreNewRecipe } from './recipe';
import { scoreNewSheets, scoreNewSummary } from './report';
import type { ScoreNewResult } from './result';

/**
 * Score every row of the new selection with the saved model (PD, class at the saved threshold, points, reasons),
 * measure drift against its training rows, and build the New scores, Drift and About sheets.
 */
export function runScoreNew(recipe: ScoreNewRecipe, table: Table, context: RunContext = {}): Report<ScoreNewResult, ScoreNewRecipe> {
  const progress = context.onProgress ?? (() => undefined);
  progress({ phase: 'Scoring the new rows', fraction: 0 });
  const saved = recipe.model;
  const scores = scoreNewRows(saved, table);
  const blanks = blanksInModelColumns(table, saved.columns.map((c) => c.name));
  const result: ScoreNewResult = {
    ...scores,
    rowsScored: table.rowCount,
    rowsWithBlanks: blanks.rows,
    threshold: saved.threshold,
    target: saved.target,
    modelKind: saved.model.kind,
    rowKey: recipe.rowKey,
  };
  progress({ phase: 'Building the report', fraction: 1 });
  return {
    recipe,
    version: VERSION,
    summary: scoreNewSummary(recipe, result),
    warnings: [...table.warnings, ...blanks.warnings],
    sheets: scoreNewSheets(recipe, table, result),
    result,
  };
}

/** How many rows have a blank in some model column, and a warning per column with blanks. */
function blanksInModelColumns(table: Table, names: readonly string[]): { rows: number; warnings: Problem[] } {
  const any = new Uint8Array(table.rowCount);
  const warnings: Problem[] = [];
  for (const name of names) {
    const c = getColumn(table, name);
    let count = 0;
    for (let r = 0; r < table.rowCount; r++) {
      const blank = c.type === 'text' ? c.values[r] == null : Number.isNaN(c.values[r]);
      if (blank) {
        count++;
        any[r] = 1;
      }
    }
    if (count > 0) warnings.push({ code: 'model-column-blanks', column: name, message: `Column '${name}' is blank in ${count.toLocaleString('en-US')} new rows; the model scored them with its fill for blanks, as in training. Fill the cells and re-run if the values are known.` });
  }
  return { rows: any.reduce((s, v) => s + v, 0), warnings };
}
