/**
 * The per-row result each analysis appends beside its source when asked (Analysis.resultColumn): the cluster
 * as numbered on the sheets, the RFM segment of each transaction's customer, the probability of default.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../src/cli/read-csv';
import type { DbscanRunResult } from '../../../src/engine/analyses/dbscan/result';
import type { KMeansRunResult } from '../../../src/engine/analyses/kmeans/result';
import type { RfmRunResult } from '../../../src/engine/analyses/rfm/result';
import type { ScoreResult } from '../../../src/engine/analyses/score/result';
import { resultColumnOf, runRecipe } from '../../../src/engine/recipe/registry';
import type { Report } from '../../../src/engine/report/types';
import { buildTable } from '../../../src/engine/table/build';
import type { Table } from '../../../src/engine/table/types';

function sample(file: string, rows: number): Table {
  const cells = readCsv(readFileSync(`samples/${file}`, 'utf8').split('\n').slice(0, rows + 1).join('\n'));
  return buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
}

function run(recipe: object, table: Table): Report {
  const outcome = runRecipe(recipe, table);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return outcome.report;
}

describe('result columns', () => {
  it('k-means: each row\'s cluster numbered from 1, as on the Clusters sheet', () => {
    const table = sample('mall_customers.csv', 200);
    const report = run({ kind: 'kmeans', columns: ['Annual Income (k$)', 'Spending Score (1-100)'], k: 5 }, table);
    const column = resultColumnOf(report, table);
    expect(column).toMatchObject({ header: 'Cluster', format: '0' });
    expect(column?.values).toEqual((report.result as KMeansRunResult).labels.map((l) => l + 1));
  });

  it('DBSCAN: noise rows read "Noise"', () => {
    const table = sample('mall_customers.csv', 200);
    const report = run({ kind: 'dbscan', columns: ['Annual Income (k$)', 'Spending Score (1-100)'], eps: 0.3, minPts: 5 }, table);
    const r = report.result as DbscanRunResult;
    expect(r.noiseCount).toBeGreaterThan(0);
    expect(resultColumnOf(report, table)?.values).toEqual(r.labels.map((l, i) => (r.noise[i] ? 'Noise' : l + 1)));
  });

  it('RFM: every transaction row gets its customer\'s segment, as text', () => {
    const table = sample('cdnow_transactions_1000_customers.csv', 3316);
    const report = run({ kind: 'rfm', columns: { customer: 'customer_id', date: 'date', amount: 'amount' } }, table);
    const r = report.result as RfmRunResult;
    const column = resultColumnOf(report, table);
    expect(column).toMatchObject({ header: 'Segment', format: '@' });
    const ids = table.columns.find((c) => c.name === 'customer_id')?.values as Float64Array;
    const segmentOf = new Map(r.customers.map((c, i) => [c, r.segment[i]]));
    column?.values.forEach((v, row) => expect(v).toBe(segmentOf.get(ids[row] as number) ?? null));
  });

  it('credit scoring: every row\'s PD, its header kept clear of a column already called PD', () => {
    const table = sample('uci_credit_card_default_3000.csv', 400);
    const report = run({ kind: 'score', target: 'default.payment.next.month' }, table);
    expect(resultColumnOf(report, table)).toEqual({ header: 'PD', format: '0.0000', values: (report.result as ScoreResult).pd });
    const withPd: Table = { ...table, columns: [...table.columns, { ...table.columns[1]!, name: 'PD', index: table.columns.length }] };
    expect(resultColumnOf(report, withPd)?.header).not.toBe('PD');
  });

  it('the profile has no per-row result', () => {
    const table = sample('mall_customers.csv', 50);
    expect(resultColumnOf(run({ kind: 'profile' }, table), table)).toBeUndefined();
  });
});
