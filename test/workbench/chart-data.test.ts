import { describe, expect, test } from '@jest/globals';
import { createWorkbook } from '../../src/sim/index';
import { chartData, chartKind } from '../../src/workbench/chart-data';
import { linePath } from '../../src/workbench/line-path';
import { sampleWorkbook } from '../../src/workbench/sample-workbook';

describe('chartData reads a chart’s series from the workbook', () => {
  test('x from xValues, y from values, a text cell is a gap', () => {
    const book = createWorkbook({
      sheets: [{
        name: 'Elbow',
        values: [['k', 'WCSS'], [1, 600], [2, 'n/a'], [3, 295.2]],
        charts: [{
          name: 'Chart 1', type: 'Line', title: 'Elbow', seriesBy: 'Columns', source: 'Elbow!B2:B4',
          series: [{ name: 'WCSS', values: 'Elbow!B2:B4', xValues: 'Elbow!A2:A4' }],
          categoryAxisTitle: 'k', valueAxisTitle: 'WCSS', displayBlanksAs: 'NotPlotted', legend: { visible: false, position: 'Right' },
        }],
      }],
    });
    const data = chartData(book, book.charts[0]!);
    expect(data).toMatchObject({ kind: 'line', lines: true, markers: true, title: 'Elbow', xTitle: 'k', yTitle: 'WCSS' });
    expect(data.series[0]?.points).toEqual([{ x: 1, y: 600 }, { x: 2, y: null }, { x: 3, y: 295.2 }]);
  });

  test('Excel chart types fold into line, column and scatter', () => {
    expect(['Line', 'LineMarkers', 'ColumnClustered', 'BarClustered', 'XYScatter', 'XYScatterLines', 'Pie'].map(chartKind))
      .toEqual(['line', 'line', 'column', 'column', 'scatter', 'scatter', 'column']);
  });
});

describe('sampleWorkbook', () => {
  test('one typed sheet per CSV, the first one’s data selected', () => {
    const state = sampleWorkbook([{ name: 'Mall customers', csv: 'CustomerID,Age\n0001,19\n0002,21\n' }, { name: 'Other', csv: 'a\n1\n' }]);
    expect(state.selection).toBe("'Mall customers'!A1:B3");
    const book = createWorkbook(state);
    expect(book.sheets.map((s) => s.name)).toEqual(['Mall customers', 'Other']);
    // Typed as Excel types it: "0001" becomes the number 1.
    expect(book.sheets[0]?.values.columns.get(0)?.[0]?.[1]).toBe(1);
  });
});

describe('linePath', () => {
  test('a missing point breaks the line, as Excel leaves a gap at a blank cell', () => {
    // Two links of a dendrogram separated by a blank row: two pieces, each starting with a move (M).
    expect(linePath([[0, 0], [0, 5], [10, 5], [10, 0], null, [20, 0], [20, 7.25]])).toBe('M0.0,0.0 L0.0,5.0 L10.0,5.0 L10.0,0.0 M20.0,0.0 L20.0,7.3');
    expect(linePath([null, [1, 2], null, null])).toBe('M1.0,2.0');
    expect(linePath([])).toBe('');
  });
});
