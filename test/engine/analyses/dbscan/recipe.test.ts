/**
 * The DBSCAN analysis through its recipe against scikit-learn (reference/dbscan/): mall
 * (standardised income and score) and the two moons (already standardised, so scaling "none"),
 * the suggested eps, the report, and the bad inputs.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../../src/cli/read-csv';
import { dbscanAnalysis, type DbscanRunResult } from '../../../../src/engine/analyses/dbscan';
import { InputError, type Problem } from '../../../../src/engine/problem';
import type { Report, ReportSheet } from '../../../../src/engine/report/types';
import { adjustedRand } from '../../../../src/engine/stats/adjusted-rand';
import { buildTable } from '../../../../src/engine/table/build';
import type { Table } from '../../../../src/engine/table/types';
import { readReference, sharedPath } from '../../../shared';

const mallCells = readCsv(readFileSync(sharedPath('datasets', 'mall_customers.csv'), 'utf8'));
const mall = buildTable(mallCells.values, { numberFormats: mallCells.numberFormats, header: true });
const INCOME = 'Annual Income (k$)', SCORE = 'Spending Score (1-100)';

function outcome(recipe: object, table: Table): { report?: Report<DbscanRunResult>; problems?: readonly Problem[] } {
  const v = dbscanAnalysis.validate({ kind: 'dbscan', ...recipe }, table);
  if (!v.ok) return { problems: v.problems };
  try {
    return { report: dbscanAnalysis.run(v.recipe, table) };
  } catch (e) {
    if (e instanceof InputError) return { problems: e.problems };
    throw e;
  }
}
const run = (recipe: object, table = mall): Report<DbscanRunResult> => {
  const o = outcome(recipe, table);
  if (!o.report) throw new Error(o.problems!.map((p) => p.message).join('\n'));
  return o.report;
};
const codes = (recipe: object, table = mall): string[] => (outcome(recipe, table).problems ?? []).map((p) => p.code);
const sheet = (r: Report, name: string): ReportSheet => r.sheets.find((s) => s.name === name)!;

interface Run { eps: number; min_samples: number; labels: number[]; core_sample_indices: number[]; k_distance_sorted: number[] }

/** Our result beside scikit-learn's: core points and noise identical, labels ARI ≥ 0.99, k-distance equal. */
function expectSameAsSklearn(r: DbscanRunResult, ref: Run): void {
  const core = r.core.flatMap((c, i) => (c ? [i] : []));
  expect(core).toEqual(ref.core_sample_indices);
  expect(r.noise).toEqual(ref.labels.map((l) => l === -1));
  expect(adjustedRand(r.labels, ref.labels)).toBeGreaterThanOrEqual(0.99);
  const n = ref.k_distance_sorted.length;
  for (const [rank, dist] of r.kDistance) expect(dist).toBeCloseTo(ref.k_distance_sorted[rank - 1]!, 12);
  expect(r.kDistance).toHaveLength(Math.min(n, 1000));
}

describe('mall customers against scikit-learn', () => {
  const ref = readReference<{ runs: Run[] }>('dbscan/mall.json');
  test.each(ref.runs.map((x) => [x.eps, x.min_samples, x] as const))('eps %s, minPts %s', (eps, minPts, x) => {
    expectSameAsSklearn(run({ columns: [INCOME, SCORE], eps, minPts }).result, x);
  });
});

describe('two moons against scikit-learn', () => {
  const ref = readReference<{ X: number[][]; runs: Run[] }>('dbscan/moons.json');
  const table = buildTable([['x', 'y'], ...ref.X], { header: true });
  test.each(ref.runs.map((x) => [x.eps, x.min_samples, x] as const))('eps %s, minPts %s', (eps, minPts, x) => {
    const r = run({ columns: ['x', 'y'], scaling: 'none', eps, minPts }, table).result;
    expectSameAsSklearn(r, x);
    expect(r.nClusters).toBe(new Set(x.labels.filter((l) => l >= 0)).size);
  });

  test('eps "auto" takes the knee of the k-distance curve and finds the two moons', () => {
    const report = run({ columns: ['x', 'y'], scaling: 'none', minPts: 5 }, table);
    const r = report.result;
    expect(r.suggestedEps).not.toBeNull();
    expect(r.eps).toBe(r.suggestedEps);
    expect(r.nClusters).toBe(2);
    expect(r.noiseCount / r.rowsUsed).toBeLessThan(0.05);
    // The knee is a point of the curve, where it turns up: beyond most rows' k-distance.
    expect(r.kDistance.some(([, d]) => d === r.eps)).toBe(true);
    expect(r.kDistance.filter(([, d]) => d <= r.eps).length / r.kDistance.length).toBeGreaterThan(0.8);
    expect(sheet(report, 'k-distance').charts[0]!.series).toEqual(['k-distance', 'eps used']);
  });
});

describe('report', () => {
  const report = run({ columns: [INCOME, SCORE], eps: 0.3, minPts: 5 });
  const r = report.result;

  test('noise shows as "Noise" on the Clusters sheet and gets its own row on Centroids', () => {
    const rows = sheet(report, 'Clusters').tables[0]!.rows;
    rows.forEach((row, i) => expect(row[row.length - 1]).toBe(r.noise[i] ? 'Noise' : r.labels[i]! + 1));
    const centroids = sheet(report, 'Centroids').tables[0]!.rows;
    expect(centroids.map((row) => row[0])).toEqual([...r.sizes.map((_, j) => String(j + 1)), 'Noise']);
    expect(centroids[centroids.length - 1]![1]).toBe(r.noiseCount);
  });

  test('validity indices leave the noise out, and say so', () => {
    expect(r.validity.rows).toBe(r.rowsUsed - r.noiseCount);
    expect(sheet(report, 'Validity').notes!.join(' ')).toMatch(/Noise rows are excluded/);
  });
});

describe('bad input through the recipe', () => {
  test('eps ≤ 0 and a minPts above the row count are refused with the fix', () => {
    expect(codes({ columns: [INCOME, SCORE], eps: 0 })).toEqual(['dbscan-eps']);
    expect(codes({ columns: [INCOME, SCORE], eps: -1 })).toEqual(['dbscan-eps']);
    const o = outcome({ columns: [INCOME, SCORE], eps: 0.3, minPts: 201 }, mall);
    expect(o.problems?.[0]?.code).toBe('dbscan-min-points');
    expect(o.problems?.[0]?.message).toMatch(/at most 200/);
  });

  test('every row noise is a result with a message suggesting a larger eps', () => {
    const report = run({ columns: [INCOME, SCORE], eps: 0.001, minPts: 5 });
    expect(report.result.nClusters).toBe(0);
    expect(report.result.noiseCount).toBe(200);
    expect(report.warnings.find((w) => w.code === 'dbscan-all-noise')?.message).toMatch(/larger eps/);
    expect(report.result.validity.silhouette).toBeNull();
  });
});
