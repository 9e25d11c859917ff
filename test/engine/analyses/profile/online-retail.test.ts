import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readCsv } from '../../../../src/cli/read-csv';
import { buildTable } from '../../../../src/engine/table/build';
import { readReference, sharedPath } from '../../../shared';
import { profile } from './run-profile';

describe('Online Retail II: missing values per column', () => {
  const text = gunzipSync(readFileSync(sharedPath('datasets', 'online_retail_ii_2009_2010.csv.gz'))).toString('utf8');
  const cells = readCsv(text);
  const table = buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
  const r = profile(table).result;
  const want = readReference<{ online_retail_ii_missing_percent: Record<string, number> }>('profile.json').online_retail_ii_missing_percent;

  test('missing % equals pandas\' share of blank cells (a fifth of Customer IDs)', () => {
    expect(Object.fromEntries(r.columns.map((c) => [c.name, c.missingShare * 100]))).toEqual(
      Object.fromEntries(Object.entries(want).map(([name, pct]) => [name, expect.closeTo(pct, 10)])),
    );
    expect(r.columns.find((c) => c.name === 'Customer ID')?.missing).toBe(100_207);
    for (const c of r.columns) expect(c.count + c.missing + c.errors + c.unusable).toBe(table.rowCount);
  });

  test('InvoiceDate spans 2009-12-01 07:45 to 2010-11-30 19:35; Quantity has 11,933 negatives', () => {
    const date = r.columns.find((c) => c.name === 'InvoiceDate');
    expect(date?.type).toBe('date');
    // Excel serials: 2009-12-01 = 40148, 07:45 = 0.3229…; 2010-11-30 = 40512, 19:35 = 0.8159….
    expect(date?.dates?.first).toBeCloseTo(40148 + (7 * 60 + 45) / 1440, 6);
    expect(date?.dates?.last).toBeCloseTo(40512 + (19 * 60 + 35) / 1440, 6);
    expect(r.columns.find((c) => c.name === 'Quantity')?.numbers?.negatives).toBe(11_933);
  });
});
