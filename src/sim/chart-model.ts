/** Creating a chart record from its source data, with the series Excel would make. */
import type { Rect } from './address';
import { gridGet } from './grid';
import { SimError } from './errors';
import { assertWritable, newId, type ChartModel, type SeriesModel, type SheetModel, type WorkbookModel } from './model';

/** The chart types the simulator accepts (office-js `Excel.ChartType` names); others are refused, not guessed. */
export const CHART_TYPES: readonly string[] = [
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100',
  'Line', 'LineMarkers', 'LineStacked', 'XYScatter', 'XYScatterLines', 'XYScatterLinesNoMarkers', 'XYScatterSmooth',
  'XYScatterSmoothNoMarkers', 'Pie', 'Doughnut', 'Area', 'AreaStacked', 'Bubble', 'Histogram', 'BoxWhisker',
];

/** Throws InvalidArgument for a chart type the simulator does not know. */
export function checkChartType(type: string): void {
  if (!CHART_TYPES.includes(type)) throw new SimError('InvalidArgument', `Chart type "${type}" is not one of ${CHART_TYPES.join(', ')}.`);
}

function isText(sheet: SheetModel, row: number, col: number): boolean {
  return typeof gridGet(sheet.values, row, col) === 'string';
}

/**
 * The series Excel makes from `rect`: one per column (or row) of numbers. The first row names the series when
 * it holds text; the first column gives the categories when it holds text or the corner is blank, and is always
 * the x values of a scatter chart with more than one column.
 * @example A1:C4 with headers Segment, Customers, Revenue and text segments → series "Customers" (B2:B4)
 *   and "Revenue" (C2:C4), both with categories A2:A4.
 */
export function seriesFromSource(sheet: SheetModel, rect: Rect, type: string, seriesBy: 'Auto' | 'Columns' | 'Rows'): SeriesModel[] {
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && rect.rows >= rect.cols);
  // Work in (line, position) coordinates: a line is one column when series run down columns, else one row.
  const lines = byColumns ? rect.cols : rect.rows;
  const length = byColumns ? rect.rows : rect.cols;
  const cell = (line: number, pos: number) => (byColumns ? [rect.row + pos, rect.col + line] : [rect.row + line, rect.col + pos]) as [number, number];
  const cornerBlank = gridGet(sheet.values, rect.row, rect.col) === undefined;
  const hasNames = length > 1 && (cornerBlank || Array.from({ length: lines - 1 }, (_, i) => i + 1).some((line) => isText(sheet, ...cell(line, 0))));
  const first = hasNames ? 1 : 0;
  const categoryText = Array.from({ length: length - first }, (_, i) => i + first).some((pos) => isText(sheet, ...cell(0, pos)));
  const hasCategories = lines > 1 && (categoryText || cornerBlank || type.startsWith('XYScatter'));
  const part = (line: number): Rect =>
    byColumns
      ? { row: rect.row + first, col: rect.col + line, rows: length - first, cols: 1 }
      : { row: rect.row + line, col: rect.col + first, rows: 1, cols: length - first };
  const series: SeriesModel[] = [];
  for (let line = hasCategories ? 1 : 0; line < lines; line++) {
    const name = hasNames ? gridGet(sheet.values, ...cell(line, 0)) : undefined;
    series.push({
      name: name === undefined ? `Series${series.length + 1}` : String(name),
      values: { sheetId: sheet.id, rect: part(line) },
      ...(hasCategories ? { xValues: { sheetId: sheet.id, rect: part(0) } } : {}),
    });
  }
  return series;
}

/** Adds a chart of `type` to `sheet`, fed by `rect` on `source` (often the same sheet). */
export function addChart(workbook: WorkbookModel, sheet: SheetModel, source: SheetModel, type: string, rect: Rect, seriesBy: 'Auto' | 'Columns' | 'Rows'): ChartModel {
  checkChartType(type);
  assertWritable(sheet);
  const taken = new Set(workbook.charts.map((c) => c.name));
  let n = 1;
  while (taken.has(`Chart ${n}`)) n++;
  const chart: ChartModel = {
    id: newId(workbook, 'chart'),
    name: `Chart ${n}`,
    sheetId: sheet.id,
    type,
    seriesBy,
    source: { sheetId: source.id, rect },
    series: seriesFromSource(source, rect, type, seriesBy),
    displayBlanksAs: 'NotPlotted',
    legend: { visible: true, position: 'Right' },
  };
  workbook.charts.push(chart);
  return chart;
}
