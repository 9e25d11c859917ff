import { InputError, type Problem } from '../engine/problem';
import { withLiveFormulas } from '../engine/formulas/with-live-formulas';
import { resultColumnOf, runRecipe, type RunOutcome } from '../engine/recipe/registry';
import { RunCancelled, type Progress, type RunContext } from '../engine/recipe/types';
import type { Report } from '../engine/report/types';
import type { Table } from '../engine/table/types';
import { VERSION } from '../engine/version';
import { appendColumn, appendTarget } from './append-column';
import type { ExcelRun } from './excel-run';
import { rangeAt } from './range-at';
import { readTable, type ReadTableOptions, type TableRead } from './read-table';
import type { RunRecord } from './run-record';
import { listRuns, nextRunId, saveRun } from './run-store';
import { writeReport, type WrittenReport } from './write-report';

/** Validates and runs a recipe on a table: the engine in this thread by default, a Web Worker in the task pane. */
export type Compute = (recipe: unknown, table: Table, context: RunContext) => RunOutcome | Promise<RunOutcome>;

export interface RunToWorkbookOptions {
  /** How to run the recipe once the table is read; runRecipe in this thread when omitted. */
  readonly compute?: Compute;
  /** Read this instead of the selection (see ReadOptions.target). */
  readonly read?: Pick<ReadTableOptions, 'target' | 'header' | 'dateOrder'>;
  /** The id to record the run under; the next free one when omitted. A re-run keeps its run's id. */
  readonly recordId?: string;
  /** The source already read, instead of reading it here: a re-run reads the workbook once for its old and new run. */
  readonly table?: Extract<TableRead, { ok: true }>;
  /** Opt-in: add a "Score new rows" sheet whose plain Excel formulas score rows as the engine did (k-means). */
  readonly liveFormulas?: boolean;
  /** Opt-in: also write the per-row result as a new column right of the source range, if that column is empty. */
  readonly appendResult?: boolean;
  /** With appendResult, in a re-run: the column the replaced run appended, whose cells count as empty. */
  readonly appendOver?: string;
  /** The run's date for the About sheet and the record; now when omitted. */
  readonly date?: Date;
  readonly supportsExcelApi?: (version: string) => boolean;
  readonly onProgress?: (progress: Progress) => void;
  readonly isCancelled?: () => boolean;
  /** Per-sync byte budgets, for tests that reach the chunking edges. */
  readonly budgetBytes?: number;
}

export type RunToWorkbookOutcome =
  | { readonly ok: true; readonly report: Report; readonly written: WrittenReport; readonly record: RunRecord; readonly partId: string; readonly rowCount: number }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Share of the progress bar each step takes: reading, computing, writing. */
export const READ_SHARE = 0.3;
const RUN_SHARE = 0.4;

/**
 * The whole run as the task pane and the command line do it: read the selection into a Table, validate and run
 * the recipe, write the report as new sheets (with the date on the About sheet), optionally append the result
 * column beside the source, and store a record of the run (recipe, source, sheets) in the workbook. Bad input
 * comes back as problems and changes nothing; a failure after the sheets were written removes them.
 * @example
 * const outcome = await runToWorkbook(Excel.run, { kind: 'kmeans', columns: ['Age', 'Income'], k: 'auto' });
 */
export async function runToWorkbook(run: ExcelRun, rawRecipe: unknown, options: RunToWorkbookOptions = {}): Promise<RunToWorkbookOutcome> {
  const step = (from: number, share: number) => (p: Progress) => options.onProgress?.({ phase: p.phase, fraction: from + share * p.fraction });
  const budget = options.budgetBytes === undefined ? {} : { budgetBytes: options.budgetBytes };
  const cancel = options.isCancelled === undefined ? {} : { isCancelled: options.isCancelled };
  const supports = options.supportsExcelApi === undefined ? {} : { supportsExcelApi: options.supportsExcelApi };

  const read = options.table ?? await readTable(run, { ...options.read, ...budget, ...cancel, ...supports, onProgress: step(0, READ_SHARE) });
  if (!read.ok) return read;
  const source = read.range.address;
  const recipe = typeof rawRecipe === 'object' && rawRecipe !== null ? { ...rawRecipe, source } : rawRecipe;
  const outcome = await (options.compute ?? runRecipe)(recipe, read.table, { ...cancel, onProgress: step(READ_SHARE, RUN_SHARE) });
  if (!outcome.ok) return outcome;
  if (options.isCancelled?.()) throw new RunCancelled();
  let report = outcome.report;
  if (options.liveFormulas) {
    try {
      report = withLiveFormulas(report, read.table);
    } catch (e) {
      if (e instanceof InputError) return { ok: false, problems: e.problems };
      throw e;
    }
  }

  const column = options.appendResult ? resultColumnOf(report, read.table) : undefined;
  let target: string | undefined;
  if (options.appendResult) {
    if (!column) return problem('append-no-result', `This analysis has no per-row result to append beside ${source}; leave "append the result column" off.`);
    const checked = await appendTarget(run, source, options.appendOver);
    if (!checked.ok) return { ok: false, problems: [checked.problem] };
    target = checked.address;
  }

  const date = options.date ?? new Date();
  const written = await writeReport(run, report, { ...budget, ...cancel, ...supports, runDate: date, onProgress: step(READ_SHARE + RUN_SHARE, 1 - READ_SHARE - RUN_SHARE) });
  let appended = false;
  try {
    if (column && target) {
      await appendColumn(run, target, column, read.table.hasHeader, options.budgetBytes);
      appended = true;
    }
    const record: RunRecord = {
      id: options.recordId ?? nextRunId(await listRuns(run)),
      date: date.toISOString(),
      version: VERSION,
      source,
      recipe: report.recipe,
      sheets: written.sheets.map((s) => ({ id: s.id, name: s.name })),
      ...(target ? { appendedColumn: target } : {}),
      ...(options.liveFormulas ? { liveFormulas: true } : {}),
    };
    const partId = await saveRun(run, record);
    return { ok: true, report, written, record, partId, rowCount: read.table.rowCount };
  } catch (error) {
    await run(async (context) => {
      for (const sheet of written.sheets) context.workbook.worksheets.getItemOrNullObject(sheet.id).delete();
      // The target column was empty before, so clearing its contents puts it back.
      if (appended && target) rangeAt(context, target).clear('Contents');
      await context.sync();
    });
    throw error;
  }
}

function problem(code: string, message: string): RunToWorkbookOutcome {
  return { ok: false, problems: [{ code, message }] };
}
