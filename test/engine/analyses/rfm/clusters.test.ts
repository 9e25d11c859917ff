import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { rfmAnalysis } from '../../../../src/engine/analyses/rfm';
import { rfmFeatures } from '../../../../src/engine/analyses/rfm/cluster-features';
import { RFM_CLUSTERING } from '../../../../src/engine/analyses/rfm/clusters';
import { describeCluster } from '../../../../src/engine/analyses/rfm/describe-cluster';
import { kmeans } from '../../../../src/engine/cluster/kmeans';
import { buildTable } from '../../../../src/engine/table/build';
import { readReference } from '../../../shared';

/** rfm/cdnow.json rows: [customer_id, recency, frequency, frequency_days, monetary, r, f, m]. */
type RefRow = [number, number, number, number, number, number, number, number];
interface ScalingCase { mean: number[]; scale: number[]; first5: number[][] }
interface KMeansCase { by_k: { k: number; best_inertia: number }[] }

describe('k-means on CDNOW R, F, M against scikit-learn (reference/kmeans/cdnow_rfm.json)', () => {
  const rows = readReference<{ rows: RefRow[] }>('rfm/cdnow.json').rows;
  const column = (j: number): Float64Array => Float64Array.from(rows, (row) => row[j] as number);
  const [recency, frequency, monetary] = [column(1), column(2), column(4)];
  const scaling = readReference<Record<string, ScalingCase>>('scaling.json').cdnow_rfm as ScalingCase;
  const ref = readReference<KMeansCase>('kmeans/cdnow_rfm.json');

  test('the log1p-standardised matrix equals the reference (mean, scale, first five rows)', () => {
    const features = rfmFeatures(recency, frequency, monetary);
    features.mean.forEach((v, j) => expect(v).toBeCloseTo(scaling.mean[j] as number, 12));
    features.scale.forEach((v, j) => expect(v).toBeCloseTo(scaling.scale[j] as number, 12));
    expect(Array.from(features.X.data.subarray(0, 15))).toEqual(scaling.first5.flat().map((v) => expect.closeTo(v, 12)));
    expect(features.clippedBelowZero).toBe(0);
  });

  // The sweep of clusterRfm fits each k with exactly this call (RFM_CLUSTERING's restarts and seed);
  // calling it directly skips the silhouettes, which cost more than the fits here.
  test('inertia for every k = 1…10 is within 0.1 % of the best scikit-learn reached', () => {
    const { X } = rfmFeatures(recency, frequency, monetary);
    const ratios = ref.by_k.map((row) => kmeans(X, row.k, { nInit: RFM_CLUSTERING.nInit, seed: RFM_CLUSTERING.seed }).inertia / row.best_inertia);
    expect(ratios).toHaveLength(RFM_CLUSTERING.kMax);
    expect(ratios.filter((ratio) => ratio > 1.001)).toEqual([]);
  });
});

describe('describeCluster', () => {
  test('words from the centre on the standardised log scale, ±0.5 standard deviations', () => {
    expect(describeCluster([-1.2, 0.9, 1.1], 6.2)).toBe('recent, frequent, high spend');
    // F below −0.5 and fewer than 1.5 purchases on average → one-off; with 2.4 → infrequent.
    expect(describeCluster([0.8, -0.7, -0.9], 1.1)).toBe('lapsed, one-off, low spend');
    expect(describeCluster([0.8, -0.7, -0.9], 2.4)).toBe('lapsed, infrequent, low spend');
    // Exactly at the margin earns the word; just inside it does not.
    expect(describeCluster([-0.5, 0.49, 0], 3)).toBe('recent, average frequency, average spend');
  });
});

describe('rfmFeatures', () => {
  test('toy: log1p of 0 and e − 1 are 0 and 1, standardised to −1 and 1; a constant column maps to 0', () => {
    const e1 = Math.E - 1;
    const f = rfmFeatures(Float64Array.of(0, e1), Float64Array.of(1, 1), Float64Array.of(0, e1));
    expect(Array.from(f.X.data)).toEqual([-1, 0, -1, 1, 0, 1].map((v) => expect.closeTo(v, 12)));
  });

  test('every column has mean 0 and, unless constant, variance 1; values below 0 are counted', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: -5, max: 400 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: -10_000, max: 10_000_000 }).map((cents) => cents / 100)), { minLength: 2, maxLength: 40 }), (xs) => {
      const col = (j: 0 | 1 | 2): Float64Array => Float64Array.from(xs, (x) => x[j]);
      const f = rfmFeatures(col(0), col(1), col(2));
      const n = xs.length;
      const ok = [0, 1, 2].every((j) => {
        let s = 0, ss = 0;
        for (let i = 0; i < n; i++) {
          s += f.X.data[i * 3 + j] as number;
          ss += (f.X.data[i * 3 + j] as number) ** 2;
        }
        return Math.abs(s / n) < 1e-9 && (Math.abs(ss / n - 1) < 1e-9 || ss === 0);
      });
      return ok && f.clippedBelowZero === xs.filter((x) => x[0] < 0 || x[2] < 0).length;
    }));
  });
});

