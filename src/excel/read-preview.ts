import type { ExcelRun } from './excel-run';
import { readTable, type ReadTableOptions, type TableRead } from './read-table';

/** Rows below the header that the Data step reads to type the columns; the full read waits for Run. */
export const PREVIEW_ROWS = 1000;
/** Cells a preview reads at most, so a selection thousands of columns wide stays one small read. */
const PREVIEW_CELLS = 200_000;

/** The selection as the Data step shows it: its whole address and size, and a table built from its first rows. */
export type PreviewRead =
  | { readonly ok: true; readonly address: string; readonly rowCount: number; readonly columnCount: number; readonly preview: Extract<TableRead, { ok: true }>; readonly partial: boolean }
  | { readonly ok: false; readonly address: string; readonly problems: Extract<TableRead, { ok: false }>['problems'] };

/**
 * Read what the Data step shows without reading the whole selection: its address and size (one small
 * load), and its first rows (the header and up to PREVIEW_ROWS more) as a Table for column types and
 * notes. A 1,048,576-row selection costs a thousand rows here; Run reads it all once. A single selected
 * cell stands for its current region, as in readRange.
 * @example
 * const shown = await readPreview(Excel.run);
 * if (shown.ok && shown.partial) caption(`types from the first ${shown.preview.table.rowCount} rows`);
 */
export async function readPreview(run: ExcelRun, options: Pick<ReadTableOptions, 'supportsExcelApi'> = {}): Promise<PreviewRead> {
  const size = await run(async (context) => {
    let range = context.workbook.getSelectedRange();
    range.load(['address', 'rowCount', 'columnCount', 'cellCount']);
    await context.sync();
    if (range.cellCount === 1) {
      range = range.getSurroundingRegion();
      range.load(['address', 'rowCount', 'columnCount']);
      await context.sync();
    }
    const rows = Math.min(range.rowCount, Math.max(2, Math.floor(PREVIEW_CELLS / Math.max(range.columnCount, 1))), PREVIEW_ROWS + 1);
    const head = range.getCell(0, 0).getResizedRange(rows - 1, range.columnCount - 1);
    head.load('address');
    await context.sync();
    return { address: range.address, rowCount: range.rowCount, columnCount: range.columnCount, headAddress: head.address, headRows: rows };
  });
  const preview = await readTable(run, { ...options, target: { address: size.headAddress } });
  if (!preview.ok) return { ok: false, address: size.address, problems: preview.problems };
  return { ok: true, address: size.address, rowCount: size.rowCount, columnCount: size.columnCount, preview, partial: size.headRows < size.rowCount };
}
