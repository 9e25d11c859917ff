import type { ChartSpec, ReportSheet, ReportTable } from '../engine/report/types';

/** Where a report table lands on its sheet (0-based sheet coordinates). */
export interface TablePlacement {
  readonly table: ReportTable;
  /** Row of the caption, when the table has a title. */
  readonly titleRow: number | null;
  readonly headerRow: number;
  readonly col: number;
}

export interface ChartPlacement {
  readonly chart: ChartSpec;
  readonly table: TablePlacement;
  /** Column offsets within the table of the x column and of each series column. */
  readonly xIndex: number;
  readonly seriesIndex: readonly number[];
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetLayout {
  readonly notes: readonly { readonly row: number; readonly text: string }[];
  readonly tables: readonly TablePlacement[];
  readonly charts: readonly ChartPlacement[];
}

const CHART_ROWS = 18;
const CHART_COLS = 8;

/**
 * Notes at the top, then the tables one below another with two blank rows between, and the charts
 * stacked to the right of the widest table, so nothing overlaps and a reader scans top to bottom.
 */
export function layoutSheet(sheet: ReportSheet): SheetLayout {
  const notes = (sheet.notes ?? []).map((text, row) => ({ row, text }));
  let row = notes.length > 0 ? notes.length + 1 : 0;
  const tables: TablePlacement[] = [];
  for (const table of sheet.tables) {
    const titleRow = table.title ? row : null;
    const headerRow = table.title ? row + 1 : row;
    tables.push({ table, titleRow, headerRow, col: 0 });
    row = headerRow + 1 + Math.max(table.rows.length, 1) + 2;
  }
  const width = Math.max(1, ...sheet.tables.map((t) => t.columns.length));
  const chartTop = notes.length > 0 ? notes.length + 1 : 0;
  const charts = sheet.charts.map((chart, i): ChartPlacement => {
    const table = tables.find((t) => t.table.name === chart.table);
    if (!table) throw new Error(`report: chart '${chart.title}' refers to table '${chart.table}', which is not on sheet '${sheet.name}'`);
    const indexOf = (name: string): number => {
      const j = table.table.columns.findIndex((c) => c.name === name);
      if (j < 0) throw new Error(`report: chart '${chart.title}' refers to column '${name}', which table '${chart.table}' does not have`);
      return j;
    };
    const top = chartTop + i * (CHART_ROWS + 1);
    return { chart, table, xIndex: indexOf(chart.x), seriesIndex: chart.series.map(indexOf), top, left: width + 1, bottom: top + CHART_ROWS, right: width + 1 + CHART_COLS };
  });
  return { notes, tables, charts };
}
