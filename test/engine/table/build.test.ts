import { describe, expect, test } from '@jest/globals';
import { buildTable } from '../../../src/engine/table/build';
import type { Column, NumericColumn, Table } from '../../../src/engine/table/types';

const column = (table: Table, name: string): Column => {
  const found = table.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
};
const numbers = (table: Table, name: string): number[] => Array.from((column(table, name) as NumericColumn).values);
const codes = (table: Table): string[] => table.warnings.map((w) => w.code);

describe('buildTable: column types', () => {
  test('numbers, text and JavaScript booleans keep their values', () => {
    const table = buildTable([
      ['Id', 'Genre', 'Active'],
      [1, 'Male', true],
      [2.5, 'Female', false],
    ]);
    expect(table.columns.map((c) => c.type)).toEqual(['number', 'text', 'boolean']);
    expect(numbers(table, 'Id')).toEqual([1, 2.5]);
    expect(column(table, 'Genre').values).toEqual(['Male', 'Female']);
    expect(numbers(table, 'Active')).toEqual([1, 0]);
    expect(table.warnings).toEqual([]);
  });

  test('numbers under a date or time format are Excel serials in a date column', () => {
    const table = buildTable(
      [
        ['Day', 'Stamp', 'Amount'],
        [45352, 45352.5, 45352],
        [45353, 45353.25, 10],
      ],
      {
        numberFormats: [
          ['General', 'General', 'General'],
          ['yyyy-mm-dd', '[$-409]m/d/yy h:mm AM/PM;@', '#,##0.00'],
          ['d-mmm', 'h:mm', '#,##0.00'],
        ],
      },
    );
    expect(table.columns.map((c) => c.type)).toEqual(['date', 'date', 'number']);
    expect(numbers(table, 'Stamp')).toEqual([45352.5, 45353.25]);
    expect(column(table, 'Day').issues.datesAsText).toBe(0);
  });

  test('TRUE/FALSE text makes a boolean column only when the whole column is like that', () => {
    const all = buildTable([['Paid'], ['TRUE'], ['false'], [' True ']]);
    expect(all.columns[0]?.type).toBe('boolean');
    expect(numbers(all, 'Paid')).toEqual([1, 0, 1]);
    expect(codes(all)).toEqual(['booleans-as-text']);
    const mixed = buildTable([['Paid'], ['TRUE'], ['maybe'], [1]], { header: true });
    expect(mixed.columns[0]?.type).toBe('text');
  });

  test('a column is numeric when at least 90% of its present cells are numbers: 9 of 10 is, 8 of 10 is not', () => {
    const nine = [['Amount'], ...Array.from({ length: 9 }, (_, i) => [i]), ['n/a']];
    const eight = [['Amount'], ...Array.from({ length: 8 }, (_, i) => [i]), ['n/a'], ['none']];
    expect(buildTable(nine).columns[0]?.type).toBe('number');
    expect(buildTable(eight).columns[0]?.type).toBe('text');
    // In a text column numbers are kept as their text, nothing is lost.
    expect(buildTable(eight).columns[0]?.values.slice(7)).toEqual(['7', 'n/a', 'none']);
  });

  test('cells that do not fit become missing, counted with the first cell and a warning that says what to do', () => {
    // Origin (4, 2): header on sheet row 5, data row i on sheet row 6 + i; 'n/a' is data row 9 → C15.
    // 18 numbers of 20 present cells is exactly 90%: still a number column.
    const values = [['Amount'], ...Array.from({ length: 9 }, (_, i) => [i + 1]), ['n/a'], [true], ...Array.from({ length: 9 }, (_, i) => [i + 11])];
    const table = buildTable(values, { origin: { row: 4, col: 2 } });
    const amount = column(table, 'Amount');
    expect(amount.type).toBe('number');
    expect(amount.issues.mismatched).toBe(2);
    expect(amount.issues.firstMismatched).toBe('C15');
    expect(numbers(table, 'Amount').slice(8, 12)).toEqual([9, NaN, NaN, 11]);
    const warning = table.warnings.find((w) => w.code === 'mismatched-cells');
    expect(warning?.message).toBe("Column 'Amount' has 2 cells that are not a number (first at C15: 'n/a'); they are treated as missing — clean them or exclude the column.");
    // When every misfit is text the warning says so; data row 18 of an A1 table is A20.
    const textOnly = buildTable([['Amount'], ...Array.from({ length: 18 }, (_, i) => [i]), ['n/a'], ['-']]);
    expect(textOnly.warnings.find((w) => w.code === 'mismatched-cells')?.message).toMatch(/^Column 'Amount' has 2 text cells \(first at A20: 'n\/a'\)/);
  });
});

