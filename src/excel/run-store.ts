import type { ExcelRun } from './excel-run';
import { decodeRunRecord, encodeRunRecord, RUN_NAMESPACE, type RunRecord } from './run-record';

/** A stored record and the id of the custom XML part that holds it. */
export interface StoredRun {
  readonly partId: string;
  readonly record: RunRecord;
}

/** Every run recorded in the workbook, oldest first. Parts of our namespace that do not decode are skipped. */
export async function listRuns(run: ExcelRun): Promise<StoredRun[]> {
  return run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(RUN_NAMESPACE);
    parts.load('items/id');
    await context.sync();
    const xml = parts.items.map((part) => ({ partId: part.id, xml: part.getXml() }));
    await context.sync();
    return xml.flatMap(({ partId, xml: text }) => {
      const record = decodeRunRecord(text.value);
      return record ? [{ partId, record }] : [];
    });
  });
}

/** The id the next run gets: one more than the highest recorded. */
export function nextRunId(runs: readonly StoredRun[]): string {
  return String(runs.reduce((max, r) => Math.max(max, Number(r.record.id) || 0), 0) + 1);
}

/** Stores a run's record in the workbook, where it travels with the file; returns the id of the part holding it. */
export async function saveRun(run: ExcelRun, record: RunRecord): Promise<string> {
  return run(async (context) => {
    const part = context.workbook.customXmlParts.add(encodeRunRecord(record)).load('id');
    await context.sync();
    return part.id;
  });
}

export interface RemovedRun {
  /** Sheets deleted, by the names they had. */
  readonly removed: readonly string[];
  /** Sheets of the run the user had already deleted. */
  readonly alreadyGone: readonly string[];
}

/**
 * "Remove this run's results": deletes exactly the sheets run `id` created (found by sheet id, so a renamed
 * sheet still goes and a new sheet that took an old name stays), then its record. A column appended to the
 * source is left alone: it sits among the user's data, which this add-in never deletes.
 */
export async function removeRun(run: ExcelRun, id: string): Promise<RemovedRun> {
  const stored = (await listRuns(run)).find((r) => r.record.id === id);
  if (!stored) throw new Error(`This workbook has no record of run ${id}; it may have been removed already.`);
  return run(async (context) => {
    const sheets = stored.record.sheets.map((s) => ({ s, sheet: context.workbook.worksheets.getItemOrNullObject(s.id).load('name') }));
    await context.sync();
    const removed: string[] = [];
    const alreadyGone: string[] = [];
    for (const { s, sheet } of sheets) {
      if (sheet.isNullObject) {
        alreadyGone.push(s.name);
      } else {
        removed.push(sheet.name);
        sheet.delete();
      }
    }
    context.workbook.customXmlParts.getItem(stored.partId).delete();
    await context.sync();
    return { removed, alreadyGone };
  });
}
