import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../src/cli/read-csv';
import type { KMeansRunResult } from '../../../src/engine/analyses/kmeans';
import { runRecipe } from '../../../src/engine/recipe/registry';
import type { Report } from '../../../src/engine/report/types';
import { adjustedRand } from '../../../src/engine/stats/adjusted-rand';
import { buildTable } from '../../../src/engine/table/build';
import { VERSION } from '../../../src/engine/version';
import { readReference, sharedPath } from '../../shared';

const mallCells = readCsv(readFileSync(sharedPath('datasets', 'mall_customers.csv'), 'utf8'));
const mall = buildTable(mallCells.values, { numberFormats: mallCells.numberFormats, header: true });
const INCOME = 'Annual Income (k$)', SCORE = 'Spending Score (1-100)';

function run(recipe: object, table = mall): Report<KMeansRunResult> {
  const outcome = runRecipe({ kind: 'kmeans', ...recipe }, table);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return outcome.report as Report<KMeansRunResult>;
}

function problems(recipe: object, table = mall) {
  const outcome = runRecipe({ kind: 'kmeans', ...recipe }, table);
  if (outcome.ok) throw new Error('expected problems');
  return outcome.problems;
}

interface RefK { k: number; best_inertia: number; labels?: number[]; silhouette?: number }
const mallRef = readReference('kmeans/mall.json') as { by_k: RefK[] };

