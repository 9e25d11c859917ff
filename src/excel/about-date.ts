import type { Report, ReportSheet } from '../engine/report/types';

/** The table every About sheet carries (see engine/report/about.ts). */
const ABOUT_TABLE = 'AboutRun';

/**
 * The report with the run's date added to its About table, as the first setting. The engine leaves the date
 * out so two runs of one recipe compare equal; the writer puts it in because a reader of the workbook needs
 * it. Written as ISO 8601 text in UTC, which reads the same in every locale.
 * @example withRunDate(report, new Date('2024-03-01T09:30:00Z')) // About: ['Run date', '2024-03-01 09:30:00 UTC'], …
 */
export function withRunDate(report: Report, date: Date): Report {
  const stamp = `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  const dated = (sheet: ReportSheet): ReportSheet => ({
    ...sheet,
    tables: sheet.tables.map((t) => (t.name === ABOUT_TABLE ? { ...t, rows: [['Run date', stamp], ...t.rows] } : t)),
  });
  return { ...report, sheets: report.sheets.map(dated) };
}
