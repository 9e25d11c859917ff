import type { SavedModel } from '../../engine/analyses/score';
import type { Table } from '../../engine/table/types';
import { looksLikeId } from './looks-like-id';

const MODEL_NAMES: Record<SavedModel['model']['kind'], string> = {
  logistic: 'Logistic regression',
  scorecard: 'Scorecard',
  boosted: 'Boosted trees',
};

/**
 * What a saved model is, in one sentence for the form: its kind, the outcome it predicts and the threshold
 * it predicts a default at (to four decimals, as the score report writes it).
 * @example modelSentence(model) // "Logistic regression predicting default.payment.next.month = 1, a default from a PD of 0.5000."
 */
export function modelSentence(model: SavedModel): string {
  const { column, positive } = model.target;
  return `${MODEL_NAMES[model.model.kind]} predicting ${column} = ${positive}, a default from a PD of ${model.threshold.toFixed(4)}.`;
}

/**
 * The columns the model reads that the selection lacks, in the model's order: the engine refuses to score
 * without them, so the form names them before the run.
 * @example missingColumns({ columns: [{ name: 'AGE', type: 'number' }, { name: 'SEX', type: 'number' }], … }, tableWithAgeOnly) // ['SEX']
 */
export function missingColumns(model: Pick<SavedModel, 'columns'>, table: Table): string[] {
  const present = new Set(table.columns.map((c) => c.name));
  return model.columns.filter((c) => !present.has(c.name)).map((c) => c.name);
}

/**
 * The row key offered first: the first column named like an identifier (ID, cust_no), so each new score can be
 * matched to its row; null when none is.
 * @example defaultRowKey(uciTable) // 'ID'
 */
export function defaultRowKey(table: Table): string | null {
  return table.columns.find(looksLikeId)?.name ?? null;
}
