/**
 * Excel's full height through the host: a 1,048,576 × 4 numeric selection is read and a 1,048,576-row result
 * written, each in chunks under Excel on the web's 5 MB; the same work as one request is refused, so these
 * succeed only because of chunking.
 */
import { describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/engine/report/types';
import { readRange } from '../../src/excel/read-range';
import { writeReport } from '../../src/excel/write-report';
import { createExcelHost, createWorkbook, MAX_ROWS } from '../../src/sim';

const LIMIT = 5 * 1024 * 1024;

describe('a full-height sheet', () => {
  it('a 1,048,576 × 4 selection is read in chunks; as one read it is refused', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Big' }], selection: 'Big!A1:D1048576' }));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Big');
      const BLOCK = 65_536;
      for (let start = 0; start < MAX_ROWS; start += BLOCK) {
        sheet.getRangeByIndexes(start, 0, BLOCK, 4).values = Array.from({ length: BLOCK }, (_, i) => [start + i, (start + i) / 8, -i, 1]);
        await context.sync();
      }
    });
    const written = host.requestLog.length;

    const read = await readRange(host.run);
    expect(read.values).toHaveLength(MAX_ROWS);
    expect(read.values[MAX_ROWS - 1]).toEqual([MAX_ROWS - 1, (MAX_ROWS - 1) / 8, -(MAX_ROWS - 1) % 65_536, 1]);
    const reads = host.requestLog.slice(written);
    expect(reads.length).toBeGreaterThan(2);
    expect(Math.max(...reads.map((e) => e.receivedBytes))).toBeLessThan(LIMIT);

    await expect(
      host.run(async (context) => {
        context.workbook.getSelectedRange().load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('a 1,048,576-row result is written in chunks; as one request it is refused and nothing stays', async () => {
    const rows = Array.from({ length: MAX_ROWS - 1 }, (_, i) => [i % 7]);
    const report: Report = { recipe: {}, version: '0', summary: [], warnings: [], result: null, sheets: [{ name: 'Labels', tables: [{ name: 'Labels', columns: [{ name: 'Cluster', format: '0' }], rows }], charts: [] }] };

    const single = createExcelHost(createWorkbook({ sheets: [{ name: 'Data' }] }));
    const before = single.exportState();
    await expect(writeReport(single.run, report, { budgetBytes: Infinity })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(single.exportState()).toEqual(before);

    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data' }] }));
    const written = await writeReport(host.run, report);
    // Header + 1,048,575 rows fill the sheet to its last row.
    expect(written.tables[0]?.address).toBe('A1:A1048576');
    expect(host.requestLog.length).toBeGreaterThan(2);
    expect(Math.max(...host.requestLog.map((e) => e.sentBytes))).toBeLessThan(LIMIT);
    const last = await readRange(host.run, { target: { address: 'Labels!A1048576' } });
    expect(last.values).toEqual([[(MAX_ROWS - 2) % 7]]);
  });
});
