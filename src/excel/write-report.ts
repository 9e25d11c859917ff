import type { Progress } from '../engine/recipe/types';
import type { ChartSpec, ColorStop, Report, ReportTable } from '../engine/report/types';
import { cellAddress } from '../engine/table/address';
import { withRunDate } from './about-date';
import { cellFormat, cellFormula, cellValue, TEXT_FORMAT } from './cell-format';
import type { ExcelRun } from './excel-run';
import { layoutSheet, type ChartPlacement, type TablePlacement } from './layout';
import { uniqueSheetName, uniqueTableName } from './names';

/** Bytes of values and formats sent per sync; Excel on the web refuses a request above 5 MB, and a request carries overhead. */
export const WRITE_BUDGET_BYTES = 2 * 1024 * 1024;
/** A sheet's header row is frozen when it sits this high or higher, so freezing never hides most of the screen. */
const MAX_FROZEN_ROWS = 8;
/** Rows measured for autofit: enough to size a column, cheap on a million-row table. */
const AUTOFIT_ROWS = 500;

export interface WriteOptions {
  readonly onProgress?: (progress: Progress) => void;
  readonly isCancelled?: () => boolean;
  readonly budgetBytes?: number;
  /** Written into the About table as "Run date" (see withRunDate); the report itself carries no date. */
  readonly runDate?: Date;
  /**
   * Whether the host supports an ExcelApi requirement set. Colour scales need conditional formats (1.9, above
   * the manifest's 1.8), so they are added only when this says yes; the values are written either way.
   */
  readonly supportsExcelApi?: (version: string) => boolean;
}

/** One report table as written: its sheet, the Excel table's name and where it is. */
export interface WrittenTable {
  readonly sheet: string;
  readonly name: string;
  readonly requested: string;
  /** Header and body, without the sheet ("A3:F203"). */
  readonly address: string;
}

export interface WrittenReport {
  /** The sheets created, in report order: Excel's id and name, and the name the report asked for. */
  readonly sheets: readonly { readonly id: string; readonly name: string; readonly requested: string }[];
  readonly tables: readonly WrittenTable[];
}

type ExcelChartType = 'Line' | 'LineMarkers' | 'ColumnClustered' | 'BarClustered' | 'XYScatter' | 'XYScatterLines' | 'XYScatterLinesNoMarkers' | 'Pie';

/** The native chart type for a spec, including its line and marker style. */
export function excelChartType(spec: ChartSpec): ExcelChartType {
  switch (spec.type) {
    case 'line':
      return spec.markers ? 'LineMarkers' : 'Line';
    case 'scatter':
      if (!spec.lines) return 'XYScatter';
      return spec.markers === false ? 'XYScatterLinesNoMarkers' : 'XYScatterLines';
    case 'column':
      return 'ColumnClustered';
    case 'bar':
      return 'BarClustered';
    case 'pie':
      return 'Pie';
    default: {
      const unknown: never = spec.type;
      throw new Error(`unknown chart type ${String(unknown)}`);
    }
  }
}

/**
 * Write a report as new sheets: notes, native tables with number formats, native charts bound to the
 * tables' ranges. Nothing existing is touched; if anything fails, the sheets this call created are deleted
 * and the error is rethrown.
 */