describe('buildTable: numbers stored as text', () => {
  test.each([
    ['1,234.50', 1234.5],
    ['12%', 0.12],
    ['(45)', -45],
    ['$1,200', 1200],
    ['€3.50', 3.5],
    ['£7', 7],
    ['¥1,000', 1000],
    ['  42 ', 42],
    ["'42", 42],
    ['1e+05', 100000],
    ['-1.5E-3', -0.0015],
  ])('%p is read as %p and counted with its cell', (text, value) => {
    const table = buildTable([['Amount'], [1], [text]], { origin: { row: 4, col: 2 } });
    const amount = column(table, 'Amount');
    expect(amount.type).toBe('number');
    expect(numbers(table, 'Amount')).toEqual([1, value]);
    expect(amount.issues.numbersAsText).toBe(1);
    expect(amount.issues.firstNumberAsText).toBe('C7');
    expect(table.warnings).toEqual([
      { code: 'numbers-as-text', column: 'Amount', cell: 'C7', message: `Column 'Amount' has 1 number stored as text (first at C7: '${text.trim()}'); it was read as a number.` },
    ]);
  });
});

describe('buildTable: dates stored as text', () => {
  test('ISO dates and date-times become serials, counted and warned about', () => {
    const table = buildTable([['When'], ['2024-03-01'], ['2024-03-01 14:05:00'], ['1 Mar 2024']], { header: true });
    const when = column(table, 'When');
    expect(when.type).toBe('date');
    // 14:05 is 50700 s of 86400.
    expect(numbers(table, 'When')).toEqual([45352, 45352 + 50700 / 86400, 45352]);
    expect(when.issues.datesAsText).toBe(3);
    expect(when.issues.firstDateAsText).toBe('A2');
    expect(codes(table)).toEqual(['dates-as-text']);
  });

  test('a field above 12 settles day-first for the whole column', () => {
    // 01/03/2024 day-first is 1 March 2024 = 45352; 25/03/2024 = 45352 + 24.
    const table = buildTable([['When'], ['01/03/2024'], ['25/03/2024']], { header: true });
    expect(numbers(table, 'When')).toEqual([45352, 45376]);
    expect(table.warnings[0]?.message).toContain("day first (as '25/03/2024' at A3 shows)");
  });

  test('a field above 12 in second place settles month-first, whatever dateOrder says', () => {
    const table = buildTable([['When'], ['03/01/2024'], ['03/25/2024']], { header: true, dateOrder: 'dmy' });
    expect(numbers(table, 'When')).toEqual([45352, 45376]);
    expect(codes(table)).toEqual(['dates-as-text']);
  });

  test('an ambiguous column is read by dateOrder (default month-first) and the assumption is a warning', () => {
    const values = [['When'], ['01/03/2024'], ['02/03/2024']];
    const mdy = buildTable(values, { header: true });
    // Month-first: 3 Jan 2024 and 3 Feb 2024; 2024-01-03 = 45352 − 29 (Feb) − 31 (Jan) + 2 = 45294.
    expect(numbers(mdy, 'When')).toEqual([45294, 45325]);
    const assumed = mdy.warnings.find((w) => w.code === 'date-order-assumed');
    expect(assumed?.cell).toBe('A2');
    expect(assumed?.message).toContain('month first (m/d/y)');
    expect(assumed?.message).toContain("set dateOrder to 'dmy'");
    const dmy = buildTable(values, { header: true, dateOrder: 'dmy' });
    expect(numbers(dmy, 'When')).toEqual([45352, 45353]);
    expect(dmy.warnings.find((w) => w.code === 'date-order-assumed')?.message).toContain('day first (d/m/y)');
  });

  test('a date that exists only in the losing order is a mismatch, not a silent swap', () => {
    // Two cells need day-first (25/…, 26/…), one needs month-first (03/13/2024): day-first wins.
    const table = buildTable([['When'], ['25/03/2024'], ['26/03/2024'], ['03/13/2024']], { header: true });
    expect(numbers(table, 'When')).toEqual([45376, 45377, NaN]);
    expect(column(table, 'When').issues.mismatched).toBe(1);
    expect(column(table, 'When').issues.firstMismatched).toBe('A4');
  });
});

