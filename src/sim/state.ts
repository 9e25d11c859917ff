/**
 * A workbook as plain JSON, both ways: `createWorkbook(state)` builds one (tests, the CLI, the workbench) and
 * `exportState(workbook)` gives back everything a reader could see — cell values, formulas, number formats,
 * hidden rows, merged areas, tables, charts with their series ranges, settings — so a run can be saved,
 * compared and reloaded. Exporting then creating gives an equal workbook.
 */
import { cellA1, columnLetters, parseAddress, rectA1, sheetAddress, type Rect } from './address';
import { isCellError, type CellError } from './cell-value';
import { writeValues } from './cells';
import { SimError } from './errors';
import { gridGet, gridRuns, gridSet, type Grid } from './grid';
import { createSheetModel, newId, sheetById, sheetByName, type ChartModel, type RangeRef, type SheetModel, type SheetVisibility, type WorkbookModel } from './model';
import { usedRect } from './region';
import { checkSheetName } from './sheet-name';
import { addTable } from './table-model';
import { checkTableName } from './table-name';

/** A cell in state JSON: null is empty; an error value is { error: "#N/A" }. */
export type StateCell = number | string | boolean | CellError | null;

export interface SeriesState {
  readonly name: string;
  /** Sheet-qualified address ("Sheet1!B2:B10"). */
  readonly values?: string;
  readonly xValues?: string;
  readonly chartType?: string;
}

export interface ChartState {
  readonly name: string;
  readonly type: string;
  readonly title?: string;
  readonly seriesBy: 'Auto' | 'Columns' | 'Rows';
  /** Sheet-qualified address of the source data. */
  readonly source: string;
  readonly series: readonly SeriesState[];
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  readonly displayBlanksAs: 'NotPlotted' | 'Zero' | 'Interplotted';
  readonly legend: { readonly visible: boolean; readonly position: string };
  readonly position?: { readonly start: string; readonly end?: string };
}

export interface SheetState {
  readonly name: string;
  /** Top-left cell of `values`; "A1" when omitted. */
  readonly origin?: string;
  /** Cell contents as stored: strings stay text. Set `typed` to write them as typed input instead. */
  readonly values?: readonly (readonly StateCell[])[];
  /** Coerce `values` as Excel coerces typed input ("0001" → 1, "=1+1" → formula, "1-2" → date). */
  readonly typed?: boolean;
  /** Formulas by address; a range address gives the same formula to every cell ("C2:C4": "=1+1"). */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Number formats by address ("B2:B100": "0.00"). Cells not listed are General. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** Hidden rows as the row numbers Excel shows (1-based). */
  readonly hiddenRows?: readonly number[];
  /** Merged areas ("A1:B2"). */
  readonly merged?: readonly string[];
  readonly protected?: boolean;
  readonly visibility?: SheetVisibility;
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** Column widths in points by column letter. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  readonly tables?: readonly { readonly name: string; readonly address: string; readonly style?: string }[];
  readonly charts?: readonly ChartState[];
  /** Colour scales (conditional formats) with the criteria as set through the API. */
  readonly conditionalFormats?: readonly { readonly address: string; readonly type: 'ColorScale'; readonly criteria?: unknown }[];
}

/** A custom XML part as stored in the file. */
export interface CustomXmlPartState {
  readonly id: string;
  readonly namespaceUri: string;
  readonly xml: string;
}

export interface WorkbookState {
  readonly sheets: readonly SheetState[];
  /** Sheet-qualified address of the selected range; A1 of the first sheet when omitted. */
  readonly selection?: string;
  readonly activeSheet?: string;
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly customXmlParts?: readonly CustomXmlPartState[];
  /** The year assumed for typed dates without one ("1-2"); the current year when omitted. */
  readonly currentYear?: number;
}

function rangeRef(book: WorkbookModel, address: string): RangeRef {
  const parsed = parseAddress(address);
  const sheet = parsed.sheet === undefined ? undefined : sheetByName(book, parsed.sheet);
  if (!sheet) throw new SimError('InvalidArgument', `"${address}" must name an existing sheet, like "Sheet1!A1:B2".`);
  return { sheetId: sheet.id, rect: parsed.rect };
}

