/**
 * The hierarchical analysis through its recipe: the mall customers against SciPy
 * (reference/hierarchical/mall.json, standardised income and score), the dendrogram table on the
 * lecture's six points checked by hand, the sampling option, and the bad inputs.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../../src/cli/read-csv';
import { hierarchicalAnalysis, type HierarchicalRunResult } from '../../../../src/engine/analyses/hierarchical';
import { InputError, type Problem } from '../../../../src/engine/problem';
import type { Report, ReportSheet } from '../../../../src/engine/report/types';
import { adjustedRand } from '../../../../src/engine/stats/adjusted-rand';
import { buildTable } from '../../../../src/engine/table/build';
import type { Table } from '../../../../src/engine/table/types';
import { readReference, sharedPath } from '../../../shared';

const mallCells = readCsv(readFileSync(sharedPath('datasets', 'mall_customers.csv'), 'utf8'));
const mall = buildTable(mallCells.values, { numberFormats: mallCells.numberFormats, header: true });
const INCOME = 'Annual Income (k$)', SCORE = 'Spending Score (1-100)';

function outcome(recipe: object, table: Table): { report?: Report<HierarchicalRunResult>; problems?: readonly Problem[] } {
  const v = hierarchicalAnalysis.validate({ kind: 'hierarchical', ...recipe }, table);
  if (!v.ok) return { problems: v.problems };
  try {
    return { report: hierarchicalAnalysis.run(v.recipe, table) };
  } catch (e) {
    if (e instanceof InputError) return { problems: e.problems };
    throw e;
  }
}
const run = (recipe: object, table = mall): Report<HierarchicalRunResult> => {
  const o = outcome(recipe, table);
  if (!o.report) throw new Error(o.problems!.map((p) => p.message).join('\n'));
  return o.report;
};
const codes = (recipe: object, table = mall): string[] => (outcome(recipe, table).problems ?? []).map((p) => p.code);
const sheet = (r: Report, name: string): ReportSheet => r.sheets.find((s) => s.name === name)!;

interface Run { method: string; metric: string; Z: number[][]; maxclust: Record<string, number[]>; cophenetic_correlation: number }
const mallRef = readReference<{ runs: Run[] }>('hierarchical/mall.json');

describe('mall customers, Ward, cut into 5 clusters', () => {
  const report = run({ columns: [INCOME, SCORE], method: 'ward', k: 5 });
  const r = report.result;
  const ref = mallRef.runs.find((x) => x.method === 'ward' && x.metric === 'euclidean')!;

  test("labels are SciPy's fcluster(maxclust=5), numbered the same (0-based)", () => {
    expect(r.k).toBe(5);
    expect(r.labels).toEqual(ref.maxclust['5']!.map((l) => l - 1));
  });

  test("merge heights and cophenetic correlation are SciPy's", () => {
    r.linkage.forEach((row, k) => expect(Math.abs(row[2]! - ref.Z[k]![2]!)).toBeLessThanOrEqual(1e-9 * ref.Z[k]![2]!));
    expect(r.copheneticCorrelation).toBeCloseTo(ref.cophenetic_correlation, 9);
  });

  test('centroids are the clusters\' means in original units (k$ and score points)', () => {
    const incomes = mall.columns.find((c) => c.name === INCOME)!.values as Float64Array;
    for (let j = 0; j < r.k; j++) {
      const rows = r.labels.flatMap((l, i) => (l === j ? [i] : []));
      expect(r.sizes[j]).toBe(rows.length);
      expect(r.centroids[j]![0]).toBeCloseTo(rows.reduce((s, i) => s + incomes[i]!, 0) / rows.length, 9);
    }
  });

  test('the report: clusters 1..5 per row, a cut line between the 5th and 4th last merges, validity indices', () => {
    const clusters = sheet(report, 'Clusters').tables[0]!;
    expect(clusters.rows.map((row) => row[row.length - 1])).toEqual(r.labels.map((l) => l + 1));
    const h = (k: number): number => ref.Z[200 - 1 - k]![2]!;
    expect(r.cutHeight).toBeCloseTo((h(5) + h(4)) / 2, 12);
    expect(r.validity.silhouette).toBeGreaterThan(0.5);
    expect(sheet(report, 'Dendrogram').charts[0]!.type).toBe('scatter');
    expect(report.sheets.map((s) => s.name)).toEqual(['Clusters', 'Centroids', 'Dendrogram', 'Validity', 'About']);
  });

  test('auto cut finds the five segments; a cut by height gives the clusters under it', () => {
    expect(run({ columns: [INCOME, SCORE] }).result.k).toBe(5);
    const byHeight = run({ columns: [INCOME, SCORE], height: r.cutHeight });
    expect(byHeight.result.labels).toEqual(r.labels);
  });
});

describe('dendrogram table on the lecture\'s six points (centroid linkage)', () => {
  // Points A(0,0) B(1,2) C(2,1) D(4,1) E(5,0) F(5,3), rows 1..6. Unscaled centroid linkage:
  // B–C at √2 (node 6); D–E at √2 (node 7); A with BC centroid (1.5,1.5) at √4.5 (node 8);
  // F with DE centroid (4.5,0.5) at √6.5 (node 9); the two groups, centroids (1,1) and (4.67,1.33), at √(13.44+0.11).
  const cells = [['x', 'y'], [0, 0], [1, 2], [2, 1], [4, 1], [5, 0], [5, 3]];
  const table = buildTable(cells, { header: true });
  const report = run({ columns: ['x', 'y'], scaling: 'none', method: 'centroid', k: 3 }, table);

  test('the lecture\'s three clusters: {A, B, C}, {D, E}, {F}', () => {
    const l = report.result.labels;
    expect(l[0]).toBe(l[1]);
    expect(l[1]).toBe(l[2]);
    expect(l[3]).toBe(l[4]);
    expect(new Set([l[0], l[3], l[5]]).size).toBe(3);
  });

  test('five U links of four points, each followed by a blank row, then the cut line across', () => {
    const links = sheet(report, 'Dendrogram').tables[0]!;
    expect(links.columns.map((c) => c.name)).toEqual(['x', 'Merge height', 'Cut height']);
    expect(links.rows).toHaveLength(5 * 5 + 2);
    for (let u = 0; u < 5; u++) {
      const [foot1, sh1, sh2, foot2, blank] = links.rows.slice(u * 5, u * 5 + 5);
      expect(blank).toEqual([null, null, null]);
      expect(foot1![0]).toBe(sh1![0]); // vertical left leg
      expect(sh2![0]).toBe(foot2![0]); // vertical right leg
      expect(sh1![1]).toBe(sh2![1]); // horizontal bar at the merge height
      expect(foot1![1]).toBeLessThanOrEqual(sh1![1] as number);
    }
    // Leaves left to right by depth-first order from the root, left child first: A, B, C, F, D, E at x = 5..55.
    const leaves = sheet(report, 'Dendrogram').tables[1]!.rows;
    expect(leaves.map((row) => row[2])).toEqual(['row 1', 'row 2', 'row 3', 'row 6', 'row 4', 'row 5']);
    // First link: B (x 15) and C (x 25) at √2 from height 0.
    expect(links.rows[0]).toEqual([15, 0, null]);
    expect(links.rows[1]![1]).toBeCloseTo(Math.SQRT2, 12);
    // Three clusters remain after the merge at √4.5; the next (F with DE) is at √6.5: the cut line is
    // midway, from x 0 to 60.
    const cut = links.rows.slice(-2);
    expect(cut.map((row) => row[0])).toEqual([0, 60]);
    expect(cut[0]![2]).toBeCloseTo((Math.sqrt(4.5) + Math.sqrt(6.5)) / 2, 12);
  });

  test('lastp truncation: with 3 leaves, 2 links and leaves labelled by their row counts', () => {
    const small = run({ columns: ['x', 'y'], scaling: 'none', method: 'centroid', k: 3, dendrogramLeaves: 3 }, table);
    const d = sheet(small, 'Dendrogram');
    expect(d.tables[0]!.rows).toHaveLength(2 * 5 + 2);
    expect(d.tables[1]!.rows.map((row) => row[2])).toEqual(['(3)', 'row 6', '(2)']);
  });
});

describe('sampling above sampleSize', () => {
  test('a tree on a seeded sample, the other rows joining the nearest centroid; the same seed gives the same labels', () => {
    const a = run({ columns: [INCOME, SCORE], k: 5, sampleSize: 120, seed: 3 });
    const b = run({ columns: [INCOME, SCORE], k: 5, sampleSize: 120, seed: 3 });
    expect(a.result.sampleSize).toBe(120);
    expect(a.result.treeRows).toHaveLength(120);
    expect(a.result.labels).toEqual(b.result.labels);
    expect(a.result.labels.every((l) => l >= 0 && l < 5)).toBe(true);
    // The five mall segments are well separated: the sampled tree finds nearly the same partition.
    const full = run({ columns: [INCOME, SCORE], k: 5 });
    expect(adjustedRand(a.result.labels, full.result.labels)).toBeGreaterThan(0.8);
  });
});

describe('bad input through the recipe', () => {
  test('Mahalanobis with collinear columns names the column', () => {
    const cells = [['a', 'b', 'total'], [1, 2, 3], [2, 1, 3], [3, 5, 8], [0, 1, 1], [4, 4, 8]];
    const o = outcome({ columns: ['a', 'b', 'total'], method: 'average', metric: 'mahalanobis', k: 2 }, buildTable(cells, { header: true }));
    expect(o.problems?.[0]?.code).toBe('mahalanobis-singular');
    expect(o.problems?.[0]?.message).toMatch(/"total" is a linear combination of "a", "b"/);
  });

  test('ward with a non-Euclidean metric, k and height together, a bad method', () => {
    expect(codes({ columns: [INCOME, SCORE], method: 'ward', metric: 'manhattan' })).toEqual(['linkage-needs-euclidean']);
    expect(codes({ columns: [INCOME, SCORE], k: 3, height: 2 })).toEqual(['recipe-field']);
    expect(codes({ columns: [INCOME, SCORE], method: 'wards' })).toEqual(['recipe-field']);
  });

  test('beyond the memory budget for a distance matrix the run says how large a sample fits', () => {
    // 12,000 rows need 12,000 · 11,999 / 2 doubles = 576 MB for average linkage, above the 512 MiB budget;
    // n(n − 1)/2 · 8 bytes ≤ 512 MiB holds up to n ≈ √(2²⁹ / 4) = 11,585 rows.
    const rows = Array.from({ length: 12_000 }, (_, i) => [i % 97, (i * 31) % 89]);
    const big = buildTable([['x', 'y'], ...rows], { header: true });
    const o = outcome({ columns: ['x', 'y'], method: 'average', sampleSize: 12_000 }, big);
    expect(o.problems?.[0]?.code).toBe('linkage-over-memory-budget');
    expect(o.problems?.[0]?.message).toMatch(/sample of at most 11,585 rows/);
  });
});
