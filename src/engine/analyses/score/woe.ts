import { fail } from '../../problem';
import { MAX_CATEGORIES } from '../../prep/types';
import { informationValue } from '../../stats/information-value';
import { quantileBinIndex, quantileEdges } from '../../stats/quantile-bins';
import type { Column } from '../../table/types';
import { shortNumber } from '../profile/cell-key';

/** One bin of a WoE-binned feature: counts on the rows it was fitted on, WoE = ln(share of goods / share of bads). */
export interface WoeBin {
  readonly label: string;
  /** Upper edge of a numeric bin (lower edge, exclusive, is the previous bin's; the first bin is closed); null otherwise. */
  readonly upper: number | null;
  /** The text value of a category bin; null otherwise. */
  readonly level: string | null;
  readonly missing: boolean;
  readonly count: number;
  readonly bads: number;
  readonly goods: number;
  readonly badRate: number;
  readonly woe: number;
  readonly iv: number;
}

/** The usual reading of an information value: < 0.02 useless, < 0.1 weak, < 0.3 medium, ≤ 0.5 strong, above that suspicious (check for leakage). */
export type IvReading = 'useless' | 'weak' | 'medium' | 'strong' | 'suspicious';

export interface WoeFeature {
  readonly column: string;
  readonly kind: 'number' | 'text';
  /** Numeric edges e0 < e1 < … : bins [e0, e1], (e1, e2], …; a value outside goes to the nearest end bin. Empty for text. */
  readonly edges: readonly number[];
  readonly bins: readonly WoeBin[];
  readonly iv: number;
  readonly reading: IvReading;
  /** True when a bin had no bads or no goods and 0.5 was added to the empty count so its WoE stays finite. */
  readonly adjusted: boolean;
}

export interface WoeOptions {
  /** Quantile bins before merging (pandas qcut's q). Default 5. */
  readonly bins?: number;
  /** Merge adjacent numeric bins until the bad rate rises or falls monotonically. Default true. */
  readonly monotonic?: boolean;
}

const MISSING = 'Missing';

/**
 * WoE binning of one column on the given rows (labels y: 1 bad, 0 good). Numbers: quantile bins as
 * pandas.qcut(x, q, duplicates="drop"), then adjacent bins pooled until the bad rate is monotonic (in
 * whichever direction keeps the higher information value). Text: one bin per value. Blanks: their own
 * "Missing" bin, outside the monotonic order.
 * @example
 * // x = 1, 2, 3, 4 with outcomes bad, bad, good, good and 2 bins: bins [1, 2.5] (2 bads) and (2.5, 4] (2 goods),
 * // each with 0.5 added to its empty count: WoE −ln 5 and +ln 5
 * binWoe(column, Int8Array.of(1, 1, 0, 0), Uint32Array.of(0, 1, 2, 3), { bins: 2 }).edges // [1, 2.5, 4]
 */
export function binWoe(column: Column, y: ArrayLike<number>, rows: Uint32Array, options: WoeOptions = {}): WoeFeature {
  const q = options.bins ?? 5;
  const tallies: { label: string; upper: number | null; level: string | null; missing: boolean; bads: number; count: number }[] = [];
  let edges: number[] = [];
  const missing = { label: MISSING, upper: null, level: null, missing: true, bads: 0, count: 0 };
  if (column.type === 'text') {
    const byLevel = new Map<string, { bads: number; count: number }>();
    for (const r of rows) {
      const v = column.values[r] ?? null;
      const t = v === null ? missing : byLevel.get(v) ?? { bads: 0, count: 0 };
      if (v !== null) byLevel.set(v, t);
      t.bads += y[r] as number;
      t.count++;
    }
    if (byLevel.size > MAX_CATEGORIES) fail('too-many-categories', `Column '${column.name}' is text with ${byLevel.size} different values; WoE binning allows at most ${MAX_CATEGORIES}. Leave it out or group its values.`, { column: column.name });
    for (const [level, t] of [...byLevel].sort((a, b) => (a[0] < b[0] ? -1 : 1))) tallies.push({ label: level, upper: null, level, missing: false, ...t });
  } else {
    const present = Float64Array.from(rows, (r) => column.values[r] as number).filter((v) => !Number.isNaN(v)).sort();
    edges = quantileEdges(present, q);
    const counts = Array.from({ length: Math.max(edges.length - 1, 1) }, () => ({ bads: 0, count: 0 }));
    for (const r of rows) {
      const v = column.values[r] as number;
      const t = Number.isNaN(v) ? missing : (counts[quantileBinIndex(v, edges)] as { bads: number; count: number });
      t.bads += y[r] as number;
      t.count++;
    }
    const merged = options.monotonic ?? true ? monotonicBlocks(edges, counts) : { edges, counts };
    edges = merged.edges;
    merged.counts.forEach((t, k) => tallies.push({ label: intervalLabel(edges, k), upper: edges[Math.min(k + 1, edges.length - 1)] as number, level: null, missing: false, ...t }));
  }
  if (missing.count > 0) tallies.push(missing);
  const { woe, iv, total, adjusted } = informationValue(tallies.map((t) => ({ events: t.bads, nonEvents: t.count - t.bads })));
  const bins = tallies.map((t, k): WoeBin => ({
    label: t.label, upper: t.upper, level: t.level, missing: t.missing,
    count: t.count, bads: t.bads, goods: t.count - t.bads, badRate: t.bads / t.count, woe: woe[k] as number, iv: iv[k] as number,
  }));
  return { column: column.name, kind: column.type === 'text' ? 'text' : 'number', edges, bins, iv: total, reading: ivReading(total), adjusted };
}

