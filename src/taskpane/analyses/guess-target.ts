import { cellKey } from '../../engine/analyses/profile/cell-key';
import { detectPositive } from '../../engine/analyses/score/detect-target';
import { InputError } from '../../engine/problem';
import { getColumn } from '../../engine/table/get-column';
import type { Table } from '../../engine/table/types';

/** Header words that usually name the outcome a credit or churn model predicts. */
const TARGET_NAME = /default|churn|status|target|bad|label|outcome/i;

/**
 * The two values of a column, sorted as the engine sorts them, or null when it holds fewer or more.
 * @example twoValues(table, 'default.payment.next.month') // ['0', '1']
 */
export function twoValues(table: Table, name: string): [string, string] | null {
  const column = getColumn(table, name);
  const seen = new Set<string>();
  for (let i = 0; i < table.rowCount && seen.size <= 2; i++) {
    const key = cellKey(column, i);
    if (key !== null) seen.add(key);
  }
  return seen.size === 2 ? ([...seen].sort() as [string, string]) : null;
}

/**
 * The column a scoring most likely predicts: a two-valued column named like an outcome (default, churn,
 * status, target, bad…), else the last two-valued column (outcomes usually come last), else null.
 * @example guessTarget(creditCards) // 'default.payment.next.month'
 */
export function guessTarget(table: Table): string | null {
  const binary = table.columns.filter((c) => twoValues(table, c.name) !== null).map((c) => c.name);
  return binary.find((name) => TARGET_NAME.test(name)) ?? binary[binary.length - 1] ?? null;
}

/**
 * The target value the engine will count as the event when none is given, or null when it cannot tell
 * (then the pane asks): the one of two values that reads 1, yes, bad, default or true.
 * @example detectedPositive(table, 'Churn') // 'Yes'
 */
export function detectedPositive(table: Table, target: string): string | null {
  const values = twoValues(table, target);
  if (!values) return null;
  try {
    return detectPositive(target, values);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}