describe('k-means analysis on the mall customers (income, spending score, standardised)', () => {
  const report = run({ columns: [INCOME, SCORE], k: 'auto' });
  const r = report.result;

  test('auto picks the five segments of the classic analysis, at scikit-learn\'s optimum', () => {
    const ref = mallRef.by_k[4] as RefK;
    expect(r.k).toBe(5);
    expect(r.recommendedK).toBe(5);
    expect(r.inertia).toBeLessThanOrEqual(ref.best_inertia * 1.001);
    expect(adjustedRand(r.labels, ref.labels as number[])).toBeCloseTo(1, 12);
    expect(r.recommendation).toMatch(/k = 5/);
  });

  test('the elbow carries WCSS for k = 1..10 and validity indices from k = 2, matching the reference', () => {
    expect(r.elbow.map((p) => p.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.elbow[0]?.silhouette).toBeNull();
    r.elbow.forEach((p, i) => expect(p.inertia).toBeLessThanOrEqual((mallRef.by_k[i] as RefK).best_inertia * 1.01));
    expect(r.elbow[4]?.silhouette).toBeCloseTo(mallRef.by_k[4]?.silhouette as number, 9);
  });

  test('centroids come back in original units and sizes add up', () => {
    expect(r.sizes.reduce((a, b) => a + b, 0)).toBe(200);
    // clusters are numbered largest first
    expect(r.sizes).toEqual([81, 39, 35, 23, 22]);
    expect(r.labels.filter((l) => l === 0)).toHaveLength(81);
    // the large middle segment sits near the mean income 60.56 k$ and mean score 50.2 of the data
    const middle = r.centroids[r.sizes.indexOf(81)] as number[];
    expect(middle[0]).toBeGreaterThan(50);
    expect(middle[0]).toBeLessThan(60);
    expect(middle[1]).toBeGreaterThan(45);
    expect(middle[1]).toBeLessThan(55);
    // each centroid equals the mean of its members in original units (standard scaling is affine)
    const income = mall.columns.find((c) => c.name === INCOME)?.values as Float64Array;
    r.centroids.forEach((c, j) => {
      const members = r.labels.flatMap((l, i) => (l === j ? [income[i] as number] : []));
      expect(c[0]).toBeCloseTo(members.reduce((a, b) => a + b, 0) / members.length, 9);
    });
  });

  test('the report has the sheets a reader expects, with charts on the elbow table', () => {
    expect(report.version).toBe(VERSION);
    expect(report.sheets.map((s) => s.name)).toEqual(['Clusters', 'Centroids', 'Elbow', 'Cluster profile', 'Projection', 'About']);
    const clusters = report.sheets[0]?.tables[0];
    expect(clusters?.columns.map((c) => c.name)).toEqual(['CustomerID', 'Genre', 'Age', INCOME, SCORE, 'Cluster']);
    expect(clusters?.rows).toHaveLength(200);
    expect(clusters?.rows[0]?.[5]).toBe((r.labels[0] as number) + 1);
    const elbow = report.sheets[2];
    expect(elbow?.tables[0]?.rows).toHaveLength(10);
    expect(elbow?.charts.map((c) => [c.type, c.x, c.series[0]])).toEqual([['line', 'k', 'WCSS'], ['line', 'k', 'Silhouette']]);
    for (const chart of elbow?.charts ?? []) {
      const table = elbow?.tables.find((t) => t.name === chart.table);
      expect(table?.columns.map((c) => c.name)).toEqual(expect.arrayContaining([chart.x, ...chart.series]));
    }
    const projection = report.sheets[4];
    expect(projection?.tables[0]?.rows).toHaveLength(200);
    expect(projection?.charts[0]).toMatchObject({ type: 'scatter', x: 'PC1', series: ['Cluster 1', 'Cluster 2', 'Cluster 3', 'Cluster 4', 'Cluster 5'] });
    // each row's PC2 sits in its own cluster's column only
    projection?.tables[0]?.rows.forEach((row, i) => expect(row.slice(1).findIndex((v) => v !== null)).toBe(r.labels[i]));
    const profile = report.sheets[3]?.tables[0];
    expect(profile?.rows.map((row) => row[0])).toEqual([INCOME, SCORE]);
    expect(profile?.rows[0]?.[6]).toBeCloseTo(60.56, 10); // "All rows" = the column mean
  });

  test('the same recipe gives the same result (deterministic), and the recipe carries every default', () => {
    expect(run({ columns: [INCOME, SCORE], k: 'auto' }).result).toEqual(r);
    expect(report.recipe).toMatchObject({ kind: 'kmeans', scaling: 'standard', missing: 'drop', nInit: 10, kMax: 10, seed: 0, maxIter: 300, tol: 1e-4 });
  });

  test('a fixed k is honoured and the summary says what the sweep would recommend', () => {
    const fixed = run({ columns: [INCOME, SCORE], k: 3 });
    expect(fixed.result.k).toBe(3);
    expect(fixed.result.inertia).toBeLessThanOrEqual((mallRef.by_k[2] as RefK).best_inertia * 1.001);
    expect(fixed.summary.join(' ')).toMatch(/recommends k = 5/);
  });
});

describe('k-means analysis: missing values and text columns', () => {
  const values = [['Region', 'Spend', 'Visits'], ...Array.from({ length: 30 }, (_, i) => [i % 2 ? 'North' : 'South', i < 15 ? 10 + (i % 3) : 100 + (i % 3), i === 4 ? '' : 5 + (i % 4)])];
  const table = buildTable(values, { header: true });

  test('dropped rows get label −1, a reason on the Clusters sheet and a count in the summary', () => {
    const report = run({ columns: ['Spend', 'Visits'], k: 2 }, table);
    expect(report.result.labels[4]).toBe(-1);
    expect(report.result.rowsDropped).toBe(1);
    const sheet = report.sheets[0]?.tables[0];
    expect(sheet?.columns.at(-1)?.name).toBe('Left out because');
    expect(sheet?.rows[4]?.at(-1)).toBe('missing Visits');
    expect(report.summary.join(' ')).toMatch(/1 rows were left out/);
  });

  test('a text column is one-hot encoded and profiled as shares', () => {
    const report = run({ columns: ['Region', 'Spend'], k: 2, missing: 'mean' }, table);
    expect(report.result.features).toEqual(['Region = North', 'Region = South', 'Spend']);
    const shares = report.sheets[3]?.tables.find((t) => t.name === 'ClusterShares');
    expect(shares?.rows.map((row) => row[0])).toEqual(['Region = North', 'Region = South']);
    expect(shares?.rows[0]?.at(-1)).toBeCloseTo(0.5, 12);
  });
});

describe('k-means analysis: bad recipes and bad data get messages a person can act on', () => {
  test('every bad field is reported at once, by name', () => {
    const ps = problems({ columns: [INCOME, 'Income'], k: 0, scaling: 'zscore', nInit: -1 });
    const text = ps.map((p) => p.message).join('\n');
    expect(text).toContain("'Income'");
    expect(text).toContain("'k'");
    expect(text).toContain("'scaling'");
    expect(text).toContain("'nInit'");
  });
  test('no columns', () => {
    expect(problems({ columns: [] })[0]?.message).toMatch(/'columns'/);
  });
  test('an unknown kind lists the kinds there are', () => {
    const outcome = runRecipe({ kind: 'kmedoids', columns: [INCOME] }, mall);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]?.message).toMatch(/"kmeans"/);
  });
  test('fewer rows than clusters', () => {
    const small = buildTable([['x', 'y'], [1, 2], [3, 1], [5, 5]], { header: true });
    const [p] = problems({ columns: ['x', 'y'], k: 4 }, small);
    expect(p?.code).toBe('too-few-rows');
    expect(p?.message).toMatch(/k = 4 needs more than 4 rows.*only 3/);
  });
  test('with few rows the sweep stops at n − 1 and says so', () => {
    const five = buildTable([['x', 'y'], [1, 2], [3, 1], [5, 5], [9, 8], [2, 7]], { header: true });
    const report = run({ columns: ['x', 'y'] }, five);
    expect(report.result.elbow.map((p) => p.k)).toEqual([1, 2, 3, 4]);
    expect(report.warnings.find((w) => w.code === 'kmax-capped')?.message).toMatch(/stops at k = 4: with 5 rows/);
  });
  test('cancelling stops the run', () => {
    expect(() => runRecipe({ kind: 'kmeans', columns: [INCOME, SCORE] }, mall, { isCancelled: () => true })).toThrow(/cancelled/);
  });
  test('a high-cardinality text column is refused by name', () => {
    const [p] = problems({ columns: ['CustomerID', 'Genre', 'Age'].slice(1).concat('CustomerID'), k: 2 }, buildTable(mallCells.values.map((row, i) => (i === 0 ? row : [`C${row[0]}`, ...row.slice(1)])), { header: true }));
    expect(p?.code).toBe('too-many-categories');
    expect(p?.message).toContain("'CustomerID'");
  });
});
