import { numericSummary } from '../../stats/numeric-summary';
import type { Column } from '../../table/types';
import type { ColumnFlag, ColumnProfile, ValueCount } from './result';

/** A column without a usable value in more than this share of its cells is flagged as mostly missing. */
export const MOSTLY_MISSING = 0.5;

/**
 * Profile one column. Also returns its sorted finite values (number and date columns), so histograms and target
 * bins reuse the sort.
 * @example profileColumn(table.columns[0], 5, table.rowCount).profile.flags // ['identifier'] for a 1..n id column
 */
export function profileColumn(column: Column, topValues: number, rowCount: number): { profile: ColumnProfile; sorted: Float64Array | null } {
  const base = { name: column.name, letter: column.letter, type: column.type };
  if (column.type === 'text') {
    const counts = new Map<string, number>();
    let count = 0;
    for (const v of column.values) {
      if (v === null) continue;
      count++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const top = mostFrequent(counts, topValues);
    const profile = { ...base, ...tally(column, count, counts.size, rowCount, true), numbers: null, dates: null, topValues: top, shareTrue: null };
    return { profile, sorted: null };
  }
  const { summary, sorted } = numericSummary(column.values);
  const n = summary.count;
  // A running number is whole and dense (1..n, 12001..12500); unique whole amounts spread wider are data.
  const runningNumber = column.type === 'number' && summary.integers && summary.max - summary.min < 2 * rowCount;
  const common = tally(column, n, summary.distinct, rowCount, runningNumber);
  switch (column.type) {
    case 'number':
      return { profile: { ...base, ...common, numbers: summary, dates: null, topValues: null, shareTrue: null }, sorted };
    case 'date': {
      const dates = n ? { first: summary.min, last: summary.max, spanDays: summary.max - summary.min } : null;
      return { profile: { ...base, ...common, numbers: null, dates, topValues: null, shareTrue: null }, sorted };
    }
    case 'boolean':
      return { profile: { ...base, ...common, numbers: null, dates: null, topValues: null, shareTrue: n ? summary.mean : null }, sorted };
    default: {
      const unknown: never = column;
      throw new Error(`unknown column ${String(unknown)}`);
    }
  }
}

/** Counts and flags shared by every type; `canIdentify` says whether unique values would mean an identifier. */
function tally(column: Column, count: number, distinct: number, rowCount: number, canIdentify: boolean) {
  const { blanks, errors } = column.issues;
  const absent = rowCount - count;
  const flags: ColumnFlag[] = [];
  if (count === 0) flags.push('empty');
  else if (distinct === 1) flags.push('constant');
  // Unique per row on every row: a key, not a feature. Two rows prove nothing, so a few rows are needed.
  if (canIdentify && rowCount >= 3 && absent === 0 && distinct === rowCount) flags.push('identifier');
  if (count > 0 && absent / rowCount > MOSTLY_MISSING) flags.push('mostly-missing');
  return { count, missing: blanks, missingShare: rowCount ? blanks / rowCount : 0, errors, unusable: absent - blanks - errors, distinct, flags };
}

function mostFrequent(counts: Map<string, number>, k: number): ValueCount[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map(([value, count]) => ({ value, count }));
}
