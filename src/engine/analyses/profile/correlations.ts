import { toRows } from '../../matrix';
import { correlationMatrix, type CorrelationMethod } from '../../stats/correlation';
import type { Column, NumericColumn } from '../../table/types';
import type { ColumnProfile, CorrelationPair, CorrelationResult } from './result';

/** More columns than this make a matrix nobody reads and a quadratic cost; the rest are counted, not correlated. */
export const MAX_CORRELATION_COLUMNS = 100;
const STRONGEST_LISTED = 10;

/**
 * Correlate the number columns worth correlating (not empty, constant or identifiers), pairwise-complete.
 * Null when fewer than two qualify.
 */
export function profileCorrelations(columns: readonly Column[], profiles: readonly ColumnProfile[], method: CorrelationMethod): CorrelationResult | null {
  const eligible = columns.filter((c, i): c is NumericColumn => c.type === 'number' && (profiles[i] as ColumnProfile).flags.every((f) => f === 'mostly-missing'));
  if (eligible.length < 2) return null;
  const used = eligible.slice(0, MAX_CORRELATION_COLUMNS);
  const m = correlationMatrix(used.map((c) => c.values), method);
  const names = used.map((c) => c.name);
  const pairs: CorrelationPair[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = 0; j < i; j++) {
      const r = m.data[i * names.length + j] as number;
      if (!Number.isNaN(r)) pairs.push({ a: names[j] as string, b: names[i] as string, r });
    }
  }
  pairs.sort((p, q) => Math.abs(q.r) - Math.abs(p.r));
  return { method, columns: names, matrix: toRows(m), strongest: pairs.slice(0, STRONGEST_LISTED), leftOut: eligible.length - used.length };
}

/**
 * A pair in words, as the churn study writes it.
 * @example pairInWords({ a: 'tenure', b: 'total_charges', r: 0.8259 }) // 'tenure and total_charges: 0.83'
 */
export function pairInWords(pair: CorrelationPair): string {
  return `${pair.a} and ${pair.b}: ${pair.r.toFixed(2)}`;
}
