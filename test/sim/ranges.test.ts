import { describe, expect, it } from '@jest/globals';
import { createExcelHost, createWorkbook } from '../../src/sim';

// Layout of sheet S:
//   B2:C4 a block (header row + 2 rows), E6 a lone cell touching nothing, G1 a number format only.
const host = () =>
  createExcelHost(
    createWorkbook({
      sheets: [
        {
          name: 'S',
          origin: 'B2',
          values: [['id', 'amount'], [1, 10], [2, 20], [null, null], [null, null, null, 'x']],
          numberFormats: { G1: '0.00' },
          hiddenRows: [3],
          merged: ['B6:C6'],
        },
      ],
      selection: 'S!B2:C4',
    }),
  );

async function addresses(build: (sheet: Excel.Worksheet) => Excel.Range[]): Promise<string[]> {
  return host().run(async (context) => {
    const ranges = build(context.workbook.worksheets.getItem('S')).map((r) => r.load('address'));
    await context.sync();
    return ranges.map((r) => r.address);
  });
}

describe('ranges', () => {
  it('navigates like Excel: getCell, getOffsetRange, getResizedRange, getRow, getColumn', async () => {
    expect(await addresses((s) => {
      const r = s.getRange('B2:C4');
      return [r.getCell(1, 1), r.getOffsetRange(1, 2), r.getResizedRange(2, -1), r.getRow(0), r.getColumn(1), s.getRangeByIndexes(0, 0, 2, 2)];
    })).toEqual(['S!C3', 'S!D3:E5', 'S!B2:B6', 'S!B2:C2', 'S!C2:C4', 'S!A1:B2']);
  });

  it('getUsedRange counts formats unless valuesOnly', async () => {
    // Values span B2:E6; the format at G1 widens it to B1:G6.
    expect(await addresses((s) => [s.getUsedRange(true), s.getUsedRange()])).toEqual(['S!B2:E6', 'S!B1:G6']);
  });

  it('getUsedRangeOrNullObject is a null object on an empty sheet; getUsedRange gives A1', async () => {
    const h = createExcelHost(createWorkbook({ sheets: [{ name: 'Empty' }] }));
    await h.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Empty');
      const none = sheet.getUsedRangeOrNullObject();
      const a1 = sheet.getUsedRange().load('address');
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(a1.address).toBe('Empty!A1');
    });
  });

  it('getSurroundingRegion stops at blank rows and columns', async () => {
    // From C3 the block B2:C4 is bounded by blank row 5 and blank column D; E6's neighbours D5:F7 are all
    // blank, so its region is itself.
    expect(await addresses((s) => [s.getRange('C3').getSurroundingRegion(), s.getRange('E6').getSurroundingRegion()])).toEqual(['S!B2:C4', 'S!E6']);
  });

  it('the selection is the range createWorkbook was given', async () => {
    const got = await host().run(async (context) => {
      const r = context.workbook.getSelectedRange().load('address, values');
      await context.sync();
      return [r.address, r.values];
    });
    expect(got).toEqual(['S!B2:C4', [['id', 'amount'], [1, 10], [2, 20]]]);
  });

  it('hidden rows show as rowHidden: true, false, or null when mixed', async () => {
    const got = await host().run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      const all = s.getRange('A3').load('rowHidden');
      const none = s.getRange('A4:A5').load('rowHidden');
      const mixed = s.getRange('B2:C4').load('rowHidden');
      await context.sync();
      return [all.rowHidden, none.rowHidden, mixed.rowHidden];
    });
    expect(got).toEqual([true, false, null]);
  });

  it('merged areas inside a range are reported; none gives a null object', async () => {
    await host().run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      const found = s.getRange('A1:F10').getMergedAreasOrNullObject().load('address, areaCount');
      const none = s.getRange('B2:C4').getMergedAreasOrNullObject();
      await context.sync();
      expect([found.address, found.areaCount]).toEqual(['S!B6:C6', 1]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it('merging keeps only the top-left value', async () => {
    const h = host();
    await h.run(async (context) => context.workbook.worksheets.getItem('S').getRange('B3:C3').merge());
    expect(h.exportState().sheets[0]?.values?.[1]).toEqual([1, null, null, null]);
    expect(h.exportState().sheets[0]?.merged).toEqual(['B6:C6', 'B3:C3']);
  });

  it('freezes panes and autofits columns', async () => {
    const h = host();
    await h.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.freezePanes.freezeRows(1);
      s.getRange('B2:C4').format.autofitColumns();
      const width = s.getRange('C1').format.load('columnWidth');
      await context.sync();
      // "amount" is the longest text in C: 6 characters × 5.25 pt + 5.25 pt padding = 36.75 pt.
      expect(width.columnWidth).toBe(36.75);
    });
    expect(h.exportState().sheets[0]?.freeze).toEqual({ rows: 1, cols: 0 });
  });
});
