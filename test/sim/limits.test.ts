import { describe, expect, it } from '@jest/globals';
import { createExcelHost, createWorkbook, MAX_CELLS_PER_READ } from '../../src/sim';

describe("Excel on the web's limits", () => {
  it('refuses a single write over 5 MB and changes nothing', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Out' }] }));
    // 300,000 rows × 2 cells of "123456.789" (10 characters + comma) ≈ 7 MB of JSON.
    const rows = Array.from({ length: 300_000 }, () => [123456.789, 123456.789]);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Out').getRange('A1:B300000').values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.exportState().sheets[0]?.values).toEqual([]);
    expect(host.requestLog[0]?.sentBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('accepts the same data written in chunks with a sync after each', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Out' }] }));
    const rows = Array.from({ length: 300_000 }, (_, i) => [i, 123456.789]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      for (let start = 0; start < rows.length; start += 100_000) {
        sheet.getRangeByIndexes(start, 0, 100_000, 2).values = rows.slice(start, start + 100_000);
        await context.sync();
      }
    });
    expect(host.requestLog).toHaveLength(3);
    expect(host.requestLog.every((e) => e.sentBytes <= 5 * 1024 * 1024 && e.error === undefined)).toBe(true);
    expect(host.exportState().sheets[0]?.values?.[299_999]).toEqual([299_999, 123456.789]);
  });

  it('refuses a response over the limit (limit lowered to reach it quickly)', async () => {
    // The request is one load (64 bytes of overhead); the response [[["x…x","x…x"]]] is 2 × 60 + 11 = 131 bytes.
    const long = 'x'.repeat(60);
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'D', values: [[long, long]] }] }), { payloadLimitBytes: 100 });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('D').getRange('A1:B1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('refuses to read more than 5,000,000 cells in one range, and reads 5,000,000', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Big' }] }));
    await expect(
      host.run(async (context) => {
        // 1,000,001 rows × 5 columns = 5,000,005 cells.
        context.workbook.worksheets.getItem('Big').getRange('A1:E1000001').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit', message: expect.stringContaining('5,000,005') });
    // Only the cell count matters, not the size: the empty cells read back as "" (5 MB of ,"" would exceed
    // the response limit, so the read limit is checked with a raised payload limit).
    const roomy = createExcelHost(createWorkbook({ sheets: [{ name: 'Big' }] }), { payloadLimitBytes: 64 * 1024 * 1024 });
    const count = await roomy.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Big').getRange('A1:E1000000').load('values');
      await context.sync();
      return range.values.length * (range.values[0]?.length ?? 0);
    });
    expect(count).toBe(MAX_CELLS_PER_READ);
  });

  it('refuses a range outside the grid', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S' }] }));
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1048576').getOffsetRange(1, 0).load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
