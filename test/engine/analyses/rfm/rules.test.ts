import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { rfmAnalysis, type RfmRunResult } from '../../../../src/engine/analyses/rfm';
import { rankEdges, scoreByFirstRank, scoreByThresholds } from '../../../../src/engine/analyses/rfm/scores';
import { SEGMENTS, segmentOf } from '../../../../src/engine/analyses/rfm/segments';
import { lifecycleStage } from '../../../../src/engine/analyses/rfm/stages';
import { buildTable } from '../../../../src/engine/table/build';
import type { Problem } from '../../../../src/engine/problem';

const DATE = 'yyyy-mm-dd';
/** A transactions table with typed date cells (Excel serials under a date format), as office-js gives them. */
function transactions(rows: readonly (readonly (string | number)[])[], header = ['Customer', 'Date', 'Amount']) {
  return buildTable([header, ...rows], { numberFormats: [header.map(() => 'General'), ...rows.map((row) => row.map((_, j) => (j === 1 ? DATE : 'General')))], header: true });
}

function outcome(recipe: object, table: ReturnType<typeof transactions>): { result?: RfmRunResult; warnings?: readonly Problem[]; problems?: readonly Problem[] } {
  const validated = rfmAnalysis.validate({ kind: 'rfm', ...recipe }, table);
  if (!validated.ok) return { problems: validated.problems };
  try {
    const report = rfmAnalysis.run(validated.recipe, table);
    return { result: report.result, warnings: report.warnings };
  } catch (e) {
    return { problems: (e as { problems?: Problem[] }).problems ?? [{ code: 'thrown', message: String(e) }] };
  }
}
const COLUMNS = { customer: 'Customer', date: 'Date', amount: 'Amount' };

describe('scores', () => {
  test('first-rank scores split ties by position, as pandas qcut(rank(method="first"))', () => {
    // Ranks 1..5 (the two 10s in row order), edges 1, 1.8, 2.6, 3.4, 4.2, 5 → one rank per score.
    expect(Array.from(scoreByFirstRank(Float64Array.of(10, 10, 20, 30, 40), 5))).toEqual([1, 2, 3, 4, 5]);
    // n = 3, edges 1, 1.4, 1.8, 2.2, 2.6, 3: rank 2 ≤ 2.2 → 3, rank 3 → 5.
    expect(Array.from(scoreByFirstRank(Float64Array.of(7, 5, 6), 5))).toEqual([5, 1, 3]);
    expect(Array.from(rankEdges(5, 5))).toEqual([1, 1.8, 2.6, 3.4, 4.2, 5].map((v) => expect.closeTo(v, 12)));
  });

  test('quantile thresholds keep tied values in one score', () => {
    // Thresholds at 20/40/60/80 %: 1, 1, 1, 2.6 → the four 1s score 1, the 9 exceeds all four → 5.
    expect(Array.from(scoreByThresholds(Float64Array.of(1, 1, 1, 1, 9), 5))).toEqual([1, 1, 1, 1, 5]);
  });

  // Not exactly ⌊n/bins⌋..⌈n/bins⌉: numpy's float steps can put an edge a hair below a whole rank
  // (n = 7, bins = 3: the 2/3 edge is 4.999…, so ranks split 3, 1, 3).
  test('first-rank scores are balanced: every level holds within one of n/bins customers', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 60 }), fc.integer({ min: 2, max: 10 }), (xs, bins) => {
      const scores = scoreByFirstRank(Float64Array.from(xs), bins);
      const counts = Array.from({ length: bins }, (_, j) => scores.filter((s) => s === j + 1).length);
      const n = xs.length;
      return counts.every((c) => (n < bins ? c <= 1 : Math.abs(c - n / bins) < 2));
    }));
  });

  test('scores never decrease as the value grows (both tie methods)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 }), (xs) => {
      const v = Float64Array.from(xs);
      return [scoreByFirstRank(v, 5), scoreByThresholds(v, 5)].every((s) => xs.every((a, i) => xs.every((b, j) => !(a < b) || (s[i] as number) <= (s[j] as number))));
    }));
  });
});

describe('segment rules', () => {
  test('hand-made customers land in each named segment', () => {
    // [R, F, M] → FM = (F + M)/2 rounded half up; segment from the grid row R, column FM.
    const cases: [number, number, number, string][] = [
      [5, 5, 4, 'Champions'], // FM 4.5 → 5
      [4, 4, 4, 'Loyal Customers'],
      [3, 5, 4, 'Loyal Customers'],
      [5, 2, 3, 'Potential Loyalist'], // FM 2.5 → 3
      [5, 1, 1, 'New Customers'],
      [4, 1, 1, 'Promising'],
      [3, 2, 3, 'Need Attention'],
      [3, 1, 1, 'About To Sleep'],
      [2, 4, 3, 'At Risk'], // FM 3.5 → 4
      [1, 3, 3, 'At Risk'],
      [1, 5, 4, "Can't Lose Them"],
      [2, 1, 2, 'Hibernating'], // FM 1.5 → 2
      [1, 2, 1, 'Lost'],
    ];
    for (const [r, f, m, name] of cases) expect([r, f, m, segmentOf(r, f, m, 5)]).toEqual([r, f, m, name]);
    expect(new Set(cases.map((c) => c[3]))).toEqual(new Set(SEGMENTS));
  });

  test('ten score levels map onto the five-level grid', () => {
    // ⌈5·s/10⌉: R 10 → 5, F 9 → 5, M 7 → 4, FM 4.5 → 5.
    expect(segmentOf(10, 9, 7, 10)).toBe('Champions');
  });

  test('lifecycle stages from tenure and recency', () => {
    const t = { newDays: 90, activeDays: 90, atRiskDays: 180 };
    expect([lifecycleStage(30, 10, t), lifecycleStage(400, 90, t), lifecycleStage(400, 91, t), lifecycleStage(400, 181, t), lifecycleStage(NaN, 5, t)]).toEqual(['New', 'Active', 'At risk', 'Lapsed', 'Active']);
  });
});

