import type { ResultColumn, RowBands } from '../../recipe/types';
import { freshName } from '../../report/fresh-name';
import { resultColumnNamed } from '../../report/result-column';
import { sourceCell, sourceColumnFormat } from '../../report/table-cells';
import type { ReportCell, ReportTable } from '../../report/types';
import type { Column, Table } from '../../table/types';

/** What a scored-rows table shows for each row besides its source columns. */
export interface ScoredRows {
  readonly pd: readonly number[];
  readonly predicted: readonly number[];
  readonly points: readonly number[] | null;
  readonly reasons: readonly (readonly string[])[];
  readonly target: { readonly positive: string; readonly negative: string };
  /** Which part of the protocol each row was in ("Training", "Test"…), for a scoring run that validated. */
  readonly part?: readonly string[];
}

/** Whether both class labels are numbers (a 1/0 target), so a prediction is written as a number like the target. */
export function numericLabels(target: ScoredRows['target']): boolean {
  return [target.positive, target.negative].every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
}

/**
 * A table of scored rows: the lead columns (row key, actual class), then what an analyst reads first — PD,
 * predicted class, points, part, three reasons —, then the columns the model read, so the scores are not
 * twenty columns off to the right. A score header takes a fresh name ("PD (2)") where a source column has it.
 * @example scoredRowsTable('Scores', [id, target], features, result).columns.map((c) => c.name).slice(0, 4) // ['ID', 'default', 'PD', 'Predicted']
 */
export function scoredRowsTable(name: string, lead: readonly Column[], features: readonly Column[], r: ScoredRows): ReportTable {
  const taken = [...lead, ...features].map((c) => c.name);
  const fresh = (base: string): string => {
    const unique = freshName(base, taken);
    taken.push(unique);
    return unique;
  };
  const { part } = r;
  const header = ['PD', 'Predicted', ...(r.points ? ['Points'] : []), ...(part ? ['Part'] : []), 'Reason 1', 'Reason 2', 'Reason 3'].map(fresh);
  const numeric = numericLabels(r.target);
  const label = (positive: boolean): ReportCell => {
    const text = positive ? r.target.positive : r.target.negative;
    return numeric ? Number(text) : text;
  };
  const rows: ReportCell[][] = r.pd.map((pd, i) => [
    ...lead.map((c) => sourceCell(c, i)),
    pd,
    label(r.predicted[i] === 1),
    ...(r.points ? [r.points[i] as number] : []),
    ...(part ? [part[i] ?? null] : []),
    ...[0, 1, 2].map((k) => r.reasons[i]?.[k] ?? null),
    ...features.map((c) => sourceCell(c, i)),
  ]);
  const formats = ['0.0000', numeric ? 'General' : '@', ...(r.points ? ['0'] : []), ...(part ? ['@'] : []), '@', '@', '@'];
  return { name, columns: [...lead.map(sourceColumnFormat), ...header.map((h, k) => ({ name: h, format: formats[k] as string })), ...features.map(sourceColumnFormat)], rows };
}

/** What a re-run compares per row of a scoring run (Analysis.rowBands): its predicted class, as the target's label. */
export function predictedClassBands(r: ScoredRows): RowBands {
  return { band: 'predicted class', unit: 'row', keys: null, values: r.predicted.map((p) => (p === 1 ? r.target.positive : r.target.negative)) };
}

/** A scoring run's result column (Analysis.resultColumn): every row's probability of default. */
export function pdColumn(r: ScoredRows, table: Table): ResultColumn {
  return resultColumnNamed('PD', table, r.pd, '0.0000');
}
