/** The formula builders' idea of where tables land agrees with the Excel writer's layout. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { absolute, headerRows, rowSpan } from '../../../src/engine/formulas/sheet-rows';
import { layoutSheet } from '../../../src/excel/layout';

describe('headerRows', () => {
  it('two notes, titled tables of 3 and 10 rows: headers at rows 4 and 11', () => {
    // Notes in rows 0–1, blank row 2, caption 3, header 4, body 5–7, blanks 8–9, caption 10, header 11.
    expect(headerRows(2, [{ titled: true, rows: 3 }, { titled: true, rows: 10 }])).toEqual([4, 11]);
  });

  it('matches layoutSheet for any notes, titles and table sizes', () => {
    const table = fc.record({ titled: fc.boolean(), rows: fc.integer({ min: 0, max: 20 }) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(table, { minLength: 1, maxLength: 4 }), (notes, tables) => {
        const sheet = {
          name: 'S',
          notes: Array.from({ length: notes }, (_, i) => `note ${i}`),
          tables: tables.map((t, i) => ({ name: `T${i}`, ...(t.titled ? { title: 'caption' } : {}), columns: [{ name: 'x' }], rows: Array.from({ length: t.rows }, () => [1]) })),
          charts: [],
        };
        expect(headerRows(notes, tables)).toEqual(layoutSheet(sheet).tables.map((t) => t.headerRow));
      }),
    );
  });
});

describe('references', () => {
  it('absolute references and row spans in A1', () => {
    expect(absolute(4, 2)).toBe('$C$5');
    expect(rowSpan(9, 3, 5)).toBe('D10:F10');
  });
});
