/**
 * The workbook behind the proxies: plain mutable records that commands change when a `sync` runs.
 * Nothing here knows about batching or loading; context.ts and the proxies do.
 */
import type { Rect } from './address';
import type { CellValue } from './cell-value';
import { SimError } from './errors';
import { createGrid, type Grid } from './grid';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A format change applied to a range (font, fill, alignment…), kept as data for tests and the workbench. */
export interface FormatEntry {
  readonly rect: Rect;
  readonly property: string;
  readonly value: unknown;
}

/** A conditional format on a range; only colour scales are modelled, kept as data. */
export interface ConditionalFormatModel {
  readonly rect: Rect;
  readonly type: 'ColorScale';
  /** `Excel.ConditionalColorScaleCriteria` as set: minimum, optional midpoint, maximum. */
  criteria?: unknown;
}

/** A custom XML part: an XML document stored in the file, found by the namespace of its root element. */
export interface CustomXmlPartModel {
  readonly id: string;
  readonly namespaceUri: string;
  xml: string;
}

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  readonly values: Grid<CellValue>;
  readonly formulas: Grid<string>;
  /** Number formats; a cell with none is "General". */
  readonly formats: Grid<string>;
  readonly hiddenRows: Set<number>;
  readonly hiddenColumns: Set<number>;
  merged: Rect[];
  freeze: { rows: number; cols: number };
  /** Column widths in points, for columns that were sized. */
  readonly columnWidths: Map<number, number>;
  readonly formatLog: FormatEntry[];
  readonly conditionalFormats: ConditionalFormatModel[];
}

/** A range on a sheet, by sheet id so renaming the sheet keeps the reference. */
export interface RangeRef {
  readonly sheetId: string;
  readonly rect: Rect;
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  rect: Rect;
  style: string;
}

export interface SeriesModel {
  name: string;
  values?: RangeRef;
  xValues?: RangeRef;
  chartType?: string;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  type: string;
  title?: string;
  readonly seriesBy: 'Auto' | 'Columns' | 'Rows';
  readonly source: RangeRef;
  series: SeriesModel[];
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  displayBlanksAs: 'NotPlotted' | 'Zero' | 'Interplotted';
  legend: { visible: boolean; position: string };
  /** Where the chart sits, as cell addresses given to setPosition. */
  position?: { start: string; end?: string };
}

export interface WorkbookModel {
  readonly sheets: SheetModel[];
  readonly tables: TableModel[];
  readonly charts: ChartModel[];
  readonly settings: Map<string, unknown>;
  readonly customXmlParts: CustomXmlPartModel[];
  activeSheetId: string;
  selection: RangeRef;
  /** The year Excel assumes for typed dates without one ("1-2"); fixed per workbook so runs are repeatable. */
  readonly currentYear: number;
  nextId: number;
}

/** A fresh id: office-js ids are opaque strings; ours ("sheet3") are short and stable within a workbook. */
export function newId(workbook: WorkbookModel, prefix: string): string {
  workbook.nextId += 1;
  return `${prefix}${workbook.nextId}`;
}

/** An empty sheet record. */
export function createSheetModel(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: 'Visible',
    protected: false,
    values: createGrid(),
    formulas: createGrid(),
    formats: createGrid(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    merged: [],
    freeze: { rows: 0, cols: 0 },
    columnWidths: new Map(),
    formatLog: [],
    conditionalFormats: [],
  };
}

/** The sheet with this id; ItemNotFound when it was deleted. */
export function sheetById(workbook: WorkbookModel, id: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.id === id);
  if (!sheet) throw new SimError('ItemNotFound', 'The worksheet this object refers to no longer exists; it was deleted.');
  return sheet;
}

/** The sheet with this name ignoring case, as Excel looks names up, or undefined. */
export function sheetByName(workbook: WorkbookModel, name: string): SheetModel | undefined {
  const key = name.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === key);
}

/** Refuses a change to the cells of a protected sheet, as Excel does. */
export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw new SimError('AccessDenied', `The worksheet "${sheet.name}" is protected, so its cells cannot be changed. Unprotect it (Review > Unprotect Sheet) or write to another sheet.`);
  }
}
