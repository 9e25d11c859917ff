import type { Problem } from '../problem';

/**
 * A cell whose content is an Excel formula in English with A1 references ("=1/(1+EXP(-B2))"), written through
 * `formulas`, never `formulasLocal`, so it means the same in every locale. The only way a report asks for a formula.
 */
export interface FormulaCell {
  readonly formula: string;
}

/**
 * A cell value in a report table. null is an empty cell. Strings are always written as text, never as formulas;
 * a formula is a FormulaCell.
 */
export type ReportCell = number | string | boolean | null | FormulaCell;

export interface ReportColumn {
  readonly name: string;
  /** Excel number format ("0.00", "0.0%", "yyyy-mm-dd", "@" for text); omitted means General. */
  readonly format?: string;
}

/** A colour at a fixed value of a colour scale. */
export interface ColorStop {
  readonly value: number;
  /** "#RRGGBB" */
  readonly color: string;
}

/**
 * Conditional formatting with a two- or three-colour scale over some columns of a table, anchored at fixed
 * values (a correlation matrix runs −1…+1 whatever its cells hold).
 */
export interface ColorScale {
  readonly columns: readonly string[];
  readonly min: ColorStop;
  readonly mid?: ColorStop;
  readonly max: ColorStop;
}

/** One native Excel table on a sheet. Tables on one sheet are laid out top to bottom in order. */
export interface ReportTable {
  /** Excel table name: letters, digits, underscores; unique within the report. */
  readonly name: string;
  /** A caption written above the table ("Centroids in original units"). */
  readonly title?: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  readonly colorScale?: ColorScale;
}

export type ChartType = 'line' | 'column' | 'bar' | 'scatter' | 'pie';

/** A native chart built from columns of one of the sheet's tables. */
export interface ChartSpec {
  readonly type: ChartType;
  readonly title: string;
  /** Name of the ReportTable (on the same sheet) whose columns feed the chart. */
  readonly table: string;
  /** Column giving categories (line/column/bar/pie) or x values (scatter). */
  readonly x: string;
  /** Columns plotted as series, one series each. */
  readonly series: readonly string[];
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  /**
   * Line and scatter charts: join points with straight lines (default: line charts yes, scatter no) and show
   * markers (default: scatter yes, line no). Blank cells are never plotted, so a blank row lifts the pen.
   */
  readonly lines?: boolean;
  readonly markers?: boolean;
}

export interface ReportSheet {
  /** Sheet name as the reader will see it (≤ 31 characters, none of []:*?/\); the writer makes it unique. */
  readonly name: string;
  /** Lines of plain text written above the tables (what this sheet shows, how to read it). */
  readonly notes?: readonly string[];
  readonly tables: readonly ReportTable[];
  readonly charts: readonly ChartSpec[];
}

/**
 * What a run produced, as data. The Excel writer turns it into sheets; the CLI writes it as JSON.
 * `result` is the analysis's plain engine result; it holds nothing that varies between runs of one recipe.
 */
export interface Report<TResult = unknown, TRecipe = unknown> {
  readonly recipe: TRecipe;
  readonly version: string;
  /** Short sentences for the task pane's summary and the CLI. */
  readonly summary: readonly string[];
  readonly warnings: readonly Problem[];
  readonly sheets: readonly ReportSheet[];
  readonly result: TResult;
}
