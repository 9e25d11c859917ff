/**
 * The k-means report on the mall customers (k = 5) written into the in-memory host: every sheet, table,
 * number format, chart series and the About date land where the report says. Addresses follow from the layout:
 * one note line, a blank row, then the header on row 3; a table's body starts on the row below its header.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/engine/report/types';
import { writeReport, type WrittenReport } from '../../src/excel/write-report';
import { createExcelHost, createWorkbook, type ExcelHost, type SheetState, type WorkbookState } from '../../src/sim';
import { mallKMeansReport } from './kmeans-report';

const DATE = new Date('2024-03-01T09:30:00Z');
let report: Report;
let host: ExcelHost;
let written: WrittenReport;
let state: WorkbookState;
const sheet = (name: string): SheetState => state.sheets.find((s) => s.name === name) as SheetState;

beforeAll(async () => {
  report = mallKMeansReport();
  host = createExcelHost(createWorkbook({ sheets: [{ name: 'Customers', values: [['CustomerID'], [1]] }] }));
  written = await writeReport(host.run, report, { runDate: DATE, supportsExcelApi: () => true });
  state = host.exportState();
});

describe('a k-means report written to the workbook', () => {
  it('adds one sheet per report sheet after the user\'s, and activates the first', () => {
    expect(state.sheets.map((s) => s.name)).toEqual(['Customers', 'Clusters', 'Centroids', 'Elbow', 'Cluster profile', 'Projection', 'About']);
    expect(written.sheets.map((s) => s.name)).toEqual(['Clusters', 'Centroids', 'Elbow', 'Cluster profile', 'Projection', 'About']);
    expect(new Set(written.sheets.map((s) => s.id)).size).toBe(6);
    expect(state.activeSheet).toBe('Clusters');
  });

  it('makes native tables with the report\'s names, headers and ranges', () => {
    // Clusters: 200 customers + header from row 3 → A3:F203 (5 source columns + Cluster).
    expect(sheet('Clusters').tables).toEqual([{ name: 'Clusters', address: 'A3:F203', style: 'TableStyleMedium2' }]);
    expect(sheet('Clusters').values?.[2]).toEqual(['CustomerID', 'Genre', 'Age', 'Annual Income (k$)', 'Spending Score (1-100)', 'Cluster']);
    expect(sheet('Centroids').tables?.[0]?.address).toBe('A3:E8');
    expect(sheet('Elbow').tables?.[0]?.address).toBe('A3:E13');
    // Cluster profile's table has a caption on row 3, so its header is on row 4: two numeric columns → A4:G6.
    expect(sheet('Cluster profile').tables?.[0]).toMatchObject({ name: 'ClusterMeans', address: 'A4:G6' });
    expect(sheet('Cluster profile').values?.[2]?.[0]).toBe('Mean per cluster');
    expect(written.tables.map((t) => t.name)).toEqual(['Clusters', 'Centroids', 'Elbow', 'ClusterMeans', 'Projection', 'AboutRun']);
  });

  it('writes the report\'s values, with each column\'s number format and text as text', () => {
    const centroids = report.sheets.find((s) => s.name === 'Centroids')?.tables[0];
    expect(sheet('Centroids').values?.slice(3)).toEqual(centroids?.rows);
    expect(sheet('Centroids').numberFormats).toMatchObject({ 'A4:A8': '0', 'B4:B8': '#,##0', 'C4:C8': '0.0%', 'D4:D8': '#,##0.00', 'E4:E8': '#,##0.00' });
    // Headers and notes are text; Genre's cells are text; the Cluster column is a whole number.
    expect(sheet('Clusters').numberFormats).toMatchObject({ A1: '@', 'B3:B203': '@', 'F4:F203': '0' });
    expect(sheet('Clusters').formulas).toEqual({});
  });

  it('binds each chart to the table columns it names, with seriesBy explicit and titles set', () => {
    expect(sheet('Centroids').charts).toEqual([
      expect.objectContaining({ type: 'ColumnClustered', title: 'Rows per cluster', seriesBy: 'Columns', categoryAxisTitle: 'Cluster', valueAxisTitle: 'Rows', series: [{ name: 'Rows', values: 'Centroids!B4:B8', xValues: 'Centroids!A4:A8' }] }),
    ]);
    const [wcss, silhouette] = sheet('Elbow').charts ?? [];
    expect(wcss).toMatchObject({ type: 'Line', series: [{ name: 'WCSS', values: 'Elbow!B4:B13', xValues: 'Elbow!A4:A13' }], displayBlanksAs: 'NotPlotted' });
    // Silhouette is blank at k = 1: Excel would take that blank first cell as the series name; the writer pins all ten rows.
    expect(silhouette).toMatchObject({ type: 'Line', series: [{ name: 'Silhouette', values: 'Elbow!C4:C13', xValues: 'Elbow!A4:A13' }] });
    // Charts sit right of the widest table (5 columns + 1 blank → column G), never over it.
    expect(wcss?.position?.start).toBe('G3');
  });

  it('freezes each sheet\'s header row and sizes its columns', () => {
    expect(sheet('Clusters').freeze).toEqual({ rows: 3, cols: 0 });
    expect(Object.keys(sheet('Clusters').columnWidths ?? {})).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('puts the run date on the About sheet (under its two notes and the header), not in the report', () => {
    expect(sheet('About').values?.[4]).toEqual(['Run date', '2024-03-01 09:30:00 UTC']);
    expect(JSON.stringify(report)).not.toContain('2024-03-01');
  });

  it('keeps every sync under Excel on the web\'s 5 MB, with no failed sync', () => {
    expect(host.requestLog.every((e) => e.sentBytes < 5 * 1024 * 1024 && e.error === undefined)).toBe(true);
  });
});
