/** The host's custom XML parts, colour-scale conditional formats, application and per-cell text limit. */
import { describe, expect, it } from '@jest/globals';
import { createExcelHost, createWorkbook, exportState, type WorkbookState } from '../../src/sim';
import { rootNamespace } from '../../src/sim/custom-xml';

describe('custom XML parts', () => {
  it('are added, found by namespace, read, replaced and deleted; they survive export and reload', async () => {
    const host = createExcelHost();
    const big = 'x'.repeat(100_000);
    await host.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      parts.add('<a xmlns="urn:one">1</a>');
      parts.add(`<?xml version="1.0"?><p:b xmlns:p="urn:two">${big}</p:b>`);
      await context.sync();
      const two = parts.getByNamespace('urn:two');
      two.load('items/id,items/namespaceUri');
      const only = two.getOnlyItemOrNullObject();
      const none = parts.getByNamespace('urn:three').getOnlyItemOrNullObject();
      await context.sync();
      expect(two.items).toHaveLength(1);
      expect(only.isNullObject).toBe(false);
      expect(none.isNullObject).toBe(true);
      const xml = only.getXml();
      await context.sync();
      expect(xml.value).toHaveLength(big.length + 50);
      parts.getByNamespace('urn:one').getOnlyItem().setXml('<a xmlns="urn:one">2</a>');
      await context.sync();
    });
    const state = host.exportState();
    expect(state.customXmlParts?.map((p) => [p.namespaceUri, p.xml.length])).toEqual([['urn:one', 24], ['urn:two', big.length + 50]]);
    expect(exportState(createWorkbook(JSON.parse(JSON.stringify(state)) as WorkbookState))).toEqual(state);
    await host.run(async (context) => {
      context.workbook.customXmlParts.getByNamespace('urn:one').getOnlyItem().delete();
      await context.sync();
    });
    expect(host.exportState().customXmlParts?.map((p) => p.namespaceUri)).toEqual(['urn:two']);
  });

  it('refuse XML that is not a document, and a change of namespace', async () => {
    expect(() => rootNamespace('just text')).toThrow(/starts with its root element/);
    expect(() => rootNamespace('<a xmlns="u">')).toThrow(/not closed/);
    expect(rootNamespace("<a xmlns='u'/>")).toBe('u');
    const host = createExcelHost(createWorkbook({ sheets: [], customXmlParts: [{ id: '{part9}', namespaceUri: 'u', xml: '<a xmlns="u"/>' }] }));
    await expect(
      host.run(async (context) => {
        context.workbook.customXmlParts.getItem('{part9}').setXml('<a xmlns="v"/>');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    // A part added after a reload gets an id not already in the file.
    await host.run(async (context) => {
      const part = context.workbook.customXmlParts.add('<b xmlns="w"/>').load('id');
      await context.sync();
      expect(part.id).not.toBe('{part9}');
    });
  });
});

describe('conditional formats, application, cell text', () => {
  it('a colour scale is kept as data on its sheet and goes with the sheet', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'A' }, { name: 'B' }] }));
    const criteria = { minimum: { type: 'Number', formula: '-1', color: '#FF0000' }, maximum: { type: 'Number', formula: '1', color: '#0000FF' } };
    await host.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('B').getRange('B2:C3').conditionalFormats.add('ColorScale').colorScale.criteria = criteria as Excel.ConditionalColorScaleCriteria;
      await context.sync();
    });
    expect(host.exportState().sheets[1]?.conditionalFormats).toEqual([{ address: 'B2:C3', type: 'ColorScale', criteria }]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('B').delete();
      await context.sync();
    });
    expect(host.exportState().sheets.map((s) => s.conditionalFormats)).toEqual([[]]);
  });

  it('other conditional-format types are not modelled, and say so', async () => {
    const host = createExcelHost();
    await expect(host.run(async (context) => void context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('DataBar'))).rejects.toMatchObject({ code: 'NotImplemented' });
  });

  it('a cell holds at most 32,767 characters', async () => {
    const host = createExcelHost();
    const write = (text: string) =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[text]];
        await context.sync();
      });
    await write('y'.repeat(32_767));
    await expect(write('y'.repeat(32_768))).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('32,767') });
  });
});
