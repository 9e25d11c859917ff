import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { buildTable } from '../../../src/engine/table/build';
import { cellText } from '../../../src/engine/table/cell-text';
import type { Column, Table } from '../../../src/engine/table/types';

const column = (table: Table, name: string): Column => {
  const found = table.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
};
const texts = (c: Column, rowCount: number): (string | null)[] => Array.from({ length: rowCount }, (_, i) => cellText(c, i));

describe('mismatchedText: the text of cells that did not fit a numeric column', () => {
  // 18 invoice numbers, one cancellation "C489449" and one "A506401" (adjustment): 18 of 20 present
  // cells are numbers = 90 %, so the column is numeric and the two texts are mismatched (NaN).
  const invoices: (number | string)[] = Array.from({ length: 18 }, (_, i) => 489_434 + i);
  invoices.splice(3, 0, 'C489449');
  invoices.push(' A506401', '');
  const table = buildTable([['Invoice'], ...invoices.map((v) => [v])]);
  const invoice = column(table, 'Invoice');

  test('the column stays numeric; the two texts are kept by data row, as typed', () => {
    expect(invoice.type).toBe('number');
    expect(invoice.issues.mismatched).toBe(2);
    if (invoice.type === 'text') throw new Error('unreachable');
    expect(Number.isNaN(invoice.values[3] as number)).toBe(true);
    expect([...(invoice.mismatchedText ?? new Map<number, string>())]).toEqual([[3, 'C489449'], [19, ' A506401']]);
  });

  test('cellText gives numbers in shortest form, the kept texts, and null for the blank', () => {
    expect(texts(invoice, 4)).toEqual(['489434', '489435', '489436', 'C489449']);
    expect(cellText(invoice, 19)).toBe(' A506401');
    expect(cellText(invoice, 20)).toBeNull();
  });

  test('a clean numeric column carries no mismatchedText at all', () => {
    const clean = column(buildTable([['Id'], [1], [2.5], [''], ['1,234']]), 'Id');
    expect(clean.type).toBe('number');
    expect('mismatchedText' in clean).toBe(false);
    // "1,234" is a number stored as text: it fits the type, so its value is the number.
    expect(texts(clean, 4)).toEqual(['1', '2.5', null, '1234']);
  });
});

describe('cellText on other column types', () => {
  test('text cells as typed (numbers among text as their shortest form); booleans as Excel shows them', () => {
    const table = buildTable([
      ['Name', 'Flag'],
      ['Ann', true],
      [0.1 + 0.2, false],
      ['', true],
    ]);
    expect(texts(column(table, 'Name'), 3)).toEqual(['Ann', '0.30000000000000004', null]);
    expect(texts(column(table, 'Flag'), 3)).toEqual(['TRUE', 'FALSE', 'TRUE']);
  });

  test('dates give their Excel serial', () => {
    // 2010-01-01 is serial 40179 (days since 1899-12-30).
    const table = buildTable([['Day'], [40_179], [40_180.5]], { numberFormats: [['General'], ['yyyy-mm-dd'], ['yyyy-mm-dd']] });
    expect(texts(column(table, 'Day'), 2)).toEqual(['40179', '40180.5']);
  });

  test('any finite number in a numeric column reads back to itself', () => {
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 20 }), (xs) => {
      const c = column(buildTable([['X'], ...xs.map((x) => [x])]), 'X');
      return xs.every((x, i) => Number(cellText(c, i)) === x || (x === 0 && cellText(c, i) === '0'));
    }));
  });
});
