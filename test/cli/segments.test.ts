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
    expect(r.stdout).toMatch(/Sheets: Clusters, Centroids, Elbow, Cluster profile, About/);
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