function refAddress(book: WorkbookModel, ref: RangeRef): string {
  return sheetAddress(sheetById(book, ref.sheetId).name, ref.rect);
}

function fillRuns(grid: Grid<string>, runs: Readonly<Record<string, string>> | undefined): void {
  for (const [address, value] of Object.entries(runs ?? {})) {
    const { rect } = parseAddress(address);
    for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.col; c < rect.col + rect.cols; c++) gridSet(grid, r, c, value);
  }
}

function fillSheet(book: WorkbookModel, sheet: SheetModel, spec: SheetState): void {
  fillRuns(sheet.formats, spec.numberFormats);
  const origin = parseAddress(spec.origin ?? 'A1').rect;
  const values = spec.values ?? [];
  const cols = Math.max(0, ...values.map((row) => row.length));
  if (spec.typed && values.length > 0) {
    const padded = values.map((row) => Array.from({ length: cols }, (_, c) => row[c] ?? null));
    writeValues(sheet, { row: origin.row, col: origin.col, rows: values.length, cols }, padded, book.currentYear, 'values');
  } else {
    values.forEach((row, r) => row.forEach((v, c) => v !== null && gridSet(sheet.values, origin.row + r, origin.col + c, v)));
  }
  fillRuns(sheet.formulas, spec.formulas);
  for (const n of spec.hiddenRows ?? []) sheet.hiddenRows.add(n - 1);
  sheet.merged = (spec.merged ?? []).map((a) => parseAddress(a).rect);
  if (spec.freeze) sheet.freeze = { ...spec.freeze };
  for (const [letters, width] of Object.entries(spec.columnWidths ?? {})) sheet.columnWidths.set(parseAddress(`${letters}:${letters}`).rect.col, width);
  for (const t of spec.tables ?? []) {
    const table = addTable(book, sheet, parseAddress(t.address).rect, true);
    checkTableName(book, t.name, table.id);
    table.name = t.name;
    if (t.style !== undefined) table.style = t.style;
  }
  for (const f of spec.conditionalFormats ?? []) {
    sheet.conditionalFormats.push({ rect: parseAddress(f.address).rect, type: f.type, ...(f.criteria === undefined ? {} : { criteria: f.criteria }) });
  }
  sheet.visibility = spec.visibility ?? 'Visible';
  sheet.protected = spec.protected ?? false;
}

function chartFromState(book: WorkbookModel, sheet: SheetModel, c: ChartState): ChartModel {
  return {
    id: newId(book, 'chart'),
    name: c.name,
    sheetId: sheet.id,
    type: c.type,
    ...(c.title === undefined ? {} : { title: c.title }),
    seriesBy: c.seriesBy,
    source: rangeRef(book, c.source),
    series: c.series.map((s) => ({
      name: s.name,
      ...(s.values === undefined ? {} : { values: rangeRef(book, s.values) }),
      ...(s.xValues === undefined ? {} : { xValues: rangeRef(book, s.xValues) }),
      ...(s.chartType === undefined ? {} : { chartType: s.chartType }),
    })),
    ...(c.categoryAxisTitle === undefined ? {} : { categoryAxisTitle: c.categoryAxisTitle }),
    ...(c.valueAxisTitle === undefined ? {} : { valueAxisTitle: c.valueAxisTitle }),
    displayBlanksAs: c.displayBlanksAs,
    legend: { ...c.legend },
    ...(c.position === undefined ? {} : { position: { ...c.position } }),
  };
}

/**
 * A workbook from plain data. Sheet names are checked as Excel checks them.
 * @example createWorkbook({ sheets: [{ name: 'Data', values: [['id', 'amount'], [1, 9.5]] }], selection: 'Data!A1:B2' })
 */
