import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readCsv } from '../../../../src/cli/read-csv';
import { detectRfmColumns, rfmAnalysis } from '../../../../src/engine/analyses/rfm';
import { buildTable } from '../../../../src/engine/table/build';
import { cellText } from '../../../../src/engine/table/cell-text';
import type { Column, Table } from '../../../../src/engine/table/types';
import { sharedPath } from '../../../shared';

// Read and built once for the whole file: the 44 MB CSV is the slow part.
const text = gunzipSync(readFileSync(sharedPath('datasets', 'online_retail_ii_2009_2010.csv.gz'))).toString('utf8');
const cells = readCsv(text);
const table = buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
const rawRows = cells.values.slice(1);
const hasCustomer = (row: readonly unknown[]): boolean => String(row[6] ?? '').trim() !== '';
const isCInvoice = (row: readonly unknown[]): boolean => String(row[0]).startsWith('C');

/**
 * The counts, straight from the parsed CSV fields, with the cleaning order the About sheet states:
 * no customer first; then cancellations (invoice starting with "C" or negative quantity); then price ≤ 0.
 */
function independentCounts(): { noCustomer: number; cancellations: number; nonPositivePrice: number; customers: number } {
  let noCustomer = 0, cancellations = 0, nonPositivePrice = 0;
  const customers = new Set<string>();
  for (const [invoice, , , quantity, , price, customer] of rawRows) {
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
    for (const row of rawRows) {
      if (!hasCustomer(row)) continue;
      const key = row.join('\u0001');
      if (seen.has(key)) duplicates++;
      else seen.add(key);
    }
    expect(counts.duplicate).toBe(duplicates);
  });

  test('the Invoice column is read as numbers, and its C invoices are kept as text (cellText)', () => {
    const invoice = table.columns.find((c) => c.name === 'Invoice') as Column;
    expect(invoice.type).toBe('number');
    const cInvoices = rawRows.filter(isCInvoice).length;
    expect(cInvoices).toBe(9877); // zcat | awk: 9,877 invoices start with C (and 3 with A)
    let kept = 0;
    for (let i = 0; i < table.rowCount; i++) if (cellText(invoice, i)?.startsWith('C')) kept++;
    expect(kept).toBe(cInvoices);
    expect(report.warnings.map((w) => w.code)).toContain('rfm-ids-as-text');
    expect(report.warnings.filter((w) => w.code === 'mismatched-cells' && w.column === 'Invoice')).toEqual([]);
  });

  test('cancellations are recognised by the "C" prefix alone: with every quantity made positive the count is unchanged', () => {
    // Every C invoice with a customer also has a negative quantity, so the prefix must be tested on its own:
    // a copy of the table whose quantities are all positive leaves the prefix as the only sign.
    const positive: Table = {
      ...table,
      columns: table.columns.map((c) => (c.name === 'Quantity' && c.type !== 'text' ? { ...c, values: c.values.map(Math.abs) } : c)),
    };
    const counts = rfmAnalysis.run(validated.recipe, positive).result.setAside;
    const withCustomer = rawRows.filter(hasCustomer);
    const cancellations = withCustomer.filter(isCInvoice).length;
    const nonPositivePrice = withCustomer.filter((row) => !isCInvoice(row) && Number(row[5]) <= 0).length;
    expect(cancellations).toBeGreaterThan(9000);
    expect([counts.cancellation, counts['non-positive-price']]).toEqual([cancellations, nonPositivePrice]);
  });
});
