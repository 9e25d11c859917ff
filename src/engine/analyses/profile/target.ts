import { fail } from '../../problem';
import { informationValue } from '../../stats/information-value';
import { quantileBinIndex, quantileEdges } from '../../stats/quantile-bins';
import type { Column } from '../../table/types';
import { cellKey, valueLabel } from './cell-key';
import type { ColumnProfile, PredictiveStrength, TargetBin, TargetProfile, TargetRelation, ValueCount } from './result';

/** More classes than this is not a flag to explain but a measurement. */
export const MAX_TARGET_CLASSES = 20;
/** Categories beyond the most frequent ones are pooled into one "Other" bin. */
export const MAX_CATEGORY_BINS = 20;
const MISSING_BIN = '(blank)';
/** Values that usually name the event of a binary flag, so "Yes" in churn and "bad" in a credit status count. */
const EVENT_WORDS = ['1', 'true', 'yes', 'y', 'bad', 'default', 'churn', 'churned', 'positive', 'fraud'];

/** Where the caller's profile already holds a column's sorted values, reused when the target is never blank. */
export interface ProfiledColumn {
  readonly column: Column;
  readonly profile: ColumnProfile;
  readonly sorted: Float64Array | null;
}

/**
 * Class balance of the target and, for every other profiled column, the event rate by quantile bin (numbers,
 * dates) or by category (text, booleans) with its information value. A target with one class or too many fails
 * with a message saying which values it holds.
 */
export function profileTarget(target: Column, others: readonly ProfiledColumn[], positive: string | number | boolean | null, bins: number, rowCount: number): TargetProfile {
  const keys: (string | null)[] = new Array<string | null>(rowCount);
  const counts = new Map<string, number>();
  let missing = 0;
  for (let i = 0; i < rowCount; i++) {
    const key = cellKey(target, i);
    keys[i] = key;
    if (key === null) missing++;
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const present = rowCount - missing;
  const classes: ValueCount[] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value, count]) => ({ value, count }));
  const where = { column: target.name };
  if (classes.length < 2) {
    const held = classes.length === 0 ? 'is blank in every row' : `holds only '${classes[0]?.value}'`;
    fail('target-one-class', `Target column '${target.name}' ${held}; a target needs at least two classes (such as churned and stayed). Choose another target or none.`, where);
  }
  if (classes.length > MAX_TARGET_CLASSES) {
    fail('target-too-many-classes', `Target column '${target.name}' has ${classes.length} different values; a target is a flag with a few classes (churn, default). Choose such a column, or profile without a target.`, where);
  }
  const event = chooseEvent(target, classes, positive);
  const eventRows = event === null ? 0 : (counts.get(event) ?? 0);
  const relations = event === null ? [] : others.map((o) => relate(o, keys, event, bins)).filter((r): r is TargetRelation => r !== null);
  relations.sort((a, b) => b.informationValue - a.informationValue);
  return { column: target.name, classes, missing, positive: event, positiveRate: event === null ? null : eventRows / present, relations };
}

function chooseEvent(target: Column, classes: readonly ValueCount[], positive: string | number | boolean | null): string | null {
  if (positive !== null) {
    const key = typeof positive === 'boolean' ? (positive ? 'TRUE' : 'FALSE') : String(positive);
    if (classes.some((c) => c.value === key)) return key;
    return fail('target-positive', `Target column '${target.name}' has no value ${JSON.stringify(positive)}; its values are ${classes.map((c) => `'${c.value}'`).join(', ')}. Set 'positive' to one of them.`, { column: target.name });
  }
  if (classes.length !== 2) return null;
  const named = classes.find((c) => EVENT_WORDS.includes(c.value.toLowerCase()));
  return (named ?? (classes[1] as ValueCount)).value;
}

/** Null for a column that cannot inform (empty, constant, an identifier). */
function relate(o: ProfiledColumn, keys: readonly (string | null)[], event: string, q: number): TargetRelation | null {
  const { column, profile } = o;
  if (profile.flags.some((f) => f === 'empty' || f === 'constant' || f === 'identifier')) return null;
  const tallies = new Map<string, { rows: number; events: number }>();
  const add = (label: string, isEvent: boolean): void => {
    const t = tallies.get(label) ?? { rows: 0, events: 0 };
    t.rows++;
    if (isEvent) t.events++;
    tallies.set(label, t);
  };
  let order: string[];
  let binning: TargetRelation['binning'];
  if (column.type === 'number' || column.type === 'date') {
    binning = 'quantile';
    const sorted = o.sorted && keys.every((k) => k !== null) ? o.sorted : sortedWhereTarget(column.values, keys);
    const edges = quantileEdges(sorted, q);
    const labels = edges.length === 1 ? [`= ${valueLabel(column, edges[0] as number)}`] : edges.slice(1).map((e, k) => `${k === 0 ? '[' : '('}${valueLabel(column, edges[k] as number)}, ${valueLabel(column, e)}]`);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === null || key === undefined) continue;
      const bin = quantileBinIndex(column.values[i] as number, edges);
      add(bin < 0 ? MISSING_BIN : (labels[bin] as string), key === event);
    }
    order = [...labels, MISSING_BIN];
  } else {
    binning = 'category';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === null || key === undefined) continue;
      add(cellKey(column, i) ?? MISSING_BIN, key === event);
    }
    order = pool(tallies);
  }
  const bins: TargetBin[] = order.flatMap((label) => {
    const t = tallies.get(label);
    return t ? [{ label, rows: t.rows, events: t.events, rate: t.events / t.rows }] : [];
  });
  const iv = informationValue(bins.map((b) => ({ events: b.events, nonEvents: b.rows - b.events })));
  return { column: column.name, binning, bins, informationValue: iv.total, adjusted: iv.adjusted, strength: strength(iv.total) };
}

/** Categories by rows, the blank bin last; beyond MAX_CATEGORY_BINS the rest pooled into "Other (n values)" in `tallies`. */
function pool(tallies: Map<string, { rows: number; events: number }>): string[] {
  const blank = tallies.get(MISSING_BIN);
  const cats = [...tallies].filter(([label]) => label !== MISSING_BIN).sort((a, b) => b[1].rows - a[1].rows || (a[0] < b[0] ? -1 : 1));
  if (cats.length <= MAX_CATEGORY_BINS) return [...cats.map(([label]) => label), ...(blank ? [MISSING_BIN] : [])];
  const kept = cats.slice(0, MAX_CATEGORY_BINS - 1);
  const rest = cats.slice(MAX_CATEGORY_BINS - 1);
  const other = `Other (${rest.length} values)`;
  tallies.set(other, rest.reduce((acc, [, t]) => ({ rows: acc.rows + t.rows, events: acc.events + t.events }), { rows: 0, events: 0 }));
  return [...kept.map(([label]) => label), other, ...(blank ? [MISSING_BIN] : [])];
}

function sortedWhereTarget(values: Float64Array, keys: readonly (string | null)[]): Float64Array {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (keys[i] !== null && !Number.isNaN(v)) kept.push(v);
  }
  return Float64Array.from(kept).sort();
}

/**
 * The usual reading of an information value.
 * @example strength(0.15) // 'medium'
 */
export function strength(iv: number): PredictiveStrength {
  if (iv < 0.02) return 'none';
  if (iv < 0.1) return 'weak';
  if (iv < 0.3) return 'medium';
  if (iv <= 0.5) return 'strong';
  return 'suspicious';
}
