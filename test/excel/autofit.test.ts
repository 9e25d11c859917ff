/** Column widths: sized once per sheet for all its tables, never from the long notes or captions above them. */
import { describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/engine/report/types';
import { writeReport } from '../../src/excel/write-report';
import { createExcelHost, createWorkbook } from '../../src/sim';

const report: Report = {
  recipe: { kind: 'test' },
  version: '0',
  summary: [],
  warnings: [],
  result: null,
  sheets: [{
    name: 'Validation',
    notes: ['A note much longer than any cell of the tables below, which must not widen column A to its own length.'],
    tables: [
      { name: 'Measures', columns: [{ name: 'Measure' }, { name: 'Value' }], rows: [['Balanced accuracy', 0.71], ['ROC AUC', 0.74]] },
      { name: 'Confusion', title: 'Confusion matrix at the chosen threshold, test part: a long caption', columns: [{ name: 'x' }, { name: 'n' }], rows: [['a', 1]] },
    ],
    charts: [],
  }],
};

describe('writeReport sizes columns', () => {
  it('for the widest cell of all tables on a sheet, so a later narrow table does not shrink column A', async () => {
    const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data', values: [['x']] }] }));
    await writeReport(host.run, report);
    const sheet = host.exportState().sheets.find((s) => s.name === 'Validation');
    const widthA = sheet?.columnWidths?.A ?? 0;
    const widthB = sheet?.columnWidths?.B ?? 0;
    // "Balanced accuracy" (17 characters) sets column A; the 100-character note does not
    expect(widthA).toBeGreaterThan(widthB);
    expect(widthA).toBeLessThan(3 * widthB + 60);
    const note = host.exportState().sheets.find((s) => s.name === 'Validation')?.values?.[0]?.[0] as string;
    expect(widthA).toBeLessThan(note.length * 4);
    // Nor does the 66-character caption of the second table: it spills right, as the note does.
    expect(widthA).toBeLessThan(40 * 7);
    expect(sheet?.values?.flat()).toContain('Confusion matrix at the chosen threshold, test part: a long caption');
  });
});
