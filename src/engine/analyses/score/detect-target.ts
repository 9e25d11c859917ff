import { fail } from '../../problem';
import { dataCellAddress } from '../../table/address';
import { getColumn } from '../../table/get-column';
import type { Table } from '../../table/types';
import { cellKey } from '../profile/cell-key';

/** Values that name the event of a credit or churn flag, compared ignoring case. */
const POSITIVE_WORDS = ['1', 'yes', 'bad', 'default', 'true'];

/** The target column read as a binary outcome. */
export interface BinaryTarget {
  readonly column: string;
  /** The value counted as the event (a default), as the cell reads ("1", "bad", "TRUE"). */
  readonly positive: string;
  readonly negative: string;
  /** 1 positive, 0 negative, −1 a blank or unusable cell (such rows are scored, not trained on). */
  readonly y: Int8Array;
  readonly missing: number;
}

/**
 * Read a two-valued target column and decide which value is the event: the one given, else the one
 * among 1, "yes", "bad", "default", "true" (ignoring case). One class, three values, or two values
 * neither or both of which name an event, fail with a message that says what the column holds.
 * @example readTarget(table, 'Status', null).positive // 'bad' for good/bad
 */
export function readTarget(table: Table, name: string, positive: string | null): BinaryTarget {
  const column = getColumn(table, name);
  const keys = Array.from({ length: table.rowCount }, (_, i) => cellKey(column, i));
  const values = [...new Set(keys.filter((k): k is string => k !== null))].sort();
  const listed = values.slice(0, 5).map((v) => `'${v}'`).join(', ') + (values.length > 5 ? ', …' : '');
  const where = { column: name };
  if (values.length < 2) {
    const held = values.length === 0 ? 'is blank in every row' : `holds only ${listed}`;
    fail('target-one-class', `Target column '${name}' ${held}; scoring needs rows of both outcomes (defaulted and repaid). Select more rows or another target.`, where);
  }
  if (values.length > 2) {
    const firstTwo = values.slice(0, 2);
    const cell = dataCellAddress(table, Math.max(0, keys.findIndex((k) => k !== null && !firstTwo.includes(k))), column.index);
    fail('target-not-binary', `Target column '${name}' has ${values.length} different values (${listed}); a default target has exactly two. Map it to two values (the third first appears at ${cell}) or choose another column.`, { ...where, cell });
  }
  const chosen = positive ?? detectPositive(name, values as [string, string]);
  if (!values.includes(chosen)) {
    fail('target-positive', `Target column '${name}' has no value '${chosen}'; its values are ${listed}. Set 'positive' to one of them.`, where);
  }
  const negative = values.find((v) => v !== chosen) as string;
  let missing = 0;
  const y = Int8Array.from(keys, (k) => {
    if (k === null) {
      missing++;
      return -1;
    }
    return k === chosen ? 1 : 0;
  });
  return { column: name, positive: chosen, negative, y, missing };
}

/**
 * The value among two that names the event.
 * @example detectPositive('churn', ['No', 'Yes']) // 'Yes'
 */
export function detectPositive(name: string, values: readonly [string, string]): string {
  const named = values.filter((v) => POSITIVE_WORDS.includes(v.toLowerCase()));
  if (named.length === 1) return named[0] as string;
  return fail('target-positive-unclear', `Target column '${name}' holds '${values[0]}' and '${values[1]}', and it is not clear which one is the default (the event to predict). Set 'positive' in the recipe to '${values[0]}' or '${values[1]}'.`, { column: name });
}
