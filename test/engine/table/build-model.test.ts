// buildTable classifies a whole grid in one row-major pass into one pooled block and corrects each
// column in place. These properties hold it to a model written the obvious way: one cell at a time,
// one column at a time, straight from the rules in build.ts, cell-kind.ts and column-type.ts.
// The parsers themselves (numbers, dates as text) have their own tests and are used as they are.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { buildTable } from '../../../src/engine/table/build';
import { valueText } from '../../../src/engine/table/cell-text';
import { CellKind } from '../../../src/engine/table/cell-kind';
import { chooseColumnType, fitsType } from '../../../src/engine/table/column-type';
import { isDateFormat } from '../../../src/engine/table/date-format';
import { EXCEL_ERRORS } from '../../../src/engine/table/excel-errors';
import { excelSerial } from '../../../src/engine/table/excel-serial';
import { parseDateText } from '../../../src/engine/table/parse-date-text';
import { parseNumberText } from '../../../src/engine/table/parse-number-text';
import type { ColumnType, Table } from '../../../src/engine/table/types';

interface ModelCell {
  kind: number;
  monthFirst: number;
  dayFirst: number;
}

const BLANK = /^[ \t\n\r\u00a0]*$/;
const BOOLEAN = /^[ \t\n\r\u00a0]*'?[ \t\n\r\u00a0]*(true|false)[ \t\n\r\u00a0]*$/i;

/** One cell, as cell-kind.ts describes the kinds. */
function modelCell(value: unknown, format: string | undefined): ModelCell {
  const cell = (kind: number, monthFirst = NaN, dayFirst = NaN): ModelCell => ({ kind, monthFirst, dayFirst });
  if (value === null || value === undefined) return cell(CellKind.blank);
  if (typeof value === 'boolean') return cell(CellKind.boolean, value ? 1 : 0);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return cell(CellKind.nonFinite);
    return cell(format !== undefined && isDateFormat(format) ? CellKind.dateNumber : CellKind.number, value);
  }
  if (typeof value !== 'string') return cell(CellKind.text);
  if (BLANK.test(value)) return cell(CellKind.blank);
  if (EXCEL_ERRORS.has(value)) return cell(CellKind.error);
  const bool = BOOLEAN.exec(value);
  if (bool) return cell(CellKind.booleanText, bool[1]?.toLowerCase() === 'true' ? 1 : 0);
  const number = parseNumberText(value);
  if (!Number.isNaN(number)) return cell(CellKind.numberText, number);
  const date = parseDateText(value);
  if (date === undefined) return cell(CellKind.text);
  const monthFirst = excelSerial(date.year, date.month, date.day, date.time);
  const dayFirst = date.swappable ? excelSerial(date.year, date.day, date.month, date.time) : monthFirst;
  return Number.isNaN(monthFirst) && Number.isNaN(dayFirst) ? cell(CellKind.text) : cell(CellKind.dateText, monthFirst, dayFirst);
}

interface ModelColumn {
  type: ColumnType;
  values: (number | string | null)[];
  counts: Record<string, number>;
  firstRows: Record<string, number>;
  mismatchedRows: number[];
}

/** One column's data cells (header excluded), typed and counted as build-column.ts documents. */
function modelColumn(cells: ModelCell[], raw: unknown[]): ModelColumn {
  const counts = new Int32Array(CellKind.text + 1);
  for (const c of cells) counts[c.kind]!++;
  const type = chooseColumnType(counts);
  // Day-first when more cells exist only day-first than only month-first (ties: the default, month-first).
  const onlyMonthFirst = cells.filter((c) => c.kind === CellKind.dateText && Number.isNaN(c.dayFirst)).length;
  const onlyDayFirst = cells.filter((c) => c.kind === CellKind.dateText && Number.isNaN(c.monthFirst)).length;
  const dayFirstWins = type === 'date' && onlyDayFirst > onlyMonthFirst;
  const tally: Record<string, number> = {}, firstRows: Record<string, number> = {};
  const note = (what: string, i: number): void => {
    tally[what] = (tally[what] ?? 0) + 1;
    firstRows[what] ??= i;
  };
  const mismatchedRows: number[] = [];
  const values = cells.map((c, i) => {
    if (c.kind === CellKind.blank) return note('blanks', i), null;
    if (c.kind === CellKind.error) return note('errors', i), null;
    if (c.kind === CellKind.nonFinite) return note('nonFinite', i), null;
    if (!fitsType(c.kind, type)) return note('mismatched', i), mismatchedRows.push(i), null;
    if (type === 'text') return valueText(raw[i]);
    const value = c.kind === CellKind.dateText && dayFirstWins ? c.dayFirst : c.monthFirst;
    if (Number.isNaN(value)) return note('mismatched', i), mismatchedRows.push(i), null;
    if (c.kind === CellKind.numberText) note('numbersAsText', i);
    if (c.kind === CellKind.dateText) note('datesAsText', i);
    return value;
  });
  return { type, values, counts: tally, firstRows, mismatchedRows };
}

