/**
 * Six customers whose values sit exactly on the score edges, with a tie that first-rank splits: the case the RFM
 * live formulas are checked on (formula text here, LibreOffice results in test/formulas/rfm.test.ts).
 *
 * Per customer, from the transactions below (analysis date = the day after the last one, 36001):
 *   A: recency 51, frequency 1, monetary 10      D: recency 21, frequency 3, monetary 40
 *   B: recency 41, frequency 1, monetary 30      E: recency 11, frequency 4, monetary 50
 *   C: recency 31, frequency 1, monetary 20      F: recency  1, frequency 6, monetary 60
 * With 6 customers and 5 levels the quantiles 0.2 … 0.8 fall on sorted positions 1, 2, 3, 4 (0-based, (6 − 1)·q),
 * so every edge is a customer's own value: recency 11, 21, 31, 41; frequency 1, 1, 3, 4; monetary 20, 30, 40, 50.
 * A score is 1 + the edges strictly below the value (R turned round: 6 − that):
 *   R: A 51 → 4 below → 1; B 41 → 3 → 2; C 31 → 3; D 21 → 4; E 11 (on the first edge) → 0 below → 5; F 1 → 5.
 *   F: A, B, C (1, on the edge) → 1; D 3 (on an edge) → 2 below → 3; E 4 → 4; F 6 → 5.
 *   M: A 10 → 1; C 20 (on an edge) → 1; B 30 → 2; D 40 → 3; E 50 → 4; F 60 → 5.
 * First-rank ranks frequency 1, 1, 1 by customer order (A, B, C: ranks 1, 2, 3) against rank edges 2, 3, 4, 5, so
 * C gets F = 2 there: the one customer whose scores differ. Segments (FM = ⌊(F + M)/2 + 0.5⌋, grid of segments.ts):
 *   A R1 FM1 Lost; B R2 FM2 Hibernating; C R3 FM1 About To Sleep (first-rank: FM2 Need Attention);
 *   D R4 FM3 Potential Loyalist; E R5 FM4 Champions; F R5 FM5 Champions.
 */
import { buildTable } from '../../../../src/engine/table/build';
import type { Table } from '../../../../src/engine/table/types';

const PURCHASES: readonly (readonly [string, number, number])[] = [
  ['A', 35950, 10],
  ['B', 35960, 30],
  ['C', 35970, 20],
  ['D', 35900, 10], ['D', 35940, 10], ['D', 35980, 20],
  ['E', 35900, 10], ['E', 35920, 10], ['E', 35950, 10], ['E', 35990, 20],
  ...[35800, 35850, 35900, 35950, 35975, 36000].map((day) => ['F', day, 10] as const),
];

/** The transactions as a table with a real date column. */
export function edgeToyTable(): Table {
  const header = ['Customer', 'Date', 'Amount'];
  const formats = [header.map(() => 'General'), ...PURCHASES.map(() => ['General', 'yyyy-mm-dd', 'General'])];
  return buildTable([header, ...PURCHASES.map((row) => [...row])], { numberFormats: formats, header: true });
}

export const EDGE_TOY_RECIPE = { kind: 'rfm', columns: { customer: 'Customer', date: 'Date', amount: 'Amount' } } as const;

/** What the edges give each customer, A to F (derived above). */
export const EDGE_TOY_SCORES = {
  analysisDate: 36001,
  recency: [51, 41, 31, 21, 11, 1],
  edges: { r: [11, 21, 31, 41], f: [1, 1, 3, 4], m: [20, 30, 40, 50] },
  r: [1, 2, 3, 4, 5, 5],
  f: [1, 1, 1, 3, 4, 5],
  m: [1, 2, 1, 3, 4, 5],
  code: ['111', '212', '311', '433', '544', '555'],
  total: [3, 5, 5, 10, 13, 15],
  fm: [1, 2, 1, 3, 4, 5],
  segment: ['Lost', 'Hibernating', 'About To Sleep', 'Potential Loyalist', 'Champions', 'Champions'],
} as const;
