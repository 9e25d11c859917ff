import { gridGet } from '../sim/grid';
import type { ChartModel, RangeRef, WorkbookModel } from '../sim/model';
import { sheetById } from '../sim/model';

/** How the workbench draws a chart: Excel's many chart types fold into these. */
export type ChartKind = 'line' | 'column' | 'scatter';

export interface ChartPoint {
  /** The category (line, column) or x value (scatter). */
  readonly x: string | number;
  /** null: a blank cell, not plotted. */
  readonly y: number | null;
}

/** A chart's data read from its series' ranges, ready to draw. */
export interface ChartData {
  readonly kind: ChartKind;
  /** Join scatter points with lines (Excel's XYScatterLines…). */
  readonly lines: boolean;
  /** Draw a marker at each point (not for Excel's …NoMarkers types). */
  readonly markers: boolean;
  readonly title: string;
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly series: readonly { readonly name: string; readonly points: readonly ChartPoint[] }[];
}

/** Excel chart type → how it is drawn. Bars are drawn as columns and pies as columns of their slices. */
export function chartKind(excelType: string): ChartKind {
  if (excelType.startsWith('XYScatter')) return 'scatter';
  if (excelType.startsWith('Line')) return 'line';
  return 'column';
}

function cells(book: WorkbookModel, ref: RangeRef | undefined): unknown[] {
  if (!ref) return [];
  const sheet = sheetById(book, ref.sheetId);
  const out: unknown[] = [];
  for (let r = 0; r < ref.rect.rows; r++) for (let c = 0; c < ref.rect.cols; c++) out.push(gridGet(sheet.values, ref.rect.row + r, ref.rect.col + c));
  return out;
}

/**
 * The points of every series of `chart`, read from the workbook as Excel reads them: y from the series'
 * values, x from its xValues (or 1, 2, 3… when it has none); a cell that is not a number is a gap.
 * @example chartData(book, elbowChart).series[0].points // [{ x: 1, y: 600 }, { x: 2, y: 389.4 }, …]
 */
export function chartData(book: WorkbookModel, chart: ChartModel): ChartData {
  const kind = chartKind(chart.type);
  return {
    kind,
    lines: kind === 'line' || chart.type.startsWith('XYScatterLines'),
    markers: !chart.type.endsWith('NoMarkers'),
    title: chart.title ?? chart.name,
    ...(chart.categoryAxisTitle === undefined ? {} : { xTitle: chart.categoryAxisTitle }),
    ...(chart.valueAxisTitle === undefined ? {} : { yTitle: chart.valueAxisTitle }),
    series: chart.series.map((s) => {
      const ys = cells(book, s.values);
      const xs = cells(book, s.xValues);
      return {
        name: s.name,
        points: ys.map((y, i) => {
          const x = xs[i];
          return { x: typeof x === 'number' || typeof x === 'string' ? x : i + 1, y: typeof y === 'number' && Number.isFinite(y) ? y : null };
        }),
      };
    }),
  };
}
