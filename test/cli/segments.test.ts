import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sharedPath } from '../shared';

// The CLI is bundled into a private folder so this test never races a build of dist/.
const dir = mkdtempSync(join(tmpdir(), 'segments-cli-'));
const cli = join(dir, 'segments.mjs');
const mall = sharedPath('datasets', 'mall_customers.csv');

function segments(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function recipe(content: unknown): string {
  const path = join(dir, `recipe-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

beforeAll(async () => {
  await build({ entryPoints: ['src/cli/segments.ts'], outfile: cli, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
});

describe('segments run', () => {
  test('k "auto" on the mall customers file: summary on stdout, the whole report with --out', () => {
    const out = join(dir, 'report.json');
    const r = segments('run', recipe({ kind: 'kmeans', columns: ['Annual Income (k$)', 'Spending Score (1-100)'], k: 'auto' }), '--input', mall, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/k-means on 200 rows × 2 columns/);
    expect(r.stdout).toMatch(/Chosen automatically: k = 5/);
    expect(r.stdout).toMatch(/Cluster 1: \d+ rows; Annual Income \(k\$\) [\d.]+, Spending Score/);
    expect(r.stdout).toMatch(/Sheets: Clusters, Centroids, Elbow, Cluster profile, Projection, About/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['recipe', 'version', 'summary', 'warnings', 'sheets', 'result']));
    expect(report.recipe.source).toBe('mall_customers.csv');
    expect(report.result.k).toBe(5);
    expect(report.result.labels).toHaveLength(200);
    expect(report.result.centroids).toHaveLength(5);
    expect(report.result.elbow).toHaveLength(10);
    expect(report.result.recommendedK).toBe(5);
  });

  test('the bundled sample recipe runs (what npm start does)', () => {
    const r = segments('run', 'samples/mall_kmeans_auto.json', '--input', 'samples/mall_customers.csv');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/k = 5/);
  });

  test('a column that is not in the file: exit 1 and the message lists what is there', () => {
    const r = segments('run', recipe({ kind: 'kmeans', columns: ['Income'] }), '--input', mall);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/'Income'/);
    expect(r.stderr).toMatch(/Annual Income \(k\$\)/);
  });

  test('a misspelt option: exit 1, and the message suggests the right name', () => {
    const r = segments('run', recipe({ kind: 'kmeans', columns: ['Age'], ninit: 5 }), '--input', mall);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/'ninit'.*'nInit'/);
  });

  test('a recipe that is not JSON, and a missing input file: exit 1 with the file named', () => {
    const bad = segments('run', recipe('{ kind: kmeans'), '--input', mall);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/not valid JSON/);
    const missing = segments('run', recipe({ kind: 'kmeans', columns: ['Age'] }), '--input', join(dir, 'nope.csv'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.csv/);
  });

  test('an empty CSV: exit 1 with a message about the empty selection', () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const r = segments('run', recipe({ kind: 'kmeans', columns: ['Age'] }), '--input', empty);
    expect(r.status).toBe(1);
    expect(r.stderr.length).toBeGreaterThan(40);
  });

  test('wrong usage: exit 2 with the usage text', () => {
    const r = segments('cluster', 'x.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage:/);
  });
});

describe('segments run --workbook', () => {
  test('runs through the Excel writer into an in-memory workbook and saves its state and the request log', () => {
    const out = join(dir, 'workbook.json');
    const r = segments('run', recipe({ kind: 'kmeans', columns: ['Annual Income (k$)', 'Spending Score (1-100)'], k: 5 }), '--input', mall, '--workbook', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Workbook written to .*workbook\.json \(\d+ syncs\)/);
    const { state, requestLog } = JSON.parse(readFileSync(out, 'utf8'));
    expect(state.sheets.map((s: { name: string }) => s.name)).toEqual(['mall_customers', 'Clusters', 'Centroids', 'Elbow', 'Cluster profile', 'Projection', 'About']);
    // The source sheet holds the CSV as Excel typed it: header, then 200 customers; it is left as it was.
    expect(state.sheets[0].values[0]).toEqual(['CustomerID', 'Genre', 'Age', 'Annual Income (k$)', 'Spending Score (1-100)']);
    expect(state.sheets[0].values[1]).toEqual([1, 'Male', 19, 15, 39]);
    expect(state.sheets[0].tables).toEqual([]);
    expect(state.sheets[1].tables[0]).toMatchObject({ name: 'Clusters', address: 'A3:F203' });
    expect(state.sheets[2].charts[0].series[0]).toMatchObject({ values: 'Centroids!B4:B8', xValues: 'Centroids!A4:A8' });
    const about = state.sheets.find((s: { name: string }) => s.name === 'About').values as unknown[][];
    expect(about).toContainEqual(['Source', 'mall_customers!A1:E201']);
    expect(about.some((row) => row[0] === 'Run date' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/.test(String(row[1])))).toBe(true);
    expect(state.customXmlParts).toHaveLength(1);
    expect(state.customXmlParts[0].xml).toContain('"source":"mall_customers!A1:E201"');
    expect(requestLog.length).toBeGreaterThan(5);
    expect(requestLog[0]).toEqual({ actions: expect.any(Number), sentBytes: expect.any(Number), receivedBytes: expect.any(Number) });
  });

  // Names Excel keeps as text when it opens a CSV ("+1" or "0001" would become numbers there, as in readCsv).
  test('customer names that look like formulas stay text in the saved workbook', () => {
    const csv = join(dir, 'tricky.csv');
    const names = ['=HYPERLINK(""http://x"",""y"")', '+x', '-x', '@x', 'x0001', '1-2x'];
    writeFileSync(csv, ['Customer,Spend,Visits', ...names.map((n, i) => `"${n}",${10 + i * 7},${(i * 3) % 5}`)].join('\n'));
    const out = join(dir, 'tricky.json');
    const r = segments('run', recipe({ kind: 'kmeans', columns: ['Spend', 'Visits'], k: 2 }), '--input', csv, '--workbook', out);
    expect(r.stderr).toBe('');
    const { state } = JSON.parse(readFileSync(out, 'utf8'));
    const clusters = state.sheets.find((s: { name: string }) => s.name === 'Clusters');
    expect(clusters.formulas).toEqual({});
    expect((clusters.values as unknown[][]).slice(3).map((row) => row[0])).toEqual(names.map((n) => n.replace(/""/g, '"')));
  });
});
