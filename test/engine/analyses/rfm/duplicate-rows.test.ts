/**
 * Exact-duplicate rows found by hashing cells agree with the plain definition: every cell's text (cellText, a
 * blank as an empty text) equal to an earlier row's.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { duplicateRowTest } from '../../../../src/engine/analyses/rfm/duplicate-rows';
import { buildTable } from '../../../../src/engine/table/build';
import { cellText } from '../../../../src/engine/table/cell-text';
import type { Table } from '../../../../src/engine/table/types';

/** The plain definition: one string per row. */
function duplicatesByText(table: Table): boolean[] {
  const seen = new Set<string>();
  return Array.from({ length: table.rowCount }, (_, row) => {
    const key = table.columns.map((c) => cellText(c, row) ?? '').join('\u0001');
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

const testAll = (table: Table): boolean[] => {
  const isDuplicate = duplicateRowTest(table);
  return Array.from({ length: table.rowCount }, (_, row) => isDuplicate(row));
};

describe('duplicateRowTest', () => {
  it('finds repeats by value: −0 reads as 0, a blank as an empty text, a kept invoice text as itself', () => {
    // Invoice 'C489449' does not fit the numeric column, so its text is kept; rows 3 and 4 repeat rows 0 and 1.
    const table = buildTable([
      ['Invoice', 'Customer', 'Amount'],
      [489434, 'A', 0],
      ['C489449', '', 12.5],
      [489434, 'B', 0],
      [489434, 'A', -0],
      ['C489449', null, 12.5],
    ]);
    expect(testAll(table)).toEqual([false, false, false, true, true]);
    expect(testAll(table)).toEqual(duplicatesByText(table));
  });

  it('agrees with one string per row on random tables of few distinct values (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom<unknown>(0, -0, 1, 2.5, 1e21, Number.NaN, '', null, 'x', 'y', 'C1', '7', true, false),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 60 }), (width, rows) => {
      const header = Array.from({ length: width }, (_, j) => `c${j}`);
      const table = buildTable([header, ...rows.map((r) => r.slice(0, width))]);
      expect(testAll(table)).toEqual(duplicatesByText(table));
    }));
  });
});
