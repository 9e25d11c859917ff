import { parseSavedModel, type SavedModel } from '../engine/analyses/score';
import { InputError, type Problem } from '../engine/problem';
import type { ExcelRun } from './excel-run';
import { READ_BUDGET_BYTES } from './read-range';
import type { RunRecord } from './run-record';
import { listRuns } from './run-store';

/**
 * The table the score report keeps its model in (engine/analyses/score/report.ts). The writer numbers a name
 * that is taken (SavedModel2, SavedModel_2), so tables are matched by this prefix.
 */
const MODEL_TABLE = 'savedmodel';
/** The pane's title of the score analysis (scorePane.title): what a person knows the run by. */
const SCORE_TITLE = 'Credit default score';
/** Excel's most characters in a cell: a piece edited by hand can be longer than the writer's 30,000. */
const CELL_CHARS = 32_767;
/** A character of a string value takes at most 3 bytes in the JSON response (UTF-8, or an escaped quote). */
const BYTES_PER_CHAR = 3;
/** The quotes, comma and brackets around each cell's string. */
const CELL_OVERHEAD_BYTES = 8;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A model the workbook holds: the score run that saved it and the sheet it sits on. */
export interface SavedModelEntry {
  readonly recordId: string;
  /** "Run 2: Credit default score on 'Loans'!A1:Y601, 24 Nov 2026" */
  readonly label: string;
  readonly sheetId: string;
}

export type SavedModelRead = { readonly ok: true; readonly model: SavedModel } | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ReadSavedModelOptions {
  /** Bytes received per sync; READ_BUDGET_BYTES when omitted. */
  readonly budgetBytes?: number;
}

/** Where a run's model table was found. */
interface ModelPlace {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly tableName: string;
}

function isScoreRun(record: RunRecord): boolean {
  return (record.recipe as { kind?: unknown } | null)?.kind === 'score';
}

/**
 * The day of a run as the list shows it, in UTC like the About sheet's run date (and the stored text when it is
 * not a date). Months are spelt out here because locales disagree ("Sep" or "Sept").
 * @example runDay('2026-11-24T17:00:00.000Z') // '24 Nov 2026'
 */
export function runDay(date: string): string {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return date;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] as string} ${d.getUTCFullYear()}`;
}

/**
 * How a saved model is offered and named in what it scores: the run, its analysis, its data and its day.
 * @example savedModelLabel({ id: '2', source: "'Loans'!A1:Y601", date: '2026-11-24T17:00:00.000Z' }) // "Run 2: Credit default score on 'Loans'!A1:Y601, 24 Nov 2026"
 */
export function savedModelLabel(record: Pick<RunRecord, 'id' | 'source' | 'date'>): string {
  return `Run ${record.id}: ${SCORE_TITLE} on ${record.source}, ${runDay(record.date)}`;
}

/**
 * For each record, its sheet that still holds a SavedModel table, found by sheet id and table name so a renamed
 * sheet is still found; undefined where that sheet is gone. Two syncs whatever the number of runs.
 */
async function modelPlaces(context: Excel.RequestContext, records: readonly RunRecord[]): Promise<(ModelPlace | undefined)[]> {
  const sheets = records.map((record) => record.sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.id).load(['id', 'name'])));
  await context.sync();
  const tables = sheets.map((list) => list.filter((sheet) => !sheet.isNullObject).map((sheet) => ({ sheet, tables: sheet.tables.load('items/name') })));
  await context.sync();
  return tables.map((list) => {
    for (const { sheet, tables: found } of list) {
      const table = found.items.find((t) => t.name.toLowerCase().startsWith(MODEL_TABLE));
      if (table) return { sheetId: sheet.id, sheetName: sheet.name, tableName: table.name };
    }
    return undefined;
  });
}

/**
 * The models saved in the workbook: every 'Credit default score' run whose Saved model sheet is still there
 * (renamed or not), oldest first.
 * @example (await savedModels(Excel.run))[0]?.label // "Run 1: Credit default score on 'Loans'!A1:Y601, 24 Nov 2026"
 */
export async function savedModels(run: ExcelRun): Promise<SavedModelEntry[]> {
  const records = (await listRuns(run)).map((s) => s.record).filter(isScoreRun);
  if (records.length === 0) return [];
  const places = await run((context) => modelPlaces(context, records));
  return records.flatMap((record, i) => {
    const place = places[i];
    return place ? [{ recordId: record.id, label: savedModelLabel(record), sheetId: place.sheetId }] : [];
  });
}

function problem(code: string, message: string): SavedModelRead {
  return { ok: false, problems: [{ code, message }] };
}

/** The named column of the table's body, read in row chunks that each stay under `budget` bytes. */
async function readTextColumn(context: Excel.RequestContext, tableName: string, column: string, budget: number): Promise<string[] | undefined> {
  const table = context.workbook.tables.getItem(tableName);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('rowCount');
  await context.sync();
  const at = (header.values[0] ?? []).findIndex((name) => String(name) === column);
  if (at < 0) return undefined;
  const rowsPerRead = Math.max(1, Math.floor(budget / (CELL_CHARS * BYTES_PER_CHAR + CELL_OVERHEAD_BYTES)));
  const text: string[] = [];
  for (let start = 0; start < body.rowCount; start += rowsPerRead) {
    const rows = Math.min(rowsPerRead, body.rowCount - start);
    const part = body.getCell(start, at).getResizedRange(rows - 1, 0).load('values');
    await context.sync();
    for (const row of part.values) text.push(String(row[0] ?? ''));
  }
  return text;
}

/**
 * The model that score run `recordId` saved, read back from its Saved model sheet (found by its SavedModel
 * table, so a renamed sheet still counts) in chunks that keep every response under the read budget: a boosted
 * model runs to megabytes. A deleted sheet or edited JSON comes back as a problem that says how to get the
 * model back (re-run the score run).
 * @example const read = await readSavedModel(Excel.run, '2'); if (read.ok) recipe.model = read.model;
 */
export async function readSavedModel(run: ExcelRun, recordId: string, options: ReadSavedModelOptions = {}): Promise<SavedModelRead> {
  const record = (await listRuns(run)).map((s) => s.record).find((r) => r.id === recordId);
  if (!record || !isScoreRun(record)) {
    return problem('no-saved-model', `This workbook has no '${SCORE_TITLE}' run ${recordId} any more; it may have been removed. Choose another saved model, or run '${SCORE_TITLE}' on labelled rows to save one.`);
  }
  const rerun = `Re-run run ${record.id} under "Runs in this workbook" to write the model again, then choose it here.`;
  return run(async (context) => {
    const [place] = await modelPlaces(context, [record]);
    if (!place) {
      return problem('saved-model-sheet-missing', `The "Saved model" sheet of run ${record.id} (${SCORE_TITLE} on ${record.source}) has been deleted, and the model with it. ${rerun}`);
    }
    const where = `Table ${place.tableName} on sheet '${place.sheetName}'`;
    const pieces = await readTextColumn(context, place.tableName, 'JSON', options.budgetBytes ?? READ_BUDGET_BYTES);
    if (!pieces) return problem('not-a-saved-model', `${where} has lost its JSON column, which held the model. ${rerun}`);
    try {
      return { ok: true, model: parseSavedModel(pieces) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return problem('not-a-saved-model', `${where} no longer holds a whole model: a cell of its JSON column was edited, cleared or moved. If the table was sorted, sort it by Piece again; if not, re-run run ${record.id} under "Runs in this workbook" to write the model again.`);
    }
  });
}
