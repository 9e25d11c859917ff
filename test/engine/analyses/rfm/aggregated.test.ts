import { describe, expect, test } from '@jest/globals';
import { rfmAnalysis } from '../../../../src/engine/analyses/rfm';
import type { Problem } from '../../../../src/engine/problem';
import { buildTable } from '../../../../src/engine/table/build';

const HEADER = ['Customer', 'Recency', 'Frequency', 'Monetary'];
const COLUMNS = { customer: 'Customer', recency: 'Recency', frequency: 'Frequency', monetary: 'Monetary' };
const aggregated = (rows: readonly (readonly (string | number)[])[]) => buildTable([HEADER, ...rows], { header: true });

function outcome(table: ReturnType<typeof aggregated>, recipe: object = { columns: COLUMNS }) {
  const validated = rfmAnalysis.validate({ kind: 'rfm', ...recipe }, table);
  if (!validated.ok) return { problems: validated.problems };
  try {
    return { report: rfmAnalysis.run(validated.recipe, table) };
  } catch (e) {
    return { problems: (e as { problems?: readonly Problem[] }).problems ?? [{ code: 'thrown', message: String(e) }] };
  }
}

describe('RFM from an already aggregated table (customer, recency, frequency, monetary)', () => {
  // Rows in no particular order; sorted by id: A (5, 8, 800), B (150, 4, 400), C (400, 3, 300), D (95, 2, 200), E (10, 1, 100).
  const table = aggregated([['E', 10, 1, 100], ['B', 150, 4, 400], ['D', 95, 2, 200], ['A', 5, 8, 800], ['C', 400, 3, 300]]);
  const { report } = outcome(table);
  const r = report?.result;

  test('customers in id order, values as given, no purchase dates', () => {
    expect(r?.customers).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(r?.recency).toEqual([5, 150, 400, 95, 10]);
    expect(r?.frequencyCounts).toBe('given');
    expect(r?.lastPurchase).toEqual([null, null, null, null, null]);
    // rowCustomer maps each input row to its customer: row 0 is E (index 4), row 3 is A (index 0).
    expect(r?.rowCustomer).toEqual([4, 1, 3, 0, 2]);
  });

  test('scores, segments and stages derived by hand', () => {
    // Five distinct values and five levels: one customer per score. Recency ascending A, E, D, B, C → R 5, 4, 3, 2, 1.
    expect([r?.r, r?.f, r?.m]).toEqual([[5, 2, 1, 3, 4], [5, 4, 3, 2, 1], [5, 4, 3, 2, 1]]);
    // Grid (R row, FM column): A R5 FM5 Champions; B R2 FM4 At Risk; C R1 FM3 At Risk; D R3 FM2 Need Attention; E R4 FM1 Promising.
    expect(r?.segment).toEqual(['Champions', 'At Risk', 'At Risk', 'Need Attention', 'Promising']);
    // No tenure, so never New: recency ≤ 90 Active, ≤ 180 At risk, beyond Lapsed.
    expect(r?.stage).toEqual(['Active', 'At risk', 'Lapsed', 'At risk', 'Active']);
  });

  test('the About sheet says the input was aggregated and counts incomplete rows', () => {
    const about = report?.sheets.find((s) => s.name === 'About')?.tables[0]?.rows ?? [];
    const value = (label: string): unknown => about.find((row) => String(row[0]).startsWith(label))?.[1];
    expect(value('Input')).toBe('aggregated table (one row per customer)');
    expect(value('Rows with a blank or non-numeric value')).toBe(0);
    expect(value('Frequency counts')).toBe('the frequency column of the aggregated table');
  });
});

describe('bad aggregated input', () => {
  test('a customer on two rows fails naming both cells', () => {
    const { problems } = outcome(aggregated([['A', 5, 1, 10], ['B', 6, 2, 20], ['C', 7, 1, 5], ['A', 9, 3, 30]]));
    expect(problems?.[0]?.code).toBe('rfm-duplicate-customer');
    expect(problems?.[0]?.message).toMatch(/Customer 'A' appears twice in the aggregated table \(A2 and A5\)/);
  });

  test('a text recency column is refused with examples of its values', () => {
    const { problems } = outcome(aggregated([['A', 'recent', 1, 10], ['B', 'old', 2, 20]]));
    expect(problems?.[0]?.message).toMatch(/Column 'Recency' is text \(values such as 'recent', 'old'\)/);
  });

  test('blank and unreadable cells leave their rows out, counted', () => {
    // 10 rows: B's frequency is blank, C's monetary is "n/a" (1 text among 9 numbers: the column stays numeric).
    const rows: (string | number)[][] = [['A', 5, 1, 10], ['B', 6, '', 20], ['C', 7, 1, 'n/a']];
    for (let i = 0; i < 7; i++) rows.push([`Z${i}`, 10 + i, 1, 5 + i]);
    const { report } = outcome(aggregated(rows));
    expect(report?.result.setAside['no-amount']).toBe(2);
    expect(report?.result.customers).toEqual(['A', 'Z0', 'Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'Z6']);
  });

  test('a negative recency or frequency fails naming the cell', () => {
    const recency = outcome(aggregated([['A', 5, 1, 10], ['B', -3, 2, 20]])).problems?.[0];
    expect(recency?.cell).toBe('B3');
    expect(recency?.message).toMatch(/Column 'Recency' holds -3 at B3; it counts days since the last purchase and cannot be below 0/);
    expect(outcome(aggregated([['A', 5, -1, 10], ['B', 3, 2, 20]])).problems?.[0]?.cell).toBe('C2');
    // A negative monetary is allowed: returns above purchases.
    expect(outcome(aggregated([['A', 5, 1, -10], ['B', 3, 2, 20]])).report?.result.monetary).toEqual([-10, 20]);
  });

  test('a missing role is refused by the recipe, naming it', () => {
    const { problems } = outcome(aggregated([['A', 5, 1, 10], ['B', 6, 2, 20]]), { columns: { customer: 'Customer', recency: 'Recency', frequency: 'Frequency' } });
    expect(problems?.map((p) => p.message)).toEqual([expect.stringMatching(/Choose a monetary column \(columns\.monetary\)/)]);
  });

  test('one customer only is refused, naming the customer', () => {
    const { problems } = outcome(aggregated([['A', 5, 1, 10], ['', 6, 2, 20]]));
    expect(problems?.[0]?.code).toBe('rfm-too-few-customers');
    expect(problems?.[0]?.message).toMatch(/only one customer \(A\)/);
  });
});