export async function writeReport(run: ExcelRun, undated: Report, options: WriteOptions = {}): Promise<WrittenReport> {
  const report = options.runDate ? withRunDate(undated, options.runDate) : undated;
  const colorScales = options.supportsExcelApi?.('1.9') === true;
  const budget = options.budgetBytes ?? WRITE_BUDGET_BYTES;
  const totalRows = report.sheets.reduce((s, sheet) => s + sheet.tables.reduce((t, table) => t + table.rows.length, 0), 0) || 1;
  let rowsWritten = 0;
  const progress = (phase: string): void => options.onProgress?.({ phase, fraction: rowsWritten / totalRows });

  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const sheetNames = worksheets.items.map((s) => s.name);
    const tableNames = tables.items.map((t) => t.name);
    const created: { name: string; requested: string }[] = [];
    const ids: string[] = [];
    const written: WrittenTable[] = [];
    try {
      for (const sheet of report.sheets) {
        const name = uniqueSheetName(sheet.name, sheetNames);
        sheetNames.push(name);
        const ws = worksheets.add(name);
        ws.load('id');
        created.push({ name, requested: sheet.name });
        progress(`Writing ${name}`);
        const layout = layoutSheet(sheet);
        for (const note of layout.notes) {
          const cell = ws.getRangeByIndexes(note.row, 0, 1, 1);
          cell.numberFormat = [[TEXT_FORMAT]];
          cell.values = [[note.text]];
        }
        for (const placement of layout.tables) {
          await writeTableCells(context, ws, placement, budget, () => {
            if (options.isCancelled?.()) throw new WriteCancelled();
          }, (rows) => {
            rowsWritten += rows;
            progress(`Writing ${name}`);
          });
          const tableName = uniqueTableName(placement.table.name, tableNames);
          tableNames.push(tableName);
          written.push({ sheet: name, name: tableName, requested: placement.table.name, address: addExcelTable(ws, placement, tableName, colorScales) });
        }
        autofitTables(ws, layout.tables);
        // Captions go in after the columns are sized: like the notes, a caption spills right instead of widening its column.
        for (const placement of layout.tables) writeCaption(ws, placement);
        for (const chart of layout.charts) addChart(ws, chart);
        const only = layout.tables.length === 1 ? layout.tables[0] : undefined;
        if (only && only.headerRow < MAX_FROZEN_ROWS) ws.freezePanes.freezeRows(only.headerRow + 1);
        await context.sync();
        ids.push(ws.id);
      }
      const first = created[0];
      if (first) worksheets.getItem(first.name).activate();
      await context.sync();
      return { sheets: created.map((sheet, i) => ({ id: ids[i] as string, ...sheet })), tables: written };
    } catch (error) {
      // A sheet whose add was in the failed sync does not exist: the null object makes its delete a no-op.
      for (const sheet of created) worksheets.getItemOrNullObject(sheet.name).delete();
      await context.sync();
      throw error;
    }
  });
}

export class WriteCancelled extends Error {
  constructor() {
    super('Writing was cancelled; the sheets it had created were removed.');
    this.name = 'WriteCancelled';
  }
}

/** Header and body, the body in chunks whose measured size stays under the budget, one sync each. */
async function writeTableCells(context: Excel.RequestContext, ws: Excel.Worksheet, p: TablePlacement, budget: number, checkCancel: () => void, onRows: (rows: number) => void): Promise<void> {
  const { table } = p;
  const width = table.columns.length;
  const header = ws.getRangeByIndexes(p.headerRow, p.col, 1, width);
  header.numberFormat = [table.columns.map(() => TEXT_FORMAT)];
  header.values = [table.columns.map((c) => c.name)];
  let start = 0;
  while (start < table.rows.length) {
    checkCancel();
    const { values, formats, formulas, end } = chunk(table, start, budget);
    const range = ws.getRangeByIndexes(p.headerRow + 1 + start, p.col, end - start, width);
    range.numberFormat = formats;
    range.values = values;
    // Formulas go in English through `formulas` (never `formulasLocal`); its nulls leave the values just written alone.
    if (formulas) range.formulas = formulas;
    context.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    onRows(end - start);
    start = end;
  }
}

interface Chunk {
  readonly values: (string | number | boolean)[][];
  readonly formats: string[][];
  /** null everywhere but the formula cells; undefined when the chunk has none. */
  readonly formulas: (string | null)[][] | undefined;
  readonly end: number;
}

/** Rows from `start` whose values, formats and formulas together measure at most `budget` bytes as JSON (at least one row). */
function chunk(table: ReportTable, start: number, budget: number): Chunk {
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  let hasFormulas = false;
  let bytes = 0;
  let i = start;
  for (; i < table.rows.length; i++) {
    const row = table.rows[i] as readonly (string | number | boolean | null)[];
    const v = row.map(cellValue);
    const f = row.map((cell, j) => cellFormat(cell, table.columns[j] ?? { name: '' }));
    const fx = row.map(cellFormula);
    const rowHasFormulas = fx.some((x) => x !== null);
    let size = 6;
    for (let j = 0; j < v.length; j++) size += jsonLength(v[j] as string | number | boolean) + (f[j] as string).length + 4;
    if (rowHasFormulas || hasFormulas) for (const x of fx) size += jsonLength(x) + 1;
    if (values.length > 0 && bytes + size > budget) break;
    values.push(v);
    formats.push(f);
    formulas.push(fx);
    hasFormulas ||= rowHasFormulas;
    bytes += size;
  }
  return { values, formats, formulas: hasFormulas ? formulas : undefined, end: i };
}

/** Characters of a cell value as JSON, without serialising the common number and boolean cases. */
function jsonLength(value: string | number | boolean | null): number {
  return typeof value === 'string' ? JSON.stringify(value).length : String(value).length;
}

