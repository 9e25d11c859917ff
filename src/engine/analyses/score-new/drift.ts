import { psiReading } from '../score/psi';
import type { ScoreNewResult } from './result';

/** One row of the Drift table: a model column, or the PD itself. */
export interface DriftRow {
  readonly variable: string;
  readonly psi: number;
  readonly reading: string;
}

/** The label of the PD's row among the columns. */
export const PD_ROW = 'PD (the score)';

/**
 * The PSI of every model column and of the PD, largest first (ties keep the model's column order, PD last).
 * @example driftRows({ columns: [{ column: 'Age', psi: 0.02 }, { column: 'Income', psi: 0.4 }], pd: 0.12 })
 * // Income 0.4 major shift…, PD 0.12 moderate shift…, Age 0.02 stable
 */
export function driftRows(psi: ScoreNewResult['psi']): DriftRow[] {
  return [...psi.columns.map((c) => ({ variable: c.column, psi: c.psi })), { variable: PD_ROW, psi: psi.pd }]
    .sort((a, b) => b.psi - a.psi)
    .map((r) => ({ ...r, reading: psiReading(r.psi) }));
}