/** What buildTable made of one column, in the model's terms. */
function builtColumn(table: Table, j: number): ModelColumn {
  const column = table.columns[j];
  if (column === undefined) throw new Error(`no column ${j}`);
  const values = column.type === 'text' ? [...column.values] : Array.from(column.values, (v) => (Number.isNaN(v) ? null : v));
  const counts: Record<string, number> = {}, firstRows: Record<string, number> = {};
  const issues = column.issues as unknown as Record<string, number | string | undefined>;
  for (const [what, first] of [['blanks', 'firstBlank'], ['errors', 'firstError'], ['nonFinite', 'firstNonFinite'], ['mismatched', 'firstMismatched'], ['numbersAsText', 'firstNumberAsText'], ['datesAsText', 'firstDateAsText']] as const) {
    const count = issues[what] as number;
    if (count === 0) continue;
    counts[what] = count;
    // Origin A1 with a header: data row i is sheet row i + 2.
    firstRows[what] = Number(String(issues[first]).replace(/^[A-Z]+/, '')) - (table.hasHeader ? 2 : 1);
  }
  const mismatchedRows = column.type === 'text' ? [] : [...(column.mismatchedText?.keys() ?? [])].sort((a, b) => a - b);
  return { type: column.type, values, counts, firstRows, mismatchedRows };
}

// Cells of every kind, with the look-alikes each scanner must turn away.
const numberCell = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
const serialCell = fc.integer({ min: 1, max: 60000 });
const numberText = fc.oneof(
  fc.constantFrom('1,234.5', '12%', '(45)', '$1,200', ' 42 ', "'7", '1e+05', '-0.5', '€3.50'),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n.toLocaleString('en-US')),
);
const dateText = fc.oneof(
  fc.constantFrom('2024-03-01', '2024-03-01 14:05:00', '1 Mar 2024', 'Mar 1, 2024', '1-Mar-24', 'Sept 9, 2021', '2024-02-30'),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('2024', '99', '1899')).map(([a, b, y]) => `${String(a).padStart(2, '0')}/${String(b).padStart(2, '0')}/${y}`),
);
const booleanText = fc.constantFrom('TRUE', 'false', ' True ', "'FALSE", 'truE');
const text = fc.constantFrom('North', 'Segment A', 'P0001', 'Mar', 'May', 'Marc', 'Sept', 'n/a', '-', 'TRUEish', '#n/a', 'Male', '12,34');
const odd = fc.constantFrom('', '   ', '\u00a0', null, '#N/A', '#DIV/0!', NaN, Infinity, -Infinity, true, false);

const cellOf: Record<string, fc.Arbitrary<unknown>> = {
  number: fc.oneof({ arbitrary: numberCell, weight: 8 }, numberText),
  date: fc.oneof(serialCell, dateText),
  boolean: fc.oneof(fc.boolean(), booleanText),
  text,
};
const FORMATS = ['General', 'yyyy-mm-dd', '#,##0.00', 'm/d/yyyy h:mm'];

/** A column: mostly cells of one theme (so every type comes up), some of any kind, each with a format. */
const columnArb = (rows: number): fc.Arbitrary<{ value: unknown; format: string }[]> =>
  fc.constantFrom('number', 'date', 'boolean', 'text').chain((theme) => {
    const dateFormats = theme === 'date' ? fc.constantFrom('yyyy-mm-dd', 'm/d/yyyy h:mm') : fc.constantFrom(...FORMATS);
    const any = fc.oneof(...Object.values(cellOf), odd);
    const cell = fc.oneof({ arbitrary: cellOf[theme] as fc.Arbitrary<unknown>, weight: 12 }, { arbitrary: any, weight: 1 });
    return fc.array(fc.record({ value: cell, format: dateFormats }), { minLength: rows, maxLength: rows });
  });

const gridArb = fc
  .record({ rows: fc.integer({ min: 2, max: 40 }), cols: fc.integer({ min: 1, max: 5 }), header: fc.boolean() })
  .chain(({ rows, cols, header }) => fc.record({ header: fc.constant(header), columns: fc.array(columnArb(rows), { minLength: cols, maxLength: cols }) }));

describe('buildTable agrees with a one-cell-at-a-time model', () => {
  test('types, values, missing cells, issue counts with their first cells, and kept mismatched text, on random mixed columns', () => {
    fc.assert(
      fc.property(gridArb, ({ header, columns }) => {
        const rows = columns[0]?.length ?? 0;
        const body = Array.from({ length: rows }, (_, r) => columns.map((c) => c[r]?.value));
        const bodyFormats = Array.from({ length: rows }, (_, r) => columns.map((c) => c[r]?.format ?? 'General'));
        const values = header ? [columns.map((_, j) => `h${j}`), ...body] : body;
        const numberFormats = header ? [columns.map(() => 'General'), ...bodyFormats] : bodyFormats;
        const everyCellBlank = body.every((row) => row.every((v) => modelCell(v, undefined).kind === CellKind.blank));
        fc.pre(!everyCellBlank && !(rows === 1 && columns.length === 1 && !header));

        const table = buildTable(values, { numberFormats, header });
        expect(table.rowCount).toBe(rows);
        columns.forEach((column, j) => {
          const raw = column.map((c) => c.value);
          const model = modelColumn(column.map((c) => modelCell(c.value, c.format)), raw);
          const built = builtColumn(table, j);
          expect(built).toEqual(model);
          expect(built.values).toHaveLength(rows);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('building twice from one grid gives equal tables (the in-place correction touches only buildTable’s own storage)', () => {
    fc.assert(
      fc.property(gridArb, ({ columns }) => {
        const rows = columns[0]?.length ?? 0;
        const values = [columns.map((_, j) => `h${j}`), ...Array.from({ length: rows }, (_, r) => columns.map((c) => c[r]?.value))];
        fc.pre(values.slice(1).some((row) => row.some((v) => modelCell(v, undefined).kind !== CellKind.blank)));
        expect(buildTable(values, { header: true })).toEqual(buildTable(values, { header: true }));
      }),
      { numRuns: 100 },
    );
  });
});
