import { describe, expect, test } from '@jest/globals';
import { buildTable } from '../../../src/engine/table/build';

const names = (values: readonly (readonly unknown[])[], options = {}) => buildTable(values, options).columns.map((c) => c.name);

describe('buildTable: header detection', () => {
  test('a text first row over numbers is a header', () => {
    const table = buildTable([
      ['Name', 'Age'],
      ['Ann', 41],
      ['Bob', 39],
    ]);
    expect(table.hasHeader).toBe(true);
    expect(table.rowCount).toBe(2);
    expect(table.columns.map((c) => c.name)).toEqual(['Name', 'Age']);
  });

  test('a first row of numbers is data; columns are named after the sheet letters from the origin', () => {
    const table = buildTable(
      [
        [1, 2],
        [3, 4],
      ],
      { origin: { row: 4, col: 2 } },
    );
    expect(table.hasHeader).toBe(false);
    expect(table.rowCount).toBe(2);
    expect(table.columns.map((c) => c.name)).toEqual(['Column C', 'Column D']);
    expect(table.columns.map((c) => c.letter)).toEqual(['C', 'D']);
  });

  test('an all-string table is a header when the second row differs in kind (dates and numbers written as text)', () => {
    const table = buildTable([
      ['Date', 'Amount'],
      ['2024-03-01', '1,234'],
    ]);
    expect(table.hasHeader).toBe(true);
    expect(table.columns.map((c) => c.type)).toEqual(['date', 'number']);
  });

  test('a table of text only cannot tell its header from data: read as data, with a warning naming the first row', () => {
    const table = buildTable([
      ['Name', 'City'],
      ['Ann', 'Paris'],
    ], { origin: { row: 4, col: 2 } });
    expect(table.hasHeader).toBe(false);
    expect(table.warnings.map((w) => [w.code, w.cell])).toEqual([['header-not-found', 'C5:D5']]);
    expect(names([['Name', 'City'], ['Ann', 'Paris']], { header: true })).toEqual(['Name', 'City']);
  });

  test('header: false keeps a text first row as data', () => {
    const table = buildTable([['Name', 'Age'], ['Ann', 41]], { header: false });
    expect(table.hasHeader).toBe(false);
    expect(table.rowCount).toBe(2);
    expect(table.warnings).toEqual([]);
  });

  test('a first row holding a number is not a header, even when everything else is text', () => {
    expect(buildTable([['Name', 2024], ['Ann', 'x']]).hasHeader).toBe(false);
  });

  test('blank and duplicate header names are renamed, each rename a warning with the header cell', () => {
    // Origin (4, 2): the header row is sheet row 5 and the columns are C…F.
    const table = buildTable([
      ['Age', '', 'age', 'Age '],
      [1, 2, 3, 4],
    ], { origin: { row: 4, col: 2 } });
    expect(table.columns.map((c) => c.name)).toEqual(['Age', 'Column D', 'age (2)', 'Age (3)']);
    expect(table.warnings.map((w) => [w.code, w.cell, w.column])).toEqual([
      ['header-blank', 'D5', 'Column D'],
      ['header-duplicate', 'E5', 'age (2)'],
      ['header-duplicate', 'F5', 'Age (3)'],
    ]);
    expect(table.warnings[0]?.message).toContain('D5');
  });

  test('a generated name never collides with a real header', () => {
    // B1 is blank, so it would be "Column B", but A1 already says "Column B".
    expect(names([['Column B', ''], [1, 2]])).toEqual(['Column B', 'Column B (2)']);
  });
});
