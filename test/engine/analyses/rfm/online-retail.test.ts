import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readCsv } from '../../../../src/cli/read-csv';
import { detectRfmColumns, rfmAnalysis } from '../../../../src/engine/analyses/rfm';
import { buildTable } from '../../../../src/engine/table/build';
import { sharedPath } from '../../../shared';

const text = gunzipSync(readFileSync(sharedPath('datasets', 'online_retail_ii_2009_2010.csv.gz'))).toString('utf8');
const cells = readCsv(text);
const table = buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });

/**
 * The counts, straight from the parsed CSV fields, with the cleaning order the About sheet states:
 * no customer first; then cancellations (invoice starting with "C" or negative quantity); then price ≤ 0.
 */
function independentCounts(): { noCustomer: number; cancellations: number; nonPositivePrice: number; customers: number } {
  let noCustomer = 0, cancellations = 0, nonPositivePrice = 0;
  const customers = new Set<string>();
  for (const [invoice, , , quantity, , price, customer] of cells.values.slice(1)) {
    if (String(customer ?? '').trim() === '') noCustomer++;
    else if (String(invoice).startsWith('C') || Number(quantity) < 0) cancellations++;
    else if (Number(price) <= 0) nonPositivePrice++;
    else customers.add(String(customer));
  }
  return { noCustomer, cancellations, nonPositivePrice, customers: customers.size };
}

describe('RFM on the Online Retail II piece', () => {
  const detected = detectRfmColumns(table);
  const validated = rfmAnalysis.validate({ kind: 'rfm', columns: detected.columns }, table);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
  const report = rfmAnalysis.run(validated.recipe, table);
  const r = report.result;

  test('detection maps invoice, customer, date, quantity and price', () => {
    expect(detected).toEqual({ input: 'transactions', columns: { customer: 'Customer ID', date: 'InvoiceDate', invoice: 'Invoice', quantity: 'Quantity', price: 'Price' } });
  });

  test('rows set aside by reason equal the counts computed from the raw file', () => {
    const expected = independentCounts();
    expect(expected.noCustomer).toBe(100_207); // datasets/README: Customer ID empty on 100,207 rows
    expect([r.setAside['no-customer'], r.setAside.cancellation, r.setAside['non-positive-price']]).toEqual([expected.noCustomer, expected.cancellations, expected.nonPositivePrice]);
    expect([r.setAside['no-date'], r.setAside['no-amount'], r.setAside['after-analysis-date'], r.setAside.duplicate]).toEqual([0, 0, 0, 0]);
    expect(r.returnsNetted).toBe(expected.cancellations);
    expect(r.customers.length).toBe(expected.customers);
  });

  test('every cleaning count is on the About sheet, and frequency says it counts invoices', () => {
    const about = report.sheets.find((s) => s.name === 'About')?.tables[0]?.rows ?? [];
    const value = (label: string): unknown => about.find((row) => String(row[0]).startsWith(label))?.[1];
    expect(value('Rows without a customer id')).toBe(100_207);
    expect(value('Cancellations and returns')).toBe(r.setAside.cancellation);
    expect(value('Frequency counts')).toBe('distinct invoices per customer');
    expect(report.sheets.map((s) => s.name)).toEqual(['RFM', 'Segments', 'Value tiers', 'About']);
  });

  test('dropping exact duplicates finds them among the rows left after the customer check', () => {
    const dedup = rfmAnalysis.validate({ kind: 'rfm', columns: detected.columns, duplicates: 'drop' }, table);
    if (!dedup.ok) throw new Error('recipe refused');
    const counts = rfmAnalysis.run(dedup.recipe, table).result.setAside;
    const seen = new Set<string>();
    let duplicates = 0;
    for (const row of cells.values.slice(1)) {
      if (String(row[6] ?? '').trim() === '') continue;
      const key = row.join('\u0001');
      if (seen.has(key)) duplicates++;
      else seen.add(key);
    }
    expect(counts.duplicate).toBe(duplicates);
  });
});
