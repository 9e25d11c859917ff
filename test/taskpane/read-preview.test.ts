/** What the Data step reads: the whole selection's address and size, but only its first rows. */
import { describe, expect, it } from '@jest/globals';
import { PREVIEW_ROWS, readPreview } from '../../src/excel/read-preview';
import { createExcelHost, createWorkbook } from '../../src/sim';

function sheetOf(rows: number, cols: number): (string | number)[][] {
  const header = Array.from({ length: cols }, (_, c) => `c${c}`);
  return [header, ...Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c))];
}

describe('readPreview', () => {
  it('a 5,000-row selection: full address and size, a table of the header and the first 1,000 rows', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Big', values: sheetOf(5000, 3) }], selection: 'Big!A1:C5001' }));
    const shown = await readPreview(host.run);
    if (!shown.ok) throw new Error(shown.problems.map((p) => p.message).join());
    expect(shown).toMatchObject({ address: 'Big!A1:C5001', rowCount: 5001, columnCount: 3, partial: true });
    expect(shown.preview.range.address).toBe('Big!A1:C1001');
    expect(shown.preview.table.rowCount).toBe(PREVIEW_ROWS);
    expect(shown.preview.table.columns.map((c) => c.type)).toEqual(['number', 'number', 'number']);
  });

  it('a small selection is read whole (not partial); a single cell stands for its current region', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S', origin: 'B2', values: sheetOf(4, 2) }], selection: 'S!C3' }));
    const shown = await readPreview(host.run);
    expect(shown).toMatchObject({ ok: true, address: 'S!B2:C6', rowCount: 5, columnCount: 2, partial: false });
  });

  it('a wide selection reads fewer rows, so the preview stays small: 400 columns → 500 rows (200,000 cells)', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'W', values: sheetOf(800, 400) }], selection: 'W!A1:OJ801' }));
    const shown = await readPreview(host.run);
    if (!shown.ok) throw new Error('not read');
    expect(shown.columnCount).toBe(400);
    expect(shown.preview.range.values).toHaveLength(500);
    expect(shown.partial).toBe(true);
  });

  it('merged cells in the first rows come back as a problem with the whole address', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'M', values: sheetOf(10, 2), merged: ['A3:B3'] }], selection: 'M!A1:B11' }));
    const shown = await readPreview(host.run, { supportsExcelApi: () => true });
    expect(shown.ok).toBe(false);
    expect(shown.address).toBe('M!A1:B11');
    if (!shown.ok) expect(shown.problems.map((p) => p.code)).toEqual(['merged-cells']);
  });
});
