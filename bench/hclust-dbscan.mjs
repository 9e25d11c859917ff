// Hierarchical clustering and DBSCAN beside their anchors, as ratios in one run, with peak memory:
//   Ward 20,000×8 and single 20,000×8 vs fastcluster.linkage_vector; average 10,000×8 vs fastcluster.linkage;
//   DBSCAN on 100,000 2-D points (two moons) vs scikit-learn and R dbscan.
// Every implementation reads the same data files, generated once into bench/out/.
//   node bench/hclust-dbscan.mjs   (anchors: python3-fastcluster, python3-sklearn, r-cran-dbscan)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForBench } from './common/bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'bench/out');
mkdirSync(out, { recursive: true });

// Data, generated once by numpy (seeded) so every implementation reads identical bytes.
const blobs = resolve(out, 'blobs-20000x8.csv'), moons = resolve(out, 'moons-100000.csv');
const EPS = 0.05, MIN_PTS = 10;
if (!existsSync(blobs) || !existsSync(moons)) {
  execFileSync('/usr/bin/python3', ['-c', `
import numpy as np
from sklearn.datasets import make_blobs, make_moons
X, _ = make_blobs(n_samples=20000, n_features=8, centers=8, cluster_std=1.5, random_state=0)
np.savetxt('${blobs}', X, delimiter=',', fmt='%.17g')
M, _ = make_moons(n_samples=100000, noise=0.08, random_state=0)
np.savetxt('${moons}', M, delimiter=',', fmt='%.17g')
`]);
}
const readMatrix = (file, rows) => {
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(0, rows);
  const cols = lines[0].split(',').length;
  const data = new Float64Array(lines.length * cols);
  lines.forEach((line, i) => line.split(',').forEach((v, j) => (data[i * cols + j] = Number(v))));
  return { data, rows: lines.length, cols };
};

// Ours, bundled as the task pane would ship it, each case in a fresh process so peak RSS is its own.
const bundle = await bundleForBench('hclust-dbscan', [
  "export { linkage } from '../../src/engine/cluster/hierarchical';",
  "export { dbscan } from '../../src/engine/cluster/dbscan';",
], 'neutral');

const cases = [
  { name: 'Ward 20,000×8', file: blobs, rows: 20000, kind: 'linkage', method: 'ward', py: "fastcluster.linkage_vector(X, method='ward')", anchor: 'fastcluster.linkage_vector' },
  { name: 'single 20,000×8', file: blobs, rows: 20000, kind: 'linkage', method: 'single', py: "fastcluster.linkage_vector(X, method='single')", anchor: 'fastcluster.linkage_vector' },
  { name: 'average 10,000×8', file: blobs, rows: 10000, kind: 'linkage', method: 'average', py: "fastcluster.linkage(X, method='average')", anchor: 'fastcluster.linkage' },
  { name: 'DBSCAN 100,000×2', file: moons, rows: 100000, kind: 'dbscan', py: `DBSCAN(eps=${EPS}, min_samples=${MIN_PTS}).fit(X).labels_`, anchor: 'scikit-learn DBSCAN' },
];

if (process.argv[2] === '--case') {
  const c = cases[Number(process.argv[3])];
  const { linkage, dbscan } = await import(pathToFileURL(bundle).href);
  const X = readMatrix(c.file, c.rows);
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const result = c.kind === 'linkage' ? linkage(X, { method: c.method }) : dbscan(X, { eps: EPS, minPts: MIN_PTS });
  const seconds = (performance.now() - t0) / 1000;
  const check = c.kind === 'linkage' ? result.Z[result.Z.length - 2] : `${result.nClusters} clusters, ${(100 * result.noise / X.rows).toFixed(1)}% noise`;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ seconds, extraMB: (peak - before) / 2 ** 20, check }));
  process.exit(0);
}

const runOurs = (i) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--case', String(i)], { encoding: 'utf8' }));
const runPython = (c) => {
  const script = `
import json, resource, sys, time, numpy as np
import fastcluster
from sklearn.cluster import DBSCAN
X = np.loadtxt('${c.file}', delimiter=',')[:${c.rows}]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter(); r = ${c.py}; s = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
check = float(r[-1, 2]) if r.ndim == 2 else f"{len(set(r.tolist()) - {-1})} clusters, {100 * float((r == -1).mean()):.1f}% noise"
print(json.dumps({'seconds': s, 'extraMB': (peak - before) / 1024, 'check': check}))
`;
  const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' };
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { env, encoding: 'utf8' }));
};
const runR = (c) => {
  const script = `
suppressMessages(library(dbscan))
X <- as.matrix(read.csv('${c.file}', header = FALSE))
t0 <- proc.time()[['elapsed']]; r <- dbscan(X, eps = ${EPS}, minPts = ${MIN_PTS}); s <- proc.time()[['elapsed']] - t0
cat(sprintf('{"seconds": %f, "extraMB": null, "check": "%d clusters, %.1f%% noise"}', s, max(r$cluster), 100 * mean(r$cluster == 0)))
`;
  return JSON.parse(execFileSync('Rscript', ['-e', script], { encoding: 'utf8' }));
};
const attempt = (f) => {
  try {
    return f();
  } catch (error) {
    return { error: error.message.split('\n')[0] };
  }
};

const fmtMB = (mb) => (mb === null || mb === undefined ? '   n/a' : `${mb.toFixed(0).padStart(5)} MB`);
console.log(`${'case'.padEnd(18)} ${'implementation'.padEnd(28)} ${'seconds'.padStart(8)}  ${'ours ÷ it'.padStart(9)}  peak extra  check`);
cases.forEach((c, i) => {
  const ours = runOurs(i);
  const anchors = [[c.anchor, attempt(() => runPython(c))]];
  if (c.kind === 'dbscan') anchors.push(['R dbscan', attempt(() => runR(c))]);
  console.log(`${c.name.padEnd(18)} ${'ours'.padEnd(28)} ${ours.seconds.toFixed(3).padStart(8)}  ${''.padStart(9)}  ${fmtMB(ours.extraMB)}  ${ours.check}`);
  for (const [name, a] of anchors) {
    if (a.error) console.log(`${''.padEnd(18)} ${name.padEnd(28)} unavailable (${a.error})`);
    else console.log(`${''.padEnd(18)} ${name.padEnd(28)} ${a.seconds.toFixed(3).padStart(8)}  ${(ours.seconds / a.seconds).toFixed(2).padStart(8)}×  ${fmtMB(a.extraMB)}  ${a.check}`);
  }
});
console.log('Targets: Ward ≤ 2× fastcluster.linkage_vector with < 100 MB extra; single ≤ 2× fastcluster; DBSCAN ≤ 1× scikit-learn and ≤ 2× R dbscan.');
