import { freshName } from '../engine/report/fresh-name';
import type { Report, ReportCell } from '../engine/report/types';
import type { Table } from '../engine/table/types';

/** A column to append beside the source: its header and one cell per data row. */
export interface ResultColumn {
  readonly header: string;
  readonly format?: string;
  readonly values: readonly ReportCell[];
}

/**
 * The per-row result of a clustering report as a column for the source table: the cluster numbered from 1 as
 * on the report's sheets, "Noise" where a DBSCAN row is noise, blank for a row left out. Undefined when the
 * analysis has no per-row cluster (its report has no `labels` for every data row).
 * @example resultColumn(kmeansReport, table) // { header: 'Cluster', format: '0', values: [4, 5, 4, …] }
 */
export function resultColumn(report: Report, table: Table): ResultColumn | undefined {
  const result = report.result as { labels?: unknown; noise?: unknown } | null;
  const labels = result?.labels;
  if (!Array.isArray(labels) || labels.length !== table.rowCount || !labels.every((l) => typeof l === 'number')) return undefined;
  const noise = Array.isArray(result?.noise) ? (result.noise as unknown[]) : [];
  const values = (labels as number[]).map((label, i): ReportCell => (label >= 0 ? label + 1 : noise[i] === true ? 'Noise' : null));
  return { header: freshName('Cluster', table.columns.map((c) => c.name)), format: '0', values };
}
