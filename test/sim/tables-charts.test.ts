import { describe, expect, it } from '@jest/globals';
import { createExcelHost, createWorkbook, type WorkbookState } from '../../src/sim';

const state: WorkbookState = {
  sheets: [{ name: 'Segments', values: [['Segment', 'Customers', 'Revenue'], ['Champions', 10, 500], ['At Risk', 5, 80]] }],
};

describe('tables', () => {
  it('adds a table with headers, auto-named and renamed, with header and body ranges', async () => {
    const host = createExcelHost(createWorkbook(state));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Segments');
      const table = sheet.tables.add('A1:C3', true);
      const auto = table.load('name');
      await context.sync();
      expect(auto.name).toBe('Table1');
      table.name = 'SegmentCounts';
      const header = table.getHeaderRowRange().load('address, values');
      const body = table.getDataBodyRange().load('address');
      const rows = table.rows.getCount();
      table.columns.load('items/name');
      await context.sync();
      expect(header.address).toBe('Segments!A1:C1');
      expect(header.values).toEqual([['Segment', 'Customers', 'Revenue']]);
      expect(body.address).toBe('Segments!A2:C3');
      expect(rows.value).toBe(2);
      expect(table.columns.items.map((c) => c.name)).toEqual(['Segment', 'Customers', 'Revenue']);
    });
    expect(host.exportState().sheets[0]?.tables).toEqual([{ name: 'SegmentCounts', address: 'A1:C3', style: 'TableStyleMedium2' }]);
  });

  it('table names are unique ignoring case and must not look like cells', async () => {
    const two: WorkbookState = { sheets: [{ name: 'S', values: [['a'], [1], [null], ['b'], [2]], tables: [{ name: 'Counts', address: 'A1:A2' }] }] };
    for (const [name, code] of [['COUNTS', 'ItemAlreadyExists'], ['A1', 'InvalidArgument'], ['has space', 'InvalidArgument']] as const) {
      const host = createExcelHost(createWorkbook(two));
      await expect(
        host.run(async (context) => {
          context.workbook.worksheets.getItem('S').tables.add('A4:A5', true).name = name;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code });
    }
  });

  it('blank and repeated headers are renamed as Excel does; overlapping tables are refused', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'S', values: [['x', '', 'X'], [1, 2, 3]] }] }));
    await host.run(async (context) => void context.workbook.worksheets.getItem('S').tables.add('A1:C2', true));
    expect(host.exportState().sheets[0]?.values?.[0]).toEqual(['x', 'Column2', 'X2']);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('S').tables.add('B2:D4', true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('rows.add appends below the table', async () => {
    const host = createExcelHost(createWorkbook(state));
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Segments').tables.add('A1:C3', true);
      table.rows.add(undefined, [['New', 1, 2]]);
    });
    expect(host.exportState().sheets[0]).toMatchObject({ tables: [{ address: 'A1:C4' }], values: expect.arrayContaining([['New', 1, 2]]) });
  });
});

describe('charts', () => {
  it('records type, series from the source, titles and blanks as data', async () => {
    const host = createExcelHost(createWorkbook(state));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Segments');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C3'), 'Columns');
      chart.title.text = 'Customers by segment';
      chart.axes.categoryAxis.title.text = 'Segment';
      chart.axes.valueAxis.title.text = 'Customers';
      chart.displayBlanksAs = 'Zero';
      chart.setPosition('E2', 'L18');
      const extra = chart.series.add('Share');
      extra.setValues(sheet.getRange('C2:C3'));
      extra.setXAxisValues(sheet.getRange('A2:A3'));
    });
    expect(host.exportState().sheets[0]?.charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        title: 'Customers by segment',
        seriesBy: 'Columns',
        source: 'Segments!A1:C3',
        // Text in column A makes it the categories; the header row names the series.
        series: [
          { name: 'Customers', values: 'Segments!B2:B3', xValues: 'Segments!A2:A3' },
          { name: 'Revenue', values: 'Segments!C2:C3', xValues: 'Segments!A2:A3' },
          { name: 'Share', values: 'Segments!C2:C3', xValues: 'Segments!A2:A3' },
        ],
        categoryAxisTitle: 'Segment',
        valueAxisTitle: 'Customers',
        displayBlanksAs: 'Zero',
        legend: { visible: true, position: 'Right' },
        position: { start: 'E2', end: 'L18' },
      },
    ]);
  });

  it('a scatter of numbers takes the first column as x values', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'P', values: [['x', 'y'], [1, 2], [3, 4]] }] }));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('P');
      sheet.charts.add('XYScatter', sheet.getRange('A1:B3'), 'Auto');
    });
    expect(host.exportState().sheets[0]?.charts?.[0]?.series).toEqual([{ name: 'y', values: 'P!B2:B3', xValues: 'P!A2:A3' }]);
  });

  it('an unknown chart type is refused by name', async () => {
    const host = createExcelHost(createWorkbook(state));
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Segments');
        sheet.charts.add('Radar3DWobble' as Excel.ChartType, sheet.getRange('A1:C3'), 'Auto');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('Radar3DWobble') });
  });
});
