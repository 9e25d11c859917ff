import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../../src/cli/read-csv';
import { detectRfmColumns, rfmAnalysis, type RfmRunResult } from '../../../../src/engine/analyses/rfm';
import { valueTiers } from '../../../../src/engine/analyses/rfm/tiers';
import { buildTable } from '../../../../src/engine/table/build';
import type { Table } from '../../../../src/engine/table/types';
import { readReference, sharedPath } from '../../../shared';

/** rfm/cdnow.json rows: [customer_id, recency, frequency, frequency_days, monetary, r, f, m]. */
type RefRow = [number, number, number, number, number, number, number, number];
interface RefCdnow { analysis_date: string; customers: number; rows: RefRow[]; value_tiers: Record<string, { customers: number; revenue_share: number }> }

const ref = readReference<RefCdnow>('rfm/cdnow.json');
const cells = readCsv(readFileSync(sharedPath('datasets', 'cdnow_transactions.csv'), 'utf8'));
const table = buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });

function run(recipe: object, t: Table = table): RfmRunResult {
  const validated = rfmAnalysis.validate({ kind: 'rfm', ...recipe }, t);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
  return rfmAnalysis.run(validated.recipe, t).result;
}

// The reference keeps the 80 zero-amount rows (free CDs) as purchases, so the run keeps zero prices too.
const columns = { customer: 'customer_id', date: 'date', amount: 'amount' };
const byRows = run({ columns, nonPositivePrice: 'keep' });
const byDays = run({ columns, nonPositivePrice: 'keep', frequency: 'days' });

describe('RFM on CDNOW against pandas (reference/rfm/cdnow.json)', () => {
  test('detection finds customer, date and amount, and no invoice', () => {
    expect(detectRfmColumns(table)).toEqual({ input: 'transactions', columns });
  });

  test('analysis date is the day after the last transaction, every customer present in id order', () => {
    expect(new Date((byRows.analysisDate - 25569) * 86_400_000).toISOString().slice(0, 10)).toBe(ref.analysis_date);
    expect(byRows.customers).toEqual(ref.rows.map((row) => row[0]));
    expect(byRows.frequencyCounts).toBe('rows');
  });

  test('recency, frequency (rows and distinct days) and monetary equal for every customer', () => {
    expect(byRows.recency).toEqual(ref.rows.map((row) => row[1]));
    expect(byRows.frequency).toEqual(ref.rows.map((row) => row[2]));
    expect(byDays.frequency).toEqual(ref.rows.map((row) => row[3]));
    const worst = Math.max(...byRows.monetary.map((v, i) => Math.abs(v - (ref.rows[i] as RefRow)[4])));
    expect(worst).toBeLessThan(1e-6);
  });

  test("R, F and M scores equal pandas' qcut of rank(method='first') for every customer", () => {
    const mismatches = (k: 'r' | 'f' | 'm', col: number): number => byRows[k].filter((s, i) => s !== (ref.rows[i] as RefRow)[col]).length;
    expect([mismatches('r', 5), mismatches('f', 6), mismatches('m', 7)]).toEqual([0, 0, 0]);
  });

  test('sorting customer ids as text would change most F scores (the tie order matters)', () => {
    const textTable = buildTable(cells.values.map((row, i) => (i === 0 ? row : [`id${row[0]}`, ...row.slice(1)])), { numberFormats: cells.numberFormats, header: true });
    const asText = run({ columns, nonPositivePrice: 'keep' }, textTable);
    const position = new Map(asText.customers.map((id, j) => [id, j]));
    const changed = ref.rows.filter((row) => asText.f[position.get(`id${row[0]}`) as number] !== row[6]).length;
    expect(changed).toBeGreaterThan(ref.rows.length / 2);
  });

  test('value tiers: revenue shares of the top 1, 5, 10, 20 and 50 % equal', () => {
    const tiers = valueTiers(Float64Array.from(byRows.monetary), [1, 5, 10, 20, 50]).tiers;
    ['1', '5', '10', '20', '50'].forEach((p, t) => {
      const expected = ref.value_tiers[p] as { customers: number; revenue_share: number };
      const cumulativeCustomers = tiers.slice(0, t + 1).reduce((a, x) => a + x.customers, 0);
      expect(cumulativeCustomers).toBe(expected.customers);
      expect(tiers[t]?.cumulativeShareOfRevenue).toBeCloseTo(expected.revenue_share, 12);
    });
    // The report's tiers are the top 1 %, 5 %, 20 % and the rest.
    expect(byRows.valueTiers.slice(0, 3).map((t) => t.cumulativeShareOfRevenue)).toEqual([0, 1, 3].map((t) => expect.closeTo(tiers[t]?.cumulativeShareOfRevenue as number, 12)));
  });
});