export function createWorkbook(state: WorkbookState): WorkbookModel {
  const sheetsIn = state.sheets.length > 0 ? state.sheets : [{ name: 'Sheet1' }];
  const book: WorkbookModel = {
    sheets: [],
    tables: [],
    charts: [],
    settings: new Map(Object.entries(state.settings ?? {}).map(([k, v]) => [k, JSON.parse(JSON.stringify(v ?? null)) as unknown])),
    customXmlParts: (state.customXmlParts ?? []).map((p) => ({ ...p })),
    activeSheetId: '',
    selection: { sheetId: '', rect: { row: 0, col: 0, rows: 1, cols: 1 } },
    currentYear: state.currentYear ?? new Date().getFullYear(),
    nextId: 0,
  };
  // Ids of reloaded parts stay unique: new ids count on from the highest one in the file.
  book.nextId = Math.max(0, ...book.customXmlParts.map((p) => Number(/\d+/.exec(p.id)?.[0] ?? 0)));
  for (const spec of sheetsIn) {
    checkSheetName(book, spec.name);
    book.sheets.push(createSheetModel(newId(book, 'sheet'), spec.name));
  }
  sheetsIn.forEach((spec, i) => fillSheet(book, book.sheets[i] as SheetModel, spec));
  sheetsIn.forEach((spec, i) => {
    for (const c of spec.charts ?? []) book.charts.push(chartFromState(book, book.sheets[i] as SheetModel, c));
  });
  const selection = state.selection === undefined ? undefined : rangeRef(book, state.selection);
  const active = state.activeSheet === undefined ? undefined : sheetByName(book, state.activeSheet);
  const first = book.sheets.find((s) => s.visibility === 'Visible') ?? (book.sheets[0] as SheetModel);
  book.activeSheetId = active?.id ?? selection?.sheetId ?? first.id;
  book.selection = selection ?? { sheetId: book.activeSheetId, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  return book;
}

function runsRecord(grid: Grid<string>): Record<string, string> {
  return Object.fromEntries(gridRuns(grid).map((run) => [rectA1(run.rect), run.value]));
}

function exportSheet(book: WorkbookModel, sheet: SheetModel): SheetState {
  const used: Rect | undefined = usedRect(sheet, true);
  const values = used
    ? Array.from({ length: used.rows }, (_, r) =>
        Array.from({ length: used.cols }, (_, c): StateCell => {
          const v = gridGet(sheet.values, used.row + r, used.col + c);
          return v === undefined ? null : isCellError(v) ? { error: v.error } : v;
        }),
      )
    : [];
  const charts = book.charts.filter((c) => c.sheetId === sheet.id);
  const tables = book.tables.filter((t) => t.sheetId === sheet.id);
  return {
    name: sheet.name,
    origin: used ? cellA1(used.row, used.col) : 'A1',
    values,
    formulas: runsRecord(sheet.formulas),
    numberFormats: runsRecord(sheet.formats),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
    merged: sheet.merged.map(rectA1),
    protected: sheet.protected,
    visibility: sheet.visibility,
    freeze: { ...sheet.freeze },
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetters(c), w])),
    tables: tables.map((t) => ({ name: t.name, address: rectA1(t.rect), style: t.style })),
    charts: charts.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.title === undefined ? {} : { title: c.title }),
      seriesBy: c.seriesBy,
      source: refAddress(book, c.source),
      series: c.series.map((s) => ({
        name: s.name,
        ...(s.values ? { values: refAddress(book, s.values) } : {}),
        ...(s.xValues ? { xValues: refAddress(book, s.xValues) } : {}),
        ...(s.chartType === undefined ? {} : { chartType: s.chartType }),
      })),
      ...(c.categoryAxisTitle === undefined ? {} : { categoryAxisTitle: c.categoryAxisTitle }),
      ...(c.valueAxisTitle === undefined ? {} : { valueAxisTitle: c.valueAxisTitle }),
      displayBlanksAs: c.displayBlanksAs,
      legend: { ...c.legend },
      ...(c.position === undefined ? {} : { position: { ...c.position } }),
    })),
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ address: rectA1(f.rect), type: f.type, ...(f.criteria === undefined ? {} : { criteria: f.criteria }) })),
  };
}

/** Everything a reader of the workbook could see, as plain JSON (see WorkbookState). */
export function exportState(book: WorkbookModel): WorkbookState {
  return {
    sheets: book.sheets.map((s) => exportSheet(book, s)),
    selection: refAddress(book, book.selection),
    activeSheet: sheetById(book, book.activeSheetId).name,
    settings: Object.fromEntries(book.settings),
    customXmlParts: book.customXmlParts.map((p) => ({ ...p })),
    currentYear: book.currentYear,
  };
}

