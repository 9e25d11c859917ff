// npm run bench: k-means on Gaussian blobs (100,000 × 8 and 1,048,576 × 8, k = 8, one restart, to
// convergence) — ours beside ml-kmeans and scikit-learn's single-threaded Lloyd, each in its own
// child process so its peak memory is its own — and exact silhouette on 20,000 × 8; printed as
// ratios in one run. Then every other standalone benchmark in bench/ (rfm.mjs, boost.mjs, …).
// Without python3 + scikit-learn the scikit-learn columns say so and the rest still runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBench } from './common/bundle.mjs';
import { blobFiles } from './kmeans/blobs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'bench/out');
const SIZES = [100_000, 1_048_576];
const K = 8;
const SILHOUETTE_ROWS = 20_000;
const ML_KMEANS_CAP_SECONDS = 180;
const PYTHON = '/usr/bin/python3';

blobFiles(outDir, SILHOUETTE_ROWS);
const bundle = await bundleForBench('kmeans', [
  "export { kmeans } from '../../src/engine/cluster/kmeans';",
  "export { kmeansPlusPlus } from '../../src/engine/cluster/kmeans-plus-plus';",
  "export { lloyd } from '../../src/engine/cluster/lloyd';",
  "export { silhouette } from '../../src/engine/cluster/validity/silhouette';",
  "export { createRandom } from '../../src/engine/random';",
], 'neutral');

/** Run a child and parse the JSON line it prints; null (with the reason) when it fails or times out. */
function child(command, args, { env = process.env, capSeconds = 600 } = {}) {
  const r = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', timeout: capSeconds * 1000, maxBuffer: 1 << 24 });
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') return { failed: `stopped after ${capSeconds} s` };
  if (r.status !== 0) return { failed: (r.error?.message ?? r.stderr.trim().split('\n').pop() ?? 'failed').slice(0, 120) };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// scikit-learn on one thread; OpenBLAS's core-type overrides, set on some machines, slow numpy.
const pythonEnv = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
delete pythonEnv.OPENBLAS_CORETYPE;
delete pythonEnv.OPENBLAS_L2_SIZE;
const probe = existsSync(PYTHON) ? spawnSync(PYTHON, ['-c', 'import sklearn; print(sklearn.__version__)'], { encoding: 'utf8', env: pythonEnv }) : null;
const sklearnVersion = probe?.status === 0 ? probe.stdout.trim() : null;
if (sklearnVersion === null) console.log(`scikit-learn not available (${PYTHON} with sklearn): its columns are skipped.\n`);
const sklearn = (args) => (sklearnVersion === null ? { failed: 'scikit-learn missing' } : child(PYTHON, [resolve(root, 'bench/kmeans/sklearn_kmeans.py'), ...args], { env: pythonEnv }));

const f = (v, digits = 3) => (typeof v === 'number' ? v.toFixed(digits) : '—');
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

console.log(`k-means, k = ${K}, one k-means++ restart, to convergence (tol 1e-4); seconds, peak RSS in MB`);
for (const n of SIZES) {
  const files = blobFiles(outDir, n);
  const ours = child(process.execPath, [resolve(root, 'bench/kmeans/ours.mjs'), bundle, files.data, files.labels, String(n), String(K), 'kmeans']);
  const sk = sklearn([files.data, files.labels, String(n), String(K), 'kmeans']);
  const ml = child(process.execPath, [resolve(root, 'bench/kmeans/ml-kmeans.mjs'), files.data, String(n), String(K)], { capSeconds: ML_KMEANS_CAP_SECONDS });
  console.log(`\n${n.toLocaleString('en')} × 8`);
  console.log('  implementation                 seeding  per iter  end to end  iters  peak MB');
  const line = (name, seeding, perIter, e2e, iters, mb) => console.log(
    `  ${name.padEnd(30)} ${f(seeding).padStart(7)} ${f(perIter, 4).padStart(9)} ${f(e2e).padStart(11)} ${String(iters ?? '—').padStart(6)} ${f(mb, 0).padStart(8)}`);
  line('ours (refine: false)', ours.seeding, ours.perIteration, ours.plain?.seconds, ours.plain?.iterations, ours.peakRssMB);
  line('ours (default, refine: true)', ours.seeding, ours.perIteration, ours.refined?.seconds, ours.refined?.iterations, ours.peakRssMB);
  line(`scikit-learn ${sklearnVersion ?? ''} 1 thread`, sk.seeding, sk.perIteration, sk.plain?.seconds, sk.plain?.iterations, sk.peakRssMB);
  line('ml-kmeans', undefined, undefined, ml.seconds, ml.iterations, ml.peakRssMB);
  for (const [name, r] of [['ours', ours], ['scikit-learn', sk], ['ml-kmeans', ml]]) if (r.failed) console.log(`  ${name}: ${r.failed}`);
  console.log(`  ours (default) vs scikit-learn end to end: ${ratio(ours.refined?.seconds, sk.plain?.seconds)} (target ≤ 1.00×);` +
    ` refine: false ${ratio(ours.plain?.seconds, sk.plain?.seconds)}; per iteration ${ratio(ours.perIteration, sk.perIteration)}; seeding ${ratio(ours.seeding, sk.seeding)}`);
  console.log(`  ml-kmeans vs ours (default): time ${ratio(ml.seconds, ours.refined?.seconds)} (target ≥ 10×), memory ${ratio(ml.peakRssMB, ours.peakRssMB)} (target ≥ 3×)`);
  console.log(`  inertia ours ${f(ours.refined?.inertia, 1)} (refine: false ${f(ours.plain?.inertia, 1)}), scikit-learn ${f(sk.plain?.inertia, 1)}`);
}

const sil = blobFiles(outDir, SILHOUETTE_ROWS);
const oursSil = child(process.execPath, [resolve(root, 'bench/kmeans/ours.mjs'), bundle, sil.data, sil.labels, String(SILHOUETTE_ROWS), String(K), 'silhouette']);
const skSil = sklearn([sil.data, sil.labels, String(SILHOUETTE_ROWS), String(K), 'silhouette']);
console.log(`\nexact silhouette, ${SILHOUETTE_ROWS.toLocaleString('en')} × 8, true blob labels`);
console.log(`  ours ${f(oursSil.seconds)} s (target ≤ 1.5 s), value ${f(oursSil.value, 6)}; scikit-learn ${f(skSil.seconds)} s, value ${f(skSil.value, 6)}; ratio ${ratio(oursSil.seconds, skSil.seconds)}`);

for (const name of readdirSync(resolve(root, 'bench')).filter((file) => file.endsWith('.mjs') && file !== 'run.mjs').sort()) {
  console.log(`\n== bench/${name}`);
  spawnSync(process.execPath, [resolve(root, 'bench', name)], { cwd: root, stdio: 'inherit' });
}
