import type { Problem } from '../engine/problem';
import type { ClusteringResult } from '../engine/cluster/clustering-result';
import { recipeForRerun, resultColumnOf, rowBands, runRecipe } from '../engine/recipe/registry';
import type { Report } from '../engine/report/types';
import { appendColumn } from './append-column';
import type { ExcelRun } from './excel-run';
import { rangeAt } from './range-at';
import { readTable, tableOfRange } from './read-table';
import type { RunRecord } from './run-record';
import { encodeRunRecord } from './run-record';
import { listRuns } from './run-store';
import { READ_SHARE, runToWorkbook, type Compute, type RunToWorkbookOptions } from './run-to-workbook';
import type { WrittenReport } from './write-report';

export type RerunOptions = Pick<RunToWorkbookOptions, 'compute' | 'date' | 'supportsExcelApi' | 'onProgress' | 'isCancelled' | 'budgetBytes'>;

/** What a re-run changed, for the task pane to say. */
export interface RerunChanges {
  /** The range read this time, grown from the recorded one when the data grew. */
  readonly source: string;
  readonly rowsBefore: number;
  readonly rowsAdded: number;
  /**
   * What changed band: the data rows (1-based, under the header) or customers (ids) of the old run whose
   * cluster, segment or predicted class is different now; null when the analysis has no such band.
   */
  readonly changed: { readonly band: string; readonly unit: 'row' | 'customer'; readonly items: readonly string[] } | null;
  /**
   * Clusterings: for each cluster of the re-run (0-based, as numbered on its sheets), the old cluster it
   * continues, matched by centroid (−1: a new cluster). Continuing clusters keep their old numbers.
   */
  readonly continues: readonly number[] | null;
}

export type RerunOutcome =
  | { readonly ok: true; readonly report: Report; readonly record: RunRecord; readonly changes: RerunChanges }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * "Re-run": reads the recorded source again (grown to the data around it when rows or columns were added),
 * runs the same recipe with its seed, writes the new sheets, and only then swaps them in: the old sheets are
 * deleted, the new ones take their names, and the run's record (same id) points at them. The switches of the
 * recorded run are applied again: live formulas are rewritten, and an appended result column is rewritten in
 * place (grown with the data). Anything that fails before the swap leaves the previous results as they were.
 * The old run is recomputed on the recorded range to say what changed, and for clusterings to carry its cluster
 * numbers over (clusters matched by centroid keep their numbers, see Analysis.rerunRecipe): rows added, and
 * rows whose cluster changed.
 * @example const outcome = await rerun(Excel.run, '1'); // outcome.changes.rowsAdded → 12
 */
export async function rerun(run: ExcelRun, recordId: string, options: RerunOptions = {}): Promise<RerunOutcome> {
  const stored = (await listRuns(run)).find((r) => r.record.id === recordId);
  if (!stored) return problem('no-such-run', `This workbook has no record of run ${recordId}; it may have been removed. Run the analysis again from the task pane.`);
  const { record } = stored;
  const grown = await grownSource(run, record, recordId);
  if (!grown.ok) return grown;

  const compute: Compute = options.compute ?? runRecipe;
  const reading = {
    ...(options.budgetBytes === undefined ? {} : { budgetBytes: options.budgetBytes }),
    ...(options.isCancelled === undefined ? {} : { isCancelled: options.isCancelled }),
    ...(options.supportsExcelApi === undefined ? {} : { supportsExcelApi: options.supportsExcelApi }),
  };
  const now = await readTable(run, { ...reading, target: { address: grown.address }, onProgress: (p) => options.onProgress?.({ phase: p.phase, fraction: READ_SHARE * p.fraction }) });
  if (!now.ok) return now;
  // The recorded range is usually the top-left block of the one it grew into: one read serves both runs.
  const before = !grown.block ? await readTable(run, { ...reading, target: { address: record.source } })
    : grown.address === record.source ? now
    : tableOfRange(now.range, {}, grown.block);
  if (!before.ok) return before;
  const old = await compute(record.recipe, before.table, {});
  if (!old.ok) return { ok: false, problems: old.problems.map((p) => ({ ...p, message: `Run ${recordId} can no longer run on ${record.source}: ${p.message}` })) };

  const appended = record.appendedColumn;
  let outcome;
  try {
    outcome = await runToWorkbook(run, recipeForRerun(record.recipe, old.report), {
      ...options,
      table: now,
      recordId: record.id,
      liveFormulas: record.liveFormulas === true,
      ...(appended ? { appendResult: true, appendOver: appended } : {}),
    });
  } catch (error) {
    // runToWorkbook cleared the column it had started to rewrite: put the old run's column back.
    const column = appended ? resultColumnOf(old.report, before.table) : undefined;
    if (appended && column) await appendColumn(run, appended, column, before.table.hasHeader, options.budgetBytes);
    throw error;
  }
  if (!outcome.ok) return outcome;
  const updated = await swapIn(run, stored.partId, outcome.partId, record, outcome.record, outcome.written);
  return {
    ok: true,
    report: outcome.report,
    record: updated,
    changes: describeChanges(old.report, outcome.report, before.table.rowCount, outcome.rowCount, outcome.record.source),
  };
}

/** Where a re-run reads, and where in it the recorded cells are: its top-left rows × columns, or (block null) elsewhere. */
type GrownSource = { readonly ok: true; readonly address: string; readonly block: { readonly rows: number; readonly cols: number } | null };

