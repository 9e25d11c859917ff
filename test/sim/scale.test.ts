import { describe, expect, it } from '@jest/globals';
import { createExcelHost, createWorkbook } from '../../src/sim';

describe('a full-height sheet', () => {
  it('stores and reads a 1,048,576 × 4 sheet in chunks', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Full' }] }));
    const ROWS = 1_048_576;
    const CHUNK = 65_536;
    let checksum = 0;
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Full');
      for (let start = 0; start < ROWS; start += CHUNK) {
        sheet.getRangeByIndexes(start, 0, CHUNK, 4).values = Array.from({ length: CHUNK }, (_, i) => [start + i, (start + i) * 0.5, 'c', true]);
        await context.sync();
      }
      for (let start = 0; start < ROWS; start += CHUNK) {
        const block = sheet.getRangeByIndexes(start, 0, CHUNK, 4).load('values');
        await context.sync();
        for (const row of block.values) checksum += (row[0] as number) + (row[1] as number);
      }
      const used = sheet.getUsedRange().load('address');
      await context.sync();
      // Excel reports a range of whole columns as "A:D".
      expect(used.address).toBe('Full!A:D');
    });
    // Σ i + Σ i/2 over i = 0 … 2^20 − 1 = 1.5 · (2^20 − 1) · 2^20 / 2.
    expect(checksum).toBe(1.5 * ((ROWS - 1) * ROWS) / 2);
  });
});
