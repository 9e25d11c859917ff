import type { Problem } from '../engine/problem';
import type { Progress } from '../engine/recipe/types';
import type { TableOrigin } from '../engine/table/types';
import type { ExcelRun } from './excel-run';
import { rangeAt } from './range-at';

/** Bytes of values and formats received per sync; Excel on the web refuses a response above 5 MB. */
export const READ_BUDGET_BYTES = 2 * 1024 * 1024;
/** Cells in the first chunk, before the size of a row has been measured. */
const FIRST_CHUNK_CELLS = 20_000;
/** Bytes per cell assumed for the first chunk (a number and "General", quoted and separated). */
const GUESSED_CELL_BYTES = 32;

/** What was read: the cells, their number formats, where they are, and what the reader noticed. */
export interface RangeRead {
  /** Full address with the sheet ("Sheet1!A1:E201"). */
  readonly address: string;
  readonly origin: TableOrigin;
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  /** Hidden or filtered rows inside the range, and merged areas: reported, never silently used. */
  readonly problems: readonly Problem[];
}

export interface ReadOptions {
  /** Read this range (address or table name) instead of the selection. */
  readonly target?: { readonly address: string } | { readonly table: string };
  readonly onProgress?: (progress: Progress) => void;
  readonly isCancelled?: () => boolean;
  readonly budgetBytes?: number;
  /**
   * Whether the host supports an ExcelApi requirement set ("1.13"). Merged-cell detection needs 1.13, above
   * the manifest's minimum, so it runs only when this says yes. The add-in passes
   * `(v) => Office.context.requirements.isSetSupported('ExcelApi', v)`.
   */
  readonly supportsExcelApi?: (version: string) => boolean;
}

export class ReadCancelled extends Error {
  constructor() {
    super('Reading was cancelled.');
    this.name = 'ReadCancelled';
  }
}

/**
 * Read the selection — or, when it is a single cell, the current region around it — as values and number
 * formats, in row chunks sized from the measured size of what came back, so no response nears Excel on the
 * web's 5 MB limit. Nothing is written.
 */
export async function readRange(run: ExcelRun, options: ReadOptions = {}): Promise<RangeRead> {
  const budget = options.budgetBytes ?? READ_BUDGET_BYTES;
  return run(async (context) => {
    let range = target(context, options.target);
    range.load(['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount']);
    range.worksheet.load('name');
    await context.sync();
    const sheetName = range.worksheet.name;
    if (range.cellCount === 1 && !options.target) {
      range = range.getSurroundingRegion();
      range.load(['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount']);
      await context.sync();
    }
    const { rowCount, columnCount } = range;
    const merged = options.supportsExcelApi?.('1.13') === true ? range.getMergedAreasOrNullObject() : null;
    merged?.load(['address', 'areaCount']);
    range.load('rowHidden');
    await context.sync();

    const values: unknown[][] = [];
    const numberFormats: string[][] = [];
    let rowsPerChunk = Math.max(1, Math.floor(Math.min(FIRST_CHUNK_CELLS, budget / GUESSED_CELL_BYTES) / Math.max(columnCount, 1)));
    for (let start = 0; start < rowCount; ) {
      if (options.isCancelled?.()) throw new ReadCancelled();
      const rows = Math.min(rowsPerChunk, rowCount - start);
      const part = range.getCell(start, 0).getResizedRange(rows - 1, columnCount - 1);
      part.load(['values', 'numberFormat']);
      try {
        await context.sync();
      } catch (error) {
        // Rows of long text can overflow the first, unmeasured chunk: halve it and try again.
        if (rows === 1 || (error as { code?: string }).code !== 'ResponsePayloadSizeLimitExceeded') throw error;
        rowsPerChunk = Math.ceil(rows / 2);
        continue;
      }
      // Each property read goes through the proxy, so take the arrays once.
      const chunkValues = part.values;
      const chunkFormats = part.numberFormat as string[][];
      const bytes = sampledBytes(chunkValues, chunkFormats);
      for (let i = 0; i < rows; i++) {
        values.push(chunkValues[i] as unknown[]);
        numberFormats.push(chunkFormats[i] as string[]);
      }
      start += rows;
      rowsPerChunk = Math.max(1, Math.floor((budget / Math.max(bytes / rows, 1)) * 0.9));
      options.onProgress?.({ phase: `Reading ${start.toLocaleString('en-US')} of ${rowCount.toLocaleString('en-US')} rows`, fraction: start / rowCount });
    }
    return {
      address: range.address,
      origin: { sheet: sheetName, row: range.rowIndex, col: range.columnIndex },
      values,
      numberFormats,
      problems: [...mergedProblem(merged), ...hiddenProblem(range)],
    };
  });
}

/** Rows measured per chunk: enough to size the next chunk, and a full-height read stays cheap. */
const SAMPLED_ROWS = 256;

/** JSON size of the chunk's values and formats, estimated from evenly spaced rows. */
function sampledBytes(values: unknown[][], formats: unknown[][]): number {
  const step = Math.max(1, Math.floor(values.length / SAMPLED_ROWS));
  let bytes = 0;
  let sampled = 0;
  for (let i = 0; i < values.length; i += step) {
    bytes += JSON.stringify(values[i]).length + JSON.stringify(formats[i]).length + 2;
    sampled++;
  }
  return (bytes / sampled) * values.length;
}

function target(context: Excel.RequestContext, t: ReadOptions['target']): Excel.Range {
  if (!t) return context.workbook.getSelectedRange();
  if ('table' in t) return context.workbook.tables.getItem(t.table).getRange();
  return rangeAt(context, t.address);
}

function mergedProblem(merged: Excel.RangeAreas | null): Problem[] {
  if (!merged || merged.isNullObject) return [];
  return [{
    code: 'merged-cells',
    cell: merged.address,
    message: `The range has merged cells (${merged.address}); a merged cell holds one value for several rows or columns. Unmerge them (Home › Merge & Center) and fill the values, then run again.`,
  }];
}

function hiddenProblem(range: Excel.Range): Problem[] {
  // rowHidden is true when every row is hidden and null when some are.
  if (range.rowHidden === false) return [];
  return [{
    code: 'hidden-rows',
    message: `Some rows of ${range.address} are hidden or filtered out. They are read like the others; clear the filter or select only the rows you want if they should be left out.`,
  }];
}
