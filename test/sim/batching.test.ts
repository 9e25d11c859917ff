import { describe, expect, it } from '@jest/globals';
import { createExcelHost, createWorkbook, type ExcelRun } from '../../src/sim';

// Compile-time check: the real Excel.run fits ExcelRun, so src/excel can take either.
export const realRunFits = (run: typeof Excel.run): ExcelRun => run;

const host = () => createExcelHost(createWorkbook({ sheets: [{ name: 'Data', values: [[1, 2], [3, 4]] }], currentYear: 2024 }));

describe('load and sync', () => {
  it('throws PropertyNotLoaded when a property is read before load', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(() => range.values).toThrow(/The property 'values' is not available/);
    });
  });

  it('throws PropertyNotLoaded after load but before sync, and answers after sync', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2').load('values, address');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 2], [3, 4]]);
      expect(range.address).toBe('Data!A1:B2');
    });
  });

  it('a sync that is not awaited has not delivered its values yet', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1').load('values');
      const pending = context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await pending;
      expect(range.values).toEqual([[1]]);
    });
  });

  it('runs the queue in order: a load queued before a write sees the old value', async () => {
    await host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const before = sheet.getRange('A1').load('values');
      sheet.getRange('A1').values = [[99]];
      const after = sheet.getRange('A1').load('values');
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[99]]);
    });
  });

  it('writes nothing to the workbook until sync', async () => {
    const h = host();
    await h.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['x']];
      expect(h.exportState().sheets[0]?.values?.[0]?.[0]).toBe(1);
      await context.sync();
      expect(h.exportState().sheets[0]?.values?.[0]?.[0]).toBe('x');
    });
  });

  it('Excel.run flushes commands queued after the last sync', async () => {
    const h = host();
    await h.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('B2').values = [[40]];
    });
    expect(h.exportState().sheets[0]?.values?.[1]).toEqual([3, 40]);
  });

  it('reading a value set in this batch returns what was set, as office-js does', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      range.values = [['0001']];
      expect(range.values).toEqual([['0001']]);
      range.load('values');
      await context.sync();
      // Excel coerced the typed text: "0001" is stored as the number 1.
      expect(range.values).toEqual([[1]]);
    });
  });

  it('rejects the sync with the failing command and keeps the commands before it', async () => {
    const h = host();
    await expect(
      h.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem('Data').getRange('A1').values = [['kept']];
        sheets.getItem('Nope').getRange('A1').values = [['lost']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(h.exportState().sheets[0]?.values?.[0]?.[0]).toBe('kept');
    expect(h.requestLog.at(-1)?.error).toBe('ItemNotFound');
  });

  it('OrNullObject proxies learn isNullObject at sync', async () => {
    await host().run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('data');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('getCount is a ClientResult known after sync', async () => {
    await host().run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it('objects cannot be used after their run ended', async () => {
    const h = host();
    const range = await h.run(async (context) => context.workbook.worksheets.getItem('Data').getRange('A1'));
    expect(() => range.load('values')).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });

  it('a member the simulator does not model throws instead of answering undefined', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      expect(() => range.getSpillingToRange()).toThrow('not implemented in the simulator: Range.getSpillingToRange');
    });
  });

  it('loading a property the simulator does not know fails at sync, naming it', async () => {
    await expect(
      host().run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').load('hyperlink');
        await context.sync();
      }),
    ).rejects.toThrow(/no property "hyperlink"/);
  });

  it('logs one entry per sync with bytes sent and received', async () => {
    const h = host();
    await h.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2').load('values');
      await context.sync();
      range.values = [[5, 6], [7, 8]];
      await context.sync();
    });
    expect(h.requestLog).toHaveLength(2);
    // The first sync returned [[[1,2],[3,4]]] (one loaded property): 15 characters, all ASCII.
    expect(h.requestLog[0]?.receivedBytes).toBe(15);
    // The second sent [[5,6],[7,8]] (13 bytes) plus one action's overhead (64).
    expect(h.requestLog[1]?.sentBytes).toBe(13 + 64);
  });
});