/**
 * Sizes the columns once for all the sheet's tables, from the first table's header down (at most
 * AUTOFIT_ROWS rows): sizing table by table would let a later, narrower table shrink a column an earlier
 * one needs. The notes and captions are written after it, so a long note or caption does not widen column A.
 */
function autofitTables(ws: Excel.Worksheet, tables: readonly TablePlacement[]): void {
  const first = tables[0], last = tables[tables.length - 1];
  if (!first || !last) return;
  const top = first.headerRow;
  const bottom = Math.min(last.headerRow + Math.max(last.table.rows.length, 1), top + AUTOFIT_ROWS);
  const width = Math.max(...tables.map((t) => t.col + t.table.columns.length));
  ws.getRangeByIndexes(top, 0, bottom - top + 1, width).format.autofitColumns();
}

/** The bold caption above a table, when it has one. */
function writeCaption(ws: Excel.Worksheet, p: TablePlacement): void {
  if (p.titleRow === null || !p.table.title) return;
  const caption = ws.getRangeByIndexes(p.titleRow, p.col, 1, 1);
  caption.numberFormat = [[TEXT_FORMAT]];
  caption.values = [[p.table.title]];
  caption.format.font.bold = true;
}

/** Turns the written cells into a named Excel table and returns its address. */
function addExcelTable(ws: Excel.Worksheet, p: TablePlacement, name: string, colorScales: boolean): string {
  const rows = Math.max(p.table.rows.length, 1);
  const address = `${cellAddress(p.headerRow, p.col)}:${cellAddress(p.headerRow + rows, p.col + p.table.columns.length - 1)}`;
  const table = ws.tables.add(address, true);
  table.name = name;
  if (p.table.colorScale && colorScales) addColorScale(ws, p, rows);
  return address;
}

/** One conditional format per run of adjacent columns, anchored at the scale's fixed values. */
function addColorScale(ws: Excel.Worksheet, p: TablePlacement, rows: number): void {
  const scale = p.table.colorScale;
  if (!scale) return;
  const indices = scale.columns.map((name) => p.table.columns.findIndex((c) => c.name === name)).filter((j) => j >= 0).sort((a, b) => a - b);
  const stop = (s: ColorStop): Excel.ConditionalColorScaleCriterion => ({ type: 'Number', formula: String(s.value), color: s.color });
  for (let i = 0; i < indices.length; ) {
    let j = i;
    while (j + 1 < indices.length && indices[j + 1] === (indices[j] as number) + 1) j++;
    const first = indices[i] as number;
    const format = ws.getRangeByIndexes(p.headerRow + 1, p.col + first, rows, (indices[j] as number) - first + 1).conditionalFormats.add('ColorScale');
    format.colorScale.criteria = { minimum: stop(scale.min), ...(scale.mid ? { midpoint: stop(scale.mid) } : {}), maximum: stop(scale.max) };
    i = j + 1;
  }
}

/** A native chart whose series point at the table's columns; `seriesBy` is always explicit. */
function addChart(ws: Excel.Worksheet, c: ChartPlacement): void {
  const body = (j: number): Excel.Range => ws.getRangeByIndexes(c.table.headerRow + 1, c.table.col + j, Math.max(c.table.table.rows.length, 1), 1);
  const [firstSeries, ...moreSeries] = c.seriesIndex;
  if (firstSeries === undefined) throw new Error(`report: chart '${c.chart.title}' has no series`);
  const chart = ws.charts.add(excelChartType(c.chart), body(firstSeries), 'Columns');
  chart.title.text = c.chart.title;
  const first = chart.series.getItemAt(0);
  first.name = c.chart.series[0] ?? '';
  // Excel takes a blank or text first cell of the source as the series name; setting the values pins every row.
  first.setValues(body(firstSeries));
  first.setXAxisValues(body(c.xIndex));
  moreSeries.forEach((j, i) => {
    const series = chart.series.add(c.chart.series[i + 1]);
    series.setValues(body(j));
    series.setXAxisValues(body(c.xIndex));
  });
  if (c.chart.type !== 'pie') {
    if (c.chart.xAxisTitle) chart.axes.categoryAxis.title.text = c.chart.xAxisTitle;
    if (c.chart.yAxisTitle) chart.axes.valueAxis.title.text = c.chart.yAxisTitle;
    chart.displayBlanksAs = 'NotPlotted';
  }
  chart.legend.visible = c.seriesIndex.length > 1 || c.chart.type === 'pie';
  chart.setPosition(cellAddress(c.top, c.left), cellAddress(c.bottom, c.right));
}