/**
 * The WoE of one cell under a fitted binning. A blank without a Missing bin, or a text value not seen in
 * training, gets 0: no evidence either way.
 * @example woeOf(feature, 250) // the WoE of the bin holding 250
 */
export function woeOf(feature: WoeFeature, value: number | string | null): number {
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return feature.bins.find((b) => b.missing)?.woe ?? 0;
  if (typeof value === 'string') return feature.bins.find((b) => b.level === value)?.woe ?? 0;
  const e = feature.edges;
  const k = value < (e[0] as number) ? 0 : value > (e[e.length - 1] as number) ? Math.max(e.length - 2, 0) : quantileBinIndex(value, e);
  return (feature.bins[k] as WoeBin).woe;
}

/** @example ivReading(0.25) // 'medium' */
export function ivReading(iv: number): IvReading {
  if (iv < 0.02) return 'useless';
  if (iv < 0.1) return 'weak';
  if (iv < 0.3) return 'medium';
  if (iv <= 0.5) return 'strong';
  return 'suspicious';
}

interface Tally { bads: number; count: number }

/**
 * Pool adjacent bins (pool-adjacent-violators) until the bad rate strictly rises, and again until it strictly
 * falls; keep the direction with the higher information value.
 */
function monotonicBlocks(edges: readonly number[], counts: readonly Tally[]): { edges: number[]; counts: Tally[] } {
  const candidates = [1, -1].map((direction) => pool(edges, counts, direction));
  const ivOf = (c: { counts: Tally[] }): number => informationValue(c.counts.map((t) => ({ events: t.bads, nonEvents: t.count - t.bads }))).total;
  const [up, down] = candidates as [{ edges: number[]; counts: Tally[] }, { edges: number[]; counts: Tally[] }];
  return ivOf(down) > ivOf(up) ? down : up;
}

function pool(edges: readonly number[], counts: readonly Tally[], direction: number): { edges: number[]; counts: Tally[] } {
  const blocks: { last: number; bads: number; count: number }[] = [];
  counts.forEach((t, k) => {
    blocks.push({ last: k, bads: t.bads, count: t.count });
    for (;;) {
      const top = blocks[blocks.length - 1] as { last: number; bads: number; count: number };
      const prev = blocks[blocks.length - 2];
      if (!prev || direction * (top.bads / top.count - prev.bads / prev.count) > 0) break;
      blocks.pop();
      blocks[blocks.length - 1] = { last: top.last, bads: prev.bads + top.bads, count: prev.count + top.count };
    }
  });
  return { edges: [edges[0] as number, ...blocks.map((b) => edges[Math.min(b.last + 1, edges.length - 1)] as number)], counts: blocks.map(({ bads, count }) => ({ bads, count })) };
}

function intervalLabel(edges: readonly number[], k: number): string {
  if (edges.length === 1) return `[${shortNumber(edges[0] as number)}]`;
  return `${k === 0 ? '[' : '('}${shortNumber(edges[k] as number)}, ${shortNumber(edges[k + 1] as number)}]`;
}
