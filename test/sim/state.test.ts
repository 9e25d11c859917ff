import { describe, expect, it } from '@jest/globals';
import { createExcelHost, createWorkbook, exportState, type WorkbookState } from '../../src/sim';

describe('exportState and createWorkbook', () => {
  it('round-trips everything a reader sees', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data', values: [['name', 'when', 'amount'], ['=HYPERLINK("x")', '2024-03-01', '12%']], typed: true }], currentYear: 2024 }));
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const out = sheets.add('Results');
      out.getRange('A1:B3').numberFormat = [['@', 'General'], ['@', '0.00'], ['@', '0.00']];
      out.getRange('A1:B3').values = [['segment', 'share'], ['0001', 0.5], ['#N/A', 0.25]];
      out.getRange('A5:B5').merge();
      out.getRange('A7').rowHidden = true;
      out.freezePanes.freezeRows(1);
      const table = out.tables.add('A1:B3', true);
      table.name = 'Shares';
      const chart = out.charts.add('Pie', out.getRange('A1:B3'), 'Auto');
      chart.title.text = 'Share';
      context.workbook.settings.add('recipe', { kind: 'rfm' });
      out.getRange('A2:B3').select();
    });
    const state = host.exportState();
    expect(exportState(createWorkbook(JSON.parse(JSON.stringify(state)) as WorkbookState))).toEqual(state);
    const results = state.sheets[1];
    // Under "@" the typed "0001" and "#N/A" stay text; the formula on Data stays a formula.
    expect(results?.values?.slice(0, 3)).toEqual([['segment', 'share'], ['0001', 0.5], ['#N/A', 0.25]]);
    expect(state.sheets[0]?.formulas).toEqual({ A2: '=HYPERLINK("x")' });
    expect(state.sheets[0]?.values?.[1]).toEqual([null, 45352, 0.12]);
    expect(results).toMatchObject({ merged: ['A5:B5'], hiddenRows: [7], freeze: { rows: 1, cols: 0 }, numberFormats: { 'A1:A3': '@', 'B2:B3': '0.00' } });
    expect(state.selection).toBe('Results!A2:B3');
  });

  it('stores values given without `typed` exactly as they are', () => {
    const state = exportState(createWorkbook({ sheets: [{ name: 'S', values: [['0001', '=1+1', { error: '#N/A' }]] }] }));
    expect(state.sheets[0]?.values).toEqual([['0001', '=1+1', { error: '#N/A' }]]);
    expect(state.sheets[0]?.formulas).toEqual({});
  });
});
