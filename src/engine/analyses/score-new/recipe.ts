import { InputError, type Problem } from '../../problem';
import { fieldReader } from '../../recipe/fields';
import type { RecipeBase, Validated } from '../../recipe/types';
import type { Table } from '../../table/types';
import { checkSourceColumns } from '../score/design';
import { idLikeColumns } from '../score/row-key';
import { parseSavedModel, type SavedModel } from '../score/saved-model';

/** Score new rows with a model saved by a credit-scoring run; the model travels inside the recipe. */
export interface ScoreNewRecipe extends RecipeBase {
  readonly kind: 'score-new';
  /** The saved model, parsed (the recipe may also give its JSON text or the pieces of the Saved model sheet). */
  readonly model: SavedModel;
  /** Where the model came from, for the About sheet ("Run 2: Credit default score on 'Loans'!A1:Y601, 2026-11-24"). */
  readonly modelSource: string;
  /** A column of the new rows shown first as each row's key; null for none. */
  readonly rowKey: string | null;
}

const NO_MODEL = "Choose a saved model: run 'Credit default score' on your labelled data first; its model is kept in the workbook's 'Saved model' sheet.";
const MODEL_KINDS: readonly string[] = ['logistic', 'scorecard', 'boosted'];

/**
 * Check a raw score-new recipe against the new rows: the model is a saved Segments score model, the rows have
 * every column it reads with the type it was trained on, and the row key is a column. The row key defaults to
 * the first ID-like column the model does not read.
 * @example validateScoreNew({ kind: 'score-new', model: report.result.savedModel, modelSource: 'Run 1' }, newRows) // { ok: true, recipe: { …, rowKey: 'ID' } }
 */
export function validateScoreNew(raw: unknown, table: Table): Validated<ScoreNewRecipe> {
  const f = fieldReader(raw, 'score-new');
  const problems: Problem[] = f.problems;
  const model = readModel(f.raw('model'), problems);
  if (model) collect(problems, () => checkSourceColumns(model.columns, table));
  if (table.rowCount === 0) problems.push({ code: 'no-rows', message: 'The selection has a header but no rows to score; select the new rows together with their header row.' });

  const modelSourceRaw = f.raw('modelSource');
  if (modelSourceRaw !== undefined && typeof modelSourceRaw !== 'string') problems.push({ code: 'recipe-field', message: `Recipe field 'modelSource' is ${JSON.stringify(modelSourceRaw)}; it must be text saying where the model came from, such as "Run 2: Credit default score on 'Loans'!A1:Y601".` });
  const rowKey = readRowKey(f.raw('rowKey'), table, model, (name) => f.column(table, name), problems);
  const source = f.source();
  f.rejectUnknown();
  if (problems.length > 0 || !model) return { ok: false, problems };
  return {
    ok: true,
    recipe: { kind: 'score-new', ...source, model, modelSource: typeof modelSourceRaw === 'string' ? modelSourceRaw : `a model saved by Segments ${model.engineVersion}`, rowKey },
  };
}

/** The saved model from an object, its JSON text or its pieces, by parseSavedModel's rules, with its parts checked. */
function readModel(raw: unknown, problems: Problem[]): SavedModel | null {
  if (raw === undefined || raw === null) {
    problems.push({ code: 'no-saved-model', message: NO_MODEL });
    return null;
  }
  const pieces = typeof raw === 'string' || (Array.isArray(raw) && raw.every((p) => typeof p === 'string'));
  const model = collect(problems, () => parseSavedModel(pieces ? (raw as string | string[]) : JSON.stringify(raw)));
  if (!model) return null;
  const broken = brokenPart(model);
  if (broken === null) return model;
  problems.push({ code: 'not-a-saved-model', message: `The saved model has no valid ${broken}: its cells may have been edited or cut. Re-run the score analysis to save it again.` });
  return null;
}

function brokenPart(model: SavedModel): string | null {
  const m = model as Partial<Record<keyof SavedModel, unknown>>;
  if (m.formatVersion !== 1) return `format version (it says ${JSON.stringify(m.formatVersion)}; this Segments reads version 1, so a newer add-in may have saved it)`;
  const target = m.target as Partial<Record<string, unknown>> | undefined;
  if (typeof target?.column !== 'string' || typeof target.positive !== 'string' || typeof target.negative !== 'string') return 'target';
  if (!Array.isArray(m.columns) || !m.columns.every((c: Partial<Record<string, unknown>> | null) => typeof c?.name === 'string' && typeof c.type === 'string')) return 'list of columns';
  if (typeof m.threshold !== 'number') return 'threshold';
  if (!MODEL_KINDS.includes(String((m.model as { kind?: unknown } | undefined)?.kind))) return 'model';
  const population = m.population as { columns?: unknown; pd?: unknown } | undefined;
  if (!Array.isArray(population?.columns) || typeof population.pd !== 'object') return 'training population';
  return null;
}

function readRowKey(raw: unknown, table: Table, model: SavedModel | null, present: (name: string) => boolean, problems: Problem[]): string | null {
  if (raw === undefined) {
    const read = new Set(model?.columns.map((c) => c.name));
    return idLikeColumns(table).find((name) => !read.has(name)) ?? null;
  }
  if (raw === null) return null;
  if (typeof raw === 'string') return present(raw) ? raw : null;
  problems.push({ code: 'recipe-field', message: `Recipe field 'rowKey' is ${JSON.stringify(raw)}; it must name a column of the new rows or be null.` });
  return null;
}

/** Run a check that raises InputError, adding its problems to the list instead. */
function collect<T>(problems: Problem[], check: () => T): T | null {
  try {
    return check();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(...e.problems);
    return null;
  }
}