/**
 * The recorded address, or the data region around its first cell when that region contains it (the data grew).
 * The region stops before the result column the run appended, which is not data.
 */
async function grownSource(run: ExcelRun, record: RunRecord, id: string): Promise<GrownSource | { ok: false; problems: readonly Problem[] }> {
  const { source } = record;
  const bang = source.lastIndexOf('!');
  const sheetName = source.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) {
      return { ok: false as const, problems: [{ code: 'source-sheet-gone', message: `Run ${id} read ${source}, but the workbook has no sheet '${sheetName}' any more. Restore or rename the sheet back to '${sheetName}', or run the analysis afresh on the data where it is now.` }] };
    }
    const recorded = sheet.getRange(source.slice(bang + 1));
    const region = recorded.getCell(0, 0).getSurroundingRegion();
    const props = 'address,rowIndex,columnIndex,rowCount,columnCount';
    recorded.load(props);
    region.load(props);
    const appended = record.appendedColumn === undefined ? undefined : rangeAt(context, record.appendedColumn).load('columnIndex');
    await context.sync();
    const regionEnd = region.columnIndex + region.columnCount;
    const dataEnd = appended && appended.columnIndex >= recorded.columnIndex + recorded.columnCount ? Math.min(regionEnd, appended.columnIndex) : regionEnd;
    const contains = region.rowIndex <= recorded.rowIndex && region.columnIndex <= recorded.columnIndex
      && region.rowIndex + region.rowCount >= recorded.rowIndex + recorded.rowCount
      && dataEnd >= recorded.columnIndex + recorded.columnCount;
    const recordedBlock = { rows: recorded.rowCount, cols: recorded.columnCount };
    if (!contains) return { ok: true as const, address: source, block: recordedBlock };
    const block = region.rowIndex === recorded.rowIndex && region.columnIndex === recorded.columnIndex ? recordedBlock : null;
    if (dataEnd === regionEnd) return { ok: true as const, address: region.address, block };
    const data = sheet.getRangeByIndexes(region.rowIndex, region.columnIndex, region.rowCount, dataEnd - region.columnIndex).load('address');
    await context.sync();
    return { ok: true as const, address: data.address, block };
  });
}

/**
 * Deletes the old sheets, gives the new sheets and tables the names they asked for (the old ones had them, and
 * formulas or links a colleague made may use them), and keeps one record under the old id.
 */
async function swapIn(run: ExcelRun, oldPart: string, newPart: string, old: RunRecord, made: RunRecord, written: WrittenReport): Promise<RunRecord> {
  const { sheets } = written;
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    for (const s of old.sheets) worksheets.getItemOrNullObject(s.id).delete();
    await context.sync();
    worksheets.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    for (const t of written.tables) {
      if (t.name === t.requested || tableNames.has(t.requested.toLowerCase())) continue;
      tables.getItem(t.name).name = t.requested;
      tableNames.add(t.requested.toLowerCase());
    }
    const taken = new Set(worksheets.items.map((s) => s.name));
    const names = sheets.map((s) => {
      if (s.name === s.requested || taken.has(s.requested)) return s.name;
      worksheets.getItem(s.id).name = s.requested;
      taken.add(s.requested);
      return s.requested;
    });
    const record: RunRecord = { ...made, sheets: sheets.map((s, i) => ({ id: s.id, name: names[i] as string })) };
    context.workbook.customXmlParts.getItem(oldPart).delete();
    context.workbook.customXmlParts.getItem(newPart).delete();
    context.workbook.customXmlParts.add(encodeRunRecord(record));
    await context.sync();
    return record;
  });
}

/**
 * Rows added, and what changed band (Analysis.rowBands). A clustering's new clusters are read through the
 * old cluster each continues, so a row counts as changed only when its cluster is not the continuation of
 * the old one (noise or left out in both runs is no change).
 */
function describeChanges(before: Report, after: Report, rowsBefore: number, rowsAfter: number, source: string): RerunChanges {
  // Only clusterings carry numbers over; other results have no `carried`.
  const continues = (after.result as Partial<ClusteringResult> | null)?.carried?.continues ?? null;
  const a = rowBands(before);
  const b = rowBands(after);
  const changes = { source, rowsBefore, rowsAdded: Math.max(0, rowsAfter - rowsBefore), continues };
  if (!a || !b) return { ...changes, changed: null };
  const now = (v: string | number | null): string | number | null => (typeof v === 'number' ? (v < 0 ? null : continues ? (continues[v] as number) : v) : v);
  const then = (v: string | number | null): string | number | null => (typeof v === 'number' && v < 0 ? null : v);
  const items: string[] = [];
  if (a.keys && b.keys) {
    const current = new Map(b.keys.map((key, i) => [key, b.values[i] ?? null]));
    a.keys.forEach((key, i) => {
      if (current.has(key) && now(current.get(key) ?? null) !== then(a.values[i] ?? null)) items.push(key);
    });
  } else {
    a.values.forEach((v, i) => {
      if (now(b.values[i] ?? null) !== then(v)) items.push(String(i + 1));
    });
  }
  return { ...changes, changed: { band: a.band, unit: a.unit, items } };
}

function problem(code: string, message: string): RerunOutcome {
  return { ok: false, problems: [{ code, message }] };
}