describe('the clusters option of an RFM run', () => {
  const DATE = 'yyyy-mm-dd';
  const header = ['Customer', 'Date', 'Amount'];
  /** Customers 1–6 buy every 10 days up to the last day, 500 each; customers 7–12 bought once, 200 days earlier, 5. */
  function twoGroups() {
    const rows: (string | number)[][] = [];
    for (let c = 1; c <= 6; c++) for (let t = 0; t < 5; t++) rows.push([c, 41_000 - 10 * t - c, 500 + c]);
    for (let c = 7; c <= 12; c++) rows.push([c, 40_800 - c, 5 + c]);
    return buildTable([header, ...rows], { numberFormats: [header.map(() => 'General'), ...rows.map(() => ['General', DATE, 'General'])], header: true });
  }
  const columns = { customer: 'Customer', date: 'Date', amount: 'Amount' };

  test('k = 2: the frequent big spenders are cluster 1, described so; the RFM sheet gains a Cluster column', () => {
    const table = twoGroups();
    const validated = rfmAnalysis.validate({ kind: 'rfm', columns, clusters: 2 }, table);
    if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
    const report = rfmAnalysis.run(validated.recipe, table);
    const c = report.result.clusters;
    expect(c?.cluster).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(c?.profiles.map((p) => p.description)).toEqual(['recent, frequent, high spend', 'lapsed, one-off, low spend']);
    // Cluster 2: frequency 1 each, monetary 12…17 → mean 14.5; last purchase 40 793…40 788, analysis date 41 000 → recency mean 209.5.
    expect([c?.profiles[1]?.meanFrequency, c?.profiles[1]?.meanMonetary, c?.profiles[1]?.meanRecency]).toEqual([1, 14.5, 209.5]);
    expect(report.sheets.map((s) => s.name)).toEqual(['RFM', 'Segments', 'Value tiers', 'RFM clusters', 'About']);
    const rfm = report.sheets[0]?.tables[0];
    expect(rfm?.columns.at(-1)?.name).toBe('Cluster');
    expect(rfm?.rows.map((row) => row.at(-1))).toEqual(c?.cluster);
    const sheet = report.sheets[3];
    expect(sheet?.tables.map((t) => t.name)).toEqual(['RfmClusters', 'RfmElbow']);
    expect(sheet?.tables[0]?.rows[0]).toEqual([1, 6, 0.5, expect.any(Number), 5, expect.any(Number), 'recent, frequent, high spend']);
    expect(sheet?.charts.map((ch) => ch.table)).toEqual(['RfmClusters', 'RfmElbow', 'RfmElbow']);
  });

  test('default: no clustering, no Cluster column, no sheet', () => {
    const table = twoGroups();
    const validated = rfmAnalysis.validate({ kind: 'rfm', columns }, table);
    if (!validated.ok) throw new Error('refused');
    expect(validated.recipe.clusters).toBe(false);
    const report = rfmAnalysis.run(validated.recipe, table);
    expect(report.result.clusters).toBeNull();
    expect(report.sheets[0]?.tables[0]?.columns.map((col) => col.name)).not.toContain('Cluster');
  });

  test('bad values are refused naming the choices; more clusters than customers fails naming both', () => {
    const table = twoGroups();
    for (const bad of [1, 11, 2.5, 'yes', true]) {
      const validated = rfmAnalysis.validate({ kind: 'rfm', columns, clusters: bad }, table);
      expect(validated.ok ? '' : validated.problems.map((p) => p.message).join(' ')).toMatch(/'clusters' .*must be false \(no clustering\), "auto"/);
    }
    const three = buildTable([header, [1, 40_000, 5], [2, 40_001, 6], [3, 40_002, 7]], { numberFormats: [header.map(() => 'General'), ...[0, 1, 2].map(() => ['General', DATE, 'General'])], header: true });
    const validated = rfmAnalysis.validate({ kind: 'rfm', columns, clusters: 5 }, three);
    if (!validated.ok) throw new Error('refused');
    expect(() => rfmAnalysis.run(validated.recipe, three)).toThrow(/asks for 5 clusters, but there are only 3 customers; ask for at most 2/);
  });
});