describe('buildTable: blanks, errors and non-finite numbers', () => {
  test('are counted per column with the first cell, given a non-A1 origin', () => {
    // Origin (4, 2): header C5, data row i at sheet row 6 + i, so data row 8 is C14.
    const data: unknown[][] = Array.from({ length: 12 }, (_, i) => [i, `n${i}`]);
    data[8] = ['', '#N/A'];
    data[9] = ['   ', '#DIV/0!'];
    data[10] = ['#VALUE!', ''];
    const table = buildTable([['Amount', 'Note'], ...data], { origin: { row: 4, col: 2 } });
    const amount = column(table, 'Amount');
    expect(amount.type).toBe('number');
    expect(amount.issues).toMatchObject({ blanks: 2, firstBlank: 'C14', errors: 1, firstError: 'C16' });
    expect(numbers(table, 'Amount').slice(7, 12)).toEqual([7, NaN, NaN, NaN, 11]);
    const note = column(table, 'Note');
    expect(note.issues).toMatchObject({ blanks: 1, firstBlank: 'D16', errors: 2, firstError: 'D14' });
    expect(note.values.slice(8, 11)).toEqual([null, null, null]);
    expect(table.warnings.find((w) => w.column === 'Note' && w.code === 'excel-errors')?.message).toBe(
      "Column 'Note' has 2 error values such as #N/A (first at D14); they are treated as missing — fix the formulas or exclude the column.",
    );
  });

  test.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#BUSY!'])('%p is an error value', (error) => {
    const table = buildTable([['X'], [1], [error]]);
    expect(column(table, 'X').issues.errors).toBe(1);
  });

  test('NaN and ±Infinity are counted as non-finite and stored as missing', () => {
    const table = buildTable([['X'], [1], [NaN], [Infinity], [-Infinity]], { origin: { row: 4, col: 2 } });
    expect(column(table, 'X').type).toBe('number');
    expect(column(table, 'X').issues).toMatchObject({ nonFinite: 3, firstNonFinite: 'C7', mismatched: 0 });
    expect(numbers(table, 'X')).toEqual([1, NaN, NaN, NaN]);
    expect(codes(table)).toEqual(['non-finite']);
  });

  test('a column with no values at all is empty text, with a warning', () => {
    const table = buildTable([['X', 'Y'], [1, ''], [2, '#N/A']]);
    expect(column(table, 'Y').type).toBe('text');
    expect(codes(table)).toContain('column-empty');
  });

  test('the input grid is not modified', () => {
    const values = Object.freeze([Object.freeze(['Amount', 'When']), Object.freeze(['1,234', '2024-03-01']), Object.freeze([2, ''])]);
    expect(() => buildTable(values)).not.toThrow();
    expect(values[1]).toEqual(['1,234', '2024-03-01']);
  });
});

describe('buildTable: input that cannot be a table throws an InputError naming the place and the fix', () => {
  const thrown = (values: readonly (readonly unknown[])[], options = {}): { code?: string; cell?: string; message: string } => {
    try {
      buildTable(values, options);
    } catch (e) {
      const error = e as { name: string; message: string; problems: { code: string; cell?: string }[] };
      expect(error.name).toBe('InputError');
      return { code: error.problems[0]?.code, cell: error.problems[0]?.cell, message: error.message };
    }
    throw new Error('expected buildTable to throw');
  };

  test('an empty selection', () => {
    expect(thrown([]).code).toBe('empty-selection');
    expect(thrown([[]]).code).toBe('empty-selection');
  });

  test('a selection where every cell is blank names the range', () => {
    const e = thrown([['', ' '], ['', '']], { origin: { row: 4, col: 2 } });
    expect(e.code).toBe('blank-selection');
    expect(e.message).toContain('C5:D6');
  });

  test('a single cell', () => {
    const e = thrown([[42]], { origin: { row: 4, col: 2 } });
    expect(e).toMatchObject({ code: 'single-cell', cell: 'C5' });
    expect(e.message).toBe('Only one cell (C5) is selected. Select the whole table, not a single cell — or use current region.');
  });

  test('a header with no data rows (alone, or over blank rows, or forced)', () => {
    const alone = thrown([['Name', 'Age']], { origin: { row: 4, col: 2 } });
    expect(alone).toMatchObject({ code: 'header-only', cell: 'C5:D5' });
    expect(alone.message).toContain('Select the header together with the rows below it');
    expect(thrown([['Name', 'Age'], ['', '']]).code).toBe('header-only');
    expect(thrown([[1, 2]], { header: true }).code).toBe('header-only');
  });

  test('ragged rows name the row', () => {
    const e = thrown([['A', 'B'], [1, 2], [3]], { origin: { row: 4, col: 2 } });
    expect(e).toMatchObject({ code: 'ragged-rows', cell: 'C7' });
    expect(e.message).toBe('Row 3 of the selection (sheet row 7) has 1 cells but the first row has 2. Pass a rectangular range (every row the same width).');
  });

  test('numberFormats of another shape', () => {
    expect(thrown([['A', 'B'], [1, 2]], { numberFormats: [['General', 'General']] }).code).toBe('number-formats-shape');
  });
});
