/**
 * The writer never damages the workbook: names are made valid and unique, the user's sheets are never written,
 * a failure or a cancel half-way leaves the workbook exactly as it was, and text stays text.
 */
import { describe, expect, it } from '@jest/globals';
import type { Report, ReportSheet } from '../../src/engine/report/types';
import type { ExcelRun } from '../../src/excel/excel-run';
import { readRange } from '../../src/excel/read-range';
import { WriteCancelled, writeReport } from '../../src/excel/write-report';
import { createExcelHost, createWorkbook, type WorkbookState } from '../../src/sim';

function reportOf(sheets: ReportSheet[]): Report {
  return { recipe: { kind: 'test' }, version: '0', summary: [], warnings: [], sheets, result: null };
}

const segments = (name: string, rows = 3): ReportSheet => ({
  name,
  tables: [{ name: 'Segments', columns: [{ name: 'Segment' }, { name: 'Share', format: '0.0%' }], rows: Array.from({ length: rows }, (_, i) => [`S${i}`, i / rows]) }],
  charts: [],
});

const user: WorkbookState = {
  sheets: [
    { name: 'Clusters', values: [['mine'], [1]], protected: true, tables: [{ name: 'Segments', address: 'A1:A2' }] },
    { name: 'clusters (2)', values: [['also mine']] },
  ],
  selection: 'Clusters!A1:A2',
};

describe('sheet and table names', () => {
  it('a name taken in any case gets the next free number; the table name gets a suffix', async () => {
    const host = createExcelHost(createWorkbook(user));
    const written = await writeReport(host.run, reportOf([segments('Clusters')]));
    // "Clusters" and "clusters (2)" are taken (Excel ignores case) → "Clusters (3)"; table "Segments" exists → "Segments2".
    expect(written.sheets.map((s) => s.name)).toEqual(['Clusters (3)']);
    expect(written.tables.map((t) => t.name)).toEqual(['Segments2']);
  });

  it('forbidden characters become spaces and long names are cut to 31 characters, suffix included', async () => {
    const host = createExcelHost(createWorkbook(user));
    const long = 'Customers by region and quarter, 2024';
    const written = await writeReport(host.run, reportOf([segments('Q1/Q2: [draft]?*'), segments(long), segments(long)]));
    const names = written.sheets.map((s) => s.name);
    // "Q1/Q2: [draft]?*": / : [ ] ? * → spaces, trailing spaces trimmed.
    expect(names[0]).toBe('Q1 Q2   draft');
    // 31 characters: "Customers by region and quarter" ; the second needs " (2)" → 27 + 4.
    expect(names[1]).toBe('Customers by region and quarter');
    expect(names[2]).toBe('Customers by region and qua (2)');
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });
});

describe('the user\'s data', () => {
  it('a protected sheet named like the report\'s is left untouched: the writer only adds sheets', async () => {
    const host = createExcelHost(createWorkbook(user));
    const before = host.exportState().sheets[0];
    await writeReport(host.run, reportOf([segments('Clusters', 50)]));
    expect(host.exportState().sheets[0]).toEqual(before);
  });

  it('a failure injected mid-write removes every sheet the run created: the workbook is exactly as before', async () => {
    const host = createExcelHost(createWorkbook(user));
    const before = host.exportState();
    // Sync 4 happens after the first sheet is complete and the second has started; it runs, then "the network fails".
    let syncs = 0;
    const failing: ExcelRun = (batch) =>
      host.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = (async <T>(value?: T) => {
          await sync();
          if (++syncs === 4) throw new Error('injected failure');
          return value;
        }) as typeof context.sync;
        return batch(context);
      });
    await expect(writeReport(failing, reportOf([segments('One'), segments('Two', 5000), segments('Three')]), { budgetBytes: 20_000 })).rejects.toThrow('injected failure');
    expect(syncs).toBeGreaterThan(4);
    expect(host.exportState()).toEqual(before);
  });

  it('a request Excel refuses (over the payload limit) half-way also leaves the workbook as before', async () => {
    const host = createExcelHost(createWorkbook(user), { payloadLimitBytes: 50_000 });
    const before = host.exportState();
    // The first sheet fits; the second sends 5,000 rows in one request, over the lowered limit.
    await expect(writeReport(host.run, reportOf([segments('Small'), segments('Big', 5000)]), { budgetBytes: 1e9 })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.exportState()).toEqual(before);
  });

  it('cancelling mid-write removes what was written', async () => {
    const host = createExcelHost(createWorkbook(user));
    const before = host.exportState();
    let chunks = 0;
    const progress: number[] = [];
    const writing = writeReport(host.run, reportOf([segments('One', 5000)]), {
      budgetBytes: 10_000,
      onProgress: (p) => progress.push(p.fraction),
      isCancelled: () => ++chunks > 3,
    });
    await expect(writing).rejects.toBeInstanceOf(WriteCancelled);
    expect(progress.some((f) => f > 0 && f < 1)).toBe(true);
    expect(host.exportState()).toEqual(before);
  });
});

