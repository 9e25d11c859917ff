import type { Problem } from '../engine/problem';
import { runRecipe } from '../engine/recipe/registry';
import type { Report } from '../engine/report/types';
import type { ExcelRun } from './excel-run';
import { matchClusters, type ClusterMatch } from './match-clusters';
import { readTable } from './read-table';
import type { RunRecord } from './run-record';
import { encodeRunRecord } from './run-record';
import { listRuns } from './run-store';
import { runToWorkbook, type Compute, type RunToWorkbookOptions } from './run-to-workbook';
import type { WrittenReport } from './write-report';

export type RerunOptions = Pick<RunToWorkbookOptions, 'compute' | 'date' | 'supportsExcelApi' | 'onProgress' | 'isCancelled' | 'budgetBytes'>;

/** What a re-run changed, for the task pane to say. */
export interface RerunChanges {
  /** The range read this time, grown from the recorded one when the data grew. */
  readonly source: string;
  readonly rowsBefore: number;
  readonly rowsAdded: number;
  /** Data rows (0-based) of the old range whose cluster changed, after matching clusters by centroid; null when the analysis has no per-row cluster. */
  readonly changedRows: readonly number[] | null;
  /** Clustering analyses with centroids: which old cluster each new one continues. */
  readonly clusters: ClusterMatch | null;
}

export type RerunOutcome =
  | { readonly ok: true; readonly report: Report; readonly record: RunRecord; readonly changes: RerunChanges }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * "Re-run": reads the recorded source again (grown to the data around it when rows or columns were added),
 * runs the same recipe with its seed, writes the new sheets, and only then swaps them in: the old sheets are
 * deleted, the new ones take their names, and the run's record (same id) points at them. Anything that fails
 * before the swap leaves the previous results as they were. The old run is recomputed on the recorded range to
 * say what changed: rows added and, for clusterings, rows whose cluster changed once clusters are matched by
 * centroid (so a renumbered but unchanged cluster does not count).
 * @example const outcome = await rerun(Excel.run, '1'); // outcome.changes.rowsAdded → 12
 */
export async function rerun(run: ExcelRun, recordId: string, options: RerunOptions = {}): Promise<RerunOutcome> {
  const stored = (await listRuns(run)).find((r) => r.record.id === recordId);
  if (!stored) return problem('no-such-run', `This workbook has no record of run ${recordId}; it may have been removed. Run the analysis again from the task pane.`);
  const { record } = stored;
  const grown = await grownSource(run, record.source, recordId);
  if (!grown.ok) return grown;

  const compute: Compute = options.compute ?? runRecipe;
  const before = await readTable(run, { target: { address: record.source } });
  if (!before.ok) return before;
  const old = await compute(record.recipe, before.table, {});
  if (!old.ok) return { ok: false, problems: old.problems.map((p) => ({ ...p, message: `Run ${recordId} can no longer run on ${record.source}: ${p.message}` })) };

  const outcome = await runToWorkbook(run, record.recipe, { ...options, read: { target: { address: grown.address } } });
  if (!outcome.ok) return outcome;
  const fresh = (await listRuns(run)).find((r) => r.record.id === outcome.record.id);
  const updated = await swapIn(run, stored.partId, fresh?.partId, record, outcome.record, outcome.written);
  return {
    ok: true,
    report: outcome.report,
    record: updated,
    changes: describeChanges(old.report, outcome.report, before.table.rowCount, outcome.record.source),
  };
}

/** The recorded address, or the data region around its first cell when that region contains it (the data grew). */
async function grownSource(run: ExcelRun, source: string, id: string): Promise<{ ok: true; address: string } | { ok: false; problems: readonly Problem[] }> {
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
    await context.sync();
    const contains = region.rowIndex <= recorded.rowIndex && region.columnIndex <= recorded.columnIndex
      && region.rowIndex + region.rowCount >= recorded.rowIndex + recorded.rowCount
      && region.columnIndex + region.columnCount >= recorded.columnIndex + recorded.columnCount;
    return { ok: true as const, address: contains ? region.address : source };
  });
}

/**
 * Deletes the old sheets, gives the new sheets and tables the names they asked for (the old ones had them, and
 * formulas or links a colleague made may use them), and keeps one record under the old id.
 */
async function swapIn(run: ExcelRun, oldPart: string, newPart: string | undefined, old: RunRecord, made: RunRecord, written: WrittenReport): Promise<RunRecord> {
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
    const record: RunRecord = { ...made, id: old.id, sheets: sheets.map((s, i) => ({ id: s.id, name: names[i] as string })) };
    context.workbook.customXmlParts.getItem(oldPart).delete();
    if (newPart) context.workbook.customXmlParts.getItem(newPart).delete();
    context.workbook.customXmlParts.add(encodeRunRecord(record));
    await context.sync();
    return record;
  });
}

interface Clustered {
  readonly labels?: unknown;
  readonly centroids?: unknown;
}

function describeChanges(before: Report, after: Report, rowsBefore: number, source: string): RerunChanges {
  const a = before.result as Clustered | null;
  const b = after.result as Clustered | null;
  const rowsAdded = Math.max(0, (Array.isArray(b?.labels) ? b.labels.length : rowsBefore) - rowsBefore);
  if (!Array.isArray(a?.labels) || !Array.isArray(b?.labels)) return { source, rowsBefore, rowsAdded, changedRows: null, clusters: null };
  const oldLabels = a.labels as number[];
  const newLabels = b.labels as number[];
  const clusters = Array.isArray(a.centroids) && Array.isArray(b.centroids) ? matchClusters(a.centroids as number[][], b.centroids as number[][]) : null;
  const changedRows: number[] = [];
  oldLabels.forEach((label, row) => {
    const now = newLabels[row] as number;
    const carried = clusters && now >= 0 ? (clusters.oldOfNew[now] as number) : now;
    if (carried !== label) changedRows.push(row);
  });
  return { source, rowsBefore, rowsAdded, changedRows, clusters };
}

function problem(code: string, message: string): RerunOutcome {
  return { ok: false, problems: [{ code, message }] };
}
