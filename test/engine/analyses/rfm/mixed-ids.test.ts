import { describe, expect, test } from '@jest/globals';
import { rfmAnalysis } from '../../../../src/engine/analyses/rfm';
import { compareIds } from '../../../../src/engine/analyses/rfm/compare-ids';
import { buildTable } from '../../../../src/engine/table/build';

const DATE = 'yyyy-mm-dd';
const HEADER = ['Invoice', 'Customer', 'Date', 'Qty', 'Price'];

/**
 * Customer ids mostly numbers with two text ids ("A123", "B7"), and invoice numbers mostly numbers
 * with one cancellation "C5001" entered with a positive quantity. 22 of 24 customer cells and 23 of 24
 * invoice cells are numbers (≥ 90 %), so both columns are read as numeric; the texts must survive.
 */
function mixedTable() {
  const rows: (string | number)[][] = [
    [5001, 9, 40_000, 1, 10], // customer 9: invoices 5001 and 5002 → frequency 2
    [5002, 9, 40_005, 2, 10], //   monetary 10 + 20 = 30, then the return of 10 → 20
    ['C5001', 9, 40_006, 1, 10], // cancellation by prefix only (quantity positive): nets −10
    [5003, 'A123', 40_008, 1, 7], // a text id among numbers: a customer, not "no customer"
    [5004, 'B7', 40_009, 1, 3],
    [5005, 100, 40_002, 1, 5],
    [5006, 10, 40_001, 1, 6],
  ];
  // Filler customers 11…27, one purchase each on day 40 000, so the columns are numeric.
  for (let id = 11; id <= 27; id++) rows.push([5000 + id * 10, id, 40_000, 1, 1]);
  return buildTable([HEADER, ...rows], { numberFormats: [HEADER.map(() => 'General'), ...rows.map((row) => row.map((_, j) => (j === 2 ? DATE : 'General')))], header: true });
}

describe('identifier columns that mix numbers and text', () => {
  const table = mixedTable();
  const validated = rfmAnalysis.validate({ kind: 'rfm', columns: { invoice: 'Invoice', customer: 'Customer', date: 'Date', quantity: 'Qty', price: 'Price' } }, table);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
  const report = rfmAnalysis.run(validated.recipe, table);
  const r = report.result;
  const at = (id: number | string): number => r.customers.indexOf(id);

  test('both id columns are read as numbers, with their text cells counted as mismatched', () => {
    expect(table.columns.map((c) => [c.name, c.type, c.issues.mismatched])).toEqual([
      ['Invoice', 'number', 1], ['Customer', 'number', 2], ['Date', 'date', 0], ['Qty', 'number', 0], ['Price', 'number', 0],
    ]);
  });

  test('text customer ids are customers: numbers first in numeric order, then text ids', () => {
    expect(r.setAside['no-customer']).toBe(0);
    const fillers = Array.from({ length: 17 }, (_, i) => 11 + i);
    expect(r.customers).toEqual([9, 10, ...fillers, 100, 'A123', 'B7']);
    // Analysis date = last day 40 009 + 1 = 40 010: A123 bought on 40 008 → recency 2; B7 → 1.
    expect([r.recency[at('A123')], r.monetary[at('A123')], r.recency[at('B7')]]).toEqual([2, 7, 1]);
  });

  test('the "C" invoice is a cancellation: not a purchase, and it takes its amount back', () => {
    expect(r.setAside.cancellation).toBe(1);
    expect(r.returnsNetted).toBe(1);
    // Customer 9: last purchase 40 005 (the return on 40 006 is not a purchase) → recency 5.
    expect([r.frequency[at(9)], r.monetary[at(9)], r.recency[at(9)]]).toEqual([2, 20, 5]);
  });

  test('the table\'s "treated as missing" warning for the id columns gives way to one saying the texts are kept', () => {
    const codes = report.warnings.map((w) => `${w.code}:${w.column ?? ''}`);
    expect(codes.filter((c) => c.startsWith('mismatched-cells'))).toEqual([]);
    expect(codes).toEqual(expect.arrayContaining(['rfm-ids-as-text:Invoice', 'rfm-ids-as-text:Customer']));
    expect(report.warnings.find((w) => w.column === 'Invoice')?.message).toMatch(/1 text cells \(first at A4\) are kept as invoice numbers too; those starting with "C" are cancellations/);
  });
});

describe('compareIds', () => {
  test('numbers numerically, then text by code unit', () => {
    // As text, "10" < "100" < "9"; pandas sorts int ids numerically. Text ids follow every number.
    expect([10, 'b', 9, 'B7', 100, 'A123'].sort(compareIds)).toEqual([9, 10, 100, 'A123', 'B7', 'b']);
  });
});