describe('text stays text', () => {
  const names = ['=HYPERLINK("http://x","y")', '+1', '-1', '@x', '0001', '1-2', '12%', 'TRUE'];

  it('customer names that look like formulas, numbers or dates round-trip as the same text', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data' }] }));
    const report = reportOf([{ name: 'Customers', tables: [{ name: 'Customers', columns: [{ name: 'Customer' }, { name: 'Spend', format: '0.00' }], rows: names.map((n, i) => [n, i]) }], charts: [] }]);
    await writeReport(host.run, report);
    const sheet = host.exportState().sheets[1];
    expect(sheet?.formulas).toEqual({});
    expect(sheet?.values?.slice(1).map((r) => r[0])).toEqual(names);
    const read = await readRange(host.run, { target: { table: 'Customers' } });
    expect(read.values.slice(1).map((r) => r[0])).toEqual(names);
  });

  it('without the text format the host would have coerced them (so the test above can fail)', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data' }] }));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:A8').values = names.map((n) => [n]);
      await context.sync();
    });
    const sheet = host.exportState().sheets[0];
    expect(sheet?.formulas).toMatchObject({ A1: '=HYPERLINK("http://x","y")' });
    expect(sheet?.values?.map((r) => r[0]).slice(4, 8)).toEqual([1, expect.any(Number), 0.12, true]);
  });
});

describe('colour scales', () => {
  const correlation = reportOf([{
    name: 'Correlation',
    tables: [{
      name: 'Correlation',
      columns: [{ name: 'Column' }, { name: 'Age', format: '0.00' }, { name: 'Income', format: '0.00' }],
      rows: [['Age', 1, -0.2], ['Income', -0.2, 1]],
      colorScale: { columns: ['Age', 'Income'], min: { value: -1, color: '#F8696B' }, mid: { value: 0, color: '#FFFFFF' }, max: { value: 1, color: '#5A8AC6' } },
    }],
    charts: [],
  }]);

  it('become a conditional format over the scaled columns, anchored at the report\'s values', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data' }] }));
    await writeReport(host.run, correlation, { supportsExcelApi: () => true });
    // Header on row 1, two body rows, Age and Income are columns B:C → B2:C3.
    expect(host.exportState().sheets[1]?.conditionalFormats).toEqual([{
      address: 'B2:C3',
      type: 'ColorScale',
      criteria: {
        minimum: { type: 'Number', formula: '-1', color: '#F8696B' },
        midpoint: { type: 'Number', formula: '0', color: '#FFFFFF' },
        maximum: { type: 'Number', formula: '1', color: '#5A8AC6' },
      },
    }]);
  });

  it('are skipped where ExcelApi 1.9 is not supported; the values are written all the same', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data' }] }));
    await writeReport(host.run, correlation, { supportsExcelApi: (v) => ['1.7', '1.8'].includes(v) });
    expect(host.exportState().sheets[1]?.conditionalFormats).toEqual([]);
    expect(host.exportState().sheets[1]?.values?.[1]).toEqual(['Age', 1, -0.2]);
  });
});
