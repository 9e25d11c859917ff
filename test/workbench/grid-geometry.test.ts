import { describe, expect, test } from '@jest/globals';
import { columnAt, columnLayout, DEFAULT_COLUMN_WIDTH, spanRect } from '../../src/workbench/grid-geometry';

describe('grid geometry', () => {
  test('column edges use the widths the writer set, in points (30 pt = 40 px), and the default elsewhere', () => {
    const layout = columnLayout({ columnWidths: new Map([[0, 30]]) }, 3);
    expect(layout.lefts).toEqual([0, 40, 40 + DEFAULT_COLUMN_WIDTH, 40 + 2 * DEFAULT_COLUMN_WIDTH]);
    expect(columnAt(layout, 0)).toBe(0);
    expect(columnAt(layout, 39)).toBe(0);
    expect(columnAt(layout, 40)).toBe(1);
    expect(columnAt(layout, 10_000)).toBe(2);
  });

  test('spanRect joins two corners in any order', () => {
    expect(spanRect({ row: 5, col: 3 }, { row: 1, col: 0 })).toEqual({ row: 1, col: 0, rows: 5, cols: 4 });
    expect(spanRect({ row: 2, col: 2 }, { row: 2, col: 2 })).toEqual({ row: 2, col: 2, rows: 1, cols: 1 });
  });
});
