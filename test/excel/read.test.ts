/** The reader through the host: what it reads, where from, what it notices, and stopping on request. */
import { describe, expect, it } from '@jest/globals';
import { ReadCancelled, readRange } from '../../src/excel/read-range';
import { readTable } from '../../src/excel/read-table';
import { createExcelHost, createWorkbook, type WorkbookState } from '../../src/sim';

// A block B2:D6 (header + 4 rows) with blank cells around it, and a note far away in F1.
const block: WorkbookState = {
  sheets: [{
    name: 'Sales',
    origin: 'B2',
    values: [['Customer', 'Amount', 'Visits'], ['Ann', 10.5, 3], ['Bob', 20, 1], ['Cy', 7.25, 4], ['Di', 12, 2]],
  }],
  selection: 'Sales!C4',
};

describe('readRange', () => {
  it('a single selected cell expands to the current region around it', async () => {
    const host = createExcelHost(createWorkbook(block));
    const read = await readRange(host.run);
    expect(read.address).toBe('Sales!B2:D6');
    expect(read.origin).toEqual({ sheet: 'Sales', row: 1, col: 1 });
    expect(read.values[0]).toEqual(['Customer', 'Amount', 'Visits']);
    expect(read.values).toHaveLength(5);
    expect(read.numberFormats[1]).toEqual(['General', 'General', 'General']);
  });

  it('reads a named table or an address on a sheet whose name has "!" and an apostrophe', async () => {
    const state: WorkbookState = { sheets: [{ name: "Q1! Bob's", values: [['a', 'b'], [1, 2]], tables: [{ name: 'Q1Sales', address: 'A1:B2' }] }] };
    const host = createExcelHost(createWorkbook(state));
    expect((await readRange(host.run, { target: { table: 'Q1Sales' } })).values).toEqual([['a', 'b'], [1, 2]]);
    expect((await readRange(host.run, { target: { address: "'Q1! Bob''s'!A2:B2" } })).values).toEqual([[1, 2]]);
  });

  it('reads in chunks with progress up to 1, and stops between chunks when cancelled, changing nothing', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [i, `c${i}`]);
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S', values: rows }], selection: 'S!A1:B3000' }));
    const fractions: number[] = [];
    const full = await readRange(host.run, { budgetBytes: 4_000, onProgress: (p) => fractions.push(p.fraction) });
    expect(full.values).toEqual(rows);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);

    const before = host.exportState();
    let checks = 0;
    await expect(readRange(host.run, { budgetBytes: 4_000, isCancelled: () => ++checks > 2 })).rejects.toBeInstanceOf(ReadCancelled);
    expect(checks).toBe(3);
    expect(host.exportState()).toEqual(before);
  });
});

describe('readTable', () => {
  it('builds the table with real cell positions', async () => {
    const read = await readTable(createExcelHost(createWorkbook(block)).run);
    if (!read.ok) throw new Error(read.problems[0]?.message);
    expect(read.table.rowCount).toBe(4);
    expect(read.table.columns.map((c) => `${c.letter}:${c.name}:${c.type}`)).toEqual(['B:Customer:text', 'C:Amount:number', 'D:Visits:number']);
  });

  it('hidden rows are read and reported as a warning', async () => {
    const host = createExcelHost(createWorkbook({ ...block, sheets: [{ ...block.sheets[0]!, hiddenRows: [4] }] }));
    const read = await readTable(host.run);
    if (!read.ok) throw new Error(read.problems[0]?.message);
    expect(read.table.rowCount).toBe(4);
    expect(read.table.warnings).toContainEqual(expect.objectContaining({ code: 'hidden-rows', message: expect.stringContaining('Sales!B2:D6') }));
  });

  it('merged cells stop the run with a message naming them (where ExcelApi 1.13 lets us see them)', async () => {
    const host = createExcelHost(createWorkbook({ ...block, sheets: [{ ...block.sheets[0]!, merged: ['C4:C5'] }] }));
    const read = await readTable(host.run, { supportsExcelApi: () => true });
    expect(read).toMatchObject({ ok: false, problems: [{ code: 'merged-cells', cell: 'Sales!C4:C5', message: expect.stringContaining('Unmerge') }] });
    // Without 1.13 the reader cannot ask, and reads on.
    expect((await readTable(host.run, { supportsExcelApi: () => false })).ok).toBe(true);
  });

  it('a selection that cannot be a table comes back as problems, not an exception', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S', values: [['lonely']] }], selection: 'S!A1' }));
    expect(await readTable(host.run)).toMatchObject({ ok: false, problems: [{ code: 'single-cell' }] });
  });
});
