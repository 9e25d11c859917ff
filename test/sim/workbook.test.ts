import { describe, expect, it } from '@jest/globals';
import { createExcelHost, createWorkbook, type WorkbookState } from '../../src/sim';

const start = (): WorkbookState => ({ sheets: [{ name: 'Data', values: [['a']] }], currentYear: 2024 });

async function failure(state: WorkbookState, batch: (context: Excel.RequestContext) => void): Promise<{ code?: string; message: string }> {
  const host = createExcelHost(createWorkbook(state));
  try {
    await host.run(async (context) => {
      batch(context);
      await context.sync();
    });
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the sync to fail');
}

describe('worksheet names', () => {
  it('refuses a name longer than 31 characters', async () => {
    const error = await failure(start(), (c) => void c.workbook.worksheets.add('x'.repeat(32)));
    expect(error).toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('32 characters') });
  });

  it('accepts exactly 31 characters', async () => {
    const host = createExcelHost(createWorkbook(start()));
    await host.run(async (c) => void c.workbook.worksheets.add('y'.repeat(31)));
    expect(host.exportState().sheets.map((s) => s.name)).toEqual(['Data', 'y'.repeat(31)]);
  });

  it.each(['[', ']', ':', '*', '?', '/', '\\'])('refuses "%s" in a name', async (ch) => {
    const error = await failure(start(), (c) => void c.workbook.worksheets.add(`a${ch}b`));
    expect(error).toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining(`"${ch}"`) });
  });

  it('refuses a duplicate name ignoring case, on add and on rename', async () => {
    expect(await failure(start(), (c) => void c.workbook.worksheets.add('DATA'))).toMatchObject({ code: 'ItemAlreadyExists' });
    const two: WorkbookState = { sheets: [{ name: 'Data' }, { name: 'Other' }] };
    expect(await failure(two, (c) => void (c.workbook.worksheets.getItem('Other').name = 'data'))).toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('refuses to build a workbook from invalid names', () => {
    expect(() => createWorkbook({ sheets: [{ name: 'A' }, { name: 'a' }] })).toThrow(/already exists/);
  });

  it('names new sheets Sheet1, Sheet2… skipping names in use', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'sheet1' }] }));
    await host.run(async (c) => {
      c.workbook.worksheets.add();
      c.workbook.worksheets.add();
    });
    expect(host.exportState().sheets.map((s) => s.name)).toEqual(['sheet1', 'Sheet2', 'Sheet3']);
  });
});

describe('worksheets', () => {
  it('a protected sheet refuses writes with AccessDenied and keeps its cells', async () => {
    const state: WorkbookState = { sheets: [{ name: 'Locked', values: [['keep']], protected: true }] };
    for (const write of [
      (s: Excel.Worksheet) => void (s.getRange('A1').values = [['x']]),
      (s: Excel.Worksheet) => void (s.getRange('A1').numberFormat = [['0.00']]),
      (s: Excel.Worksheet) => s.getRange('A1').clear(),
      (s: Excel.Worksheet) => void s.tables.add('A1:A2', true),
    ]) {
      const host = createExcelHost(createWorkbook(state));
      await expect(
        host.run(async (c) => {
          write(c.workbook.worksheets.getItem('Locked'));
          await c.sync();
        }),
      ).rejects.toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('"Locked" is protected') });
      expect(host.exportState().sheets[0]?.values).toEqual([['keep']]);
    }
  });

  it('unprotecting allows the write; protection state loads', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Locked', protected: true }] }));
    await host.run(async (c) => {
      const sheet = c.workbook.worksheets.getItem('Locked');
      const before = sheet.protection.load('protected');
      await c.sync();
      expect(before.protected).toBe(true);
      sheet.protection.unprotect();
      sheet.getRange('B2').values = [[5]];
    });
    expect(host.exportState().sheets[0]).toMatchObject({ origin: 'B2', values: [[5]], protected: false });
  });

  it('keeps one visible sheet: the last one cannot be hidden or deleted', async () => {
    expect(await failure(start(), (c) => c.workbook.worksheets.getItem('Data').delete())).toMatchObject({ code: 'InvalidOperation' });
    expect(await failure(start(), (c) => void (c.workbook.worksheets.getItem('Data').visibility = 'Hidden'))).toMatchObject({ code: 'InvalidOperation' });
  });

  it('getItem of a missing sheet fails at sync with ItemNotFound', async () => {
    expect(await failure(start(), (c) => void c.workbook.worksheets.getItem('Missing').load('name'))).toMatchObject({ code: 'ItemNotFound' });
  });

  it('activate, position and the items list', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'A' }, { name: 'B' }] }));
    await host.run(async (c) => {
      const sheets = c.workbook.worksheets;
      sheets.getItem('B').activate();
      sheets.getItem('B').position = 0;
      sheets.load('items/name');
      const active = sheets.getActiveWorksheet().load('name');
      await c.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['B', 'A']);
      expect(active.name).toBe('B');
    });
  });
});

describe('settings', () => {
  it('keeps values as JSON and reports missing keys as null objects', async () => {
    const host = createExcelHost(createWorkbook(start()));
    await host.run(async (c) => {
      c.workbook.settings.add('segments.recipe', { kind: 'kmeans', k: 4 });
      const got = c.workbook.settings.getItem('segments.recipe').load('value');
      const missing = c.workbook.settings.getItemOrNullObject('nope');
      await c.sync();
      expect(got.value).toEqual({ kind: 'kmeans', k: 4 });
      expect(missing.isNullObject).toBe(true);
    });
    expect(host.exportState().settings).toEqual({ 'segments.recipe': { kind: 'kmeans', k: 4 } });
  });
});