describe('cleaning and aggregation on a small table', () => {
  test('invoices, cancellations netted, zero prices dropped, counted by reason', () => {
    const header = ['Invoice', 'Customer', 'Date', 'Qty', 'Price'];
    const rows = [
      ['A1', 'x', 40000, 2, 5], // x buys 10 on day 40000
      ['A1', 'x', 40000, 1, 4], // same invoice: x still has 1 invoice, monetary 14
      ['C9', 'x', 40001, -1, 4], // cancellation: −4 from monetary, not a purchase
      ['A2', 'y', 40002, 1, 0], // zero price: dropped
      ['A3', 'y', 40003, 3, 2], // y: 6
      ['A4', '', 40003, 1, 1], // no customer
    ];
    const table = buildTable([header, ...rows], { numberFormats: [header.map(() => 'General'), ...rows.map((row) => row.map((_, j) => (j === 2 ? DATE : 'General')))], header: true });
    const { result } = outcome({ columns: { invoice: 'Invoice', customer: 'Customer', date: 'Date', quantity: 'Qty', price: 'Price' } }, table);
    expect(result?.customers).toEqual(['x', 'y']);
    expect(result?.frequency).toEqual([1, 1]);
    expect(result?.monetary).toEqual([10, 6]);
    // Analysis date 40004: x last bought on 40000 → 4 days, y on 40003 → 1 day.
    expect(result?.recency).toEqual([4, 1]);
    expect(result?.setAside).toMatchObject({ 'no-customer': 1, cancellation: 1, 'non-positive-price': 1 });
    expect(result?.rowCustomer).toEqual([0, 0, 0, -1, 1, -1]);
  });
});

describe('bad input', () => {
  test('no date column: the recipe is refused with the role to choose', () => {
    const table = buildTable([['Customer', 'Amount'], ['a', 1], ['b', 2]], { header: true });
    const { problems } = outcome({ columns: { customer: 'Customer', amount: 'Amount' } }, table);
    expect(problems?.map((p) => p.message).join(' ')).toMatch(/Choose a date column \(columns\.date\)/);
  });

  test('dates that cannot be parsed: the message names the first bad cell', () => {
    const table = buildTable([['Customer', 'Date', 'Amount'], ['a', 'soon', 1], ['b', 'later', 2], ['c', 'never', 3]], { header: true });
    const { problems } = outcome({ columns: COLUMNS }, table);
    expect(problems?.[0]?.cell).toBe('B2');
    expect(problems?.[0]?.message).toMatch(/B2 holds 'soon'/);
  });

  test('one customer only: refused, naming the customer', () => {
    const { problems } = outcome({ columns: COLUMNS }, transactions([['a', 40000, 5], ['a', 40010, 7]]));
    expect(problems?.[0]?.code).toBe('rfm-too-few-customers');
    expect(problems?.[0]?.message).toMatch(/only one customer \(a\)/);
  });

  test('every customer with the same recency: scores are given and the report says they carry no information', () => {
    const { result, warnings } = outcome({ columns: COLUMNS }, transactions([['a', 40000, 5], ['b', 40000, 7], ['c', 40000, 9]]));
    expect(result?.recency).toEqual([1, 1, 1]);
    expect(warnings?.map((w) => w.message).join(' ')).toMatch(/same recency \(1\), so the R scores only reflect customer order/);
    const thresholds = outcome({ columns: COLUMNS, ties: 'quantile-thresholds' }, transactions([['a', 40000, 5], ['b', 40000, 7], ['c', 40000, 9]]));
    expect(new Set(thresholds.result?.r)).toEqual(new Set([5]));
  });

  test('a customer with only returns is left out and named', () => {
    const { result, warnings } = outcome({ columns: COLUMNS }, transactions([['a', 40000, 5], ['b', 40001, 7], ['r', 40002, -9]]));
    expect(result?.customers).toEqual(['a', 'b']);
    expect(result?.returnsOnlyCustomers).toEqual(['r']);
    expect(warnings?.find((w) => w.code === 'rfm-returns-only')?.message).toMatch(/1 customers \(r\) have only returns/);
  });

  test('a misspelt option is refused, not ignored', () => {
    const { problems } = outcome({ columns: COLUMNS, bin: 4 }, transactions([['a', 40000, 5], ['b', 40001, 7]]));
    expect(problems?.map((p) => p.code)).toContain('recipe-unknown-field');
  });
});
