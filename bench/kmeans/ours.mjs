// Child process: our k-means (and exact silhouette) on a blob file; prints one JSON line.
//   node ours.mjs <bundle.mjs> <data.f64> <labels.i32> <rows> <k> <task: kmeans|silhouette|memory>
// The data is a view on the file's bytes, as ml-kmeans.mjs reads it. The peak memory reported for
// kmeans is that of one default run alone ('memory', in a process of its own), so it is not
// inflated by the timing runs' garbage.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const [bundle, dataPath, labelPath, rowsArg, kArg, task] = process.argv.slice(2);
const { kmeans, kmeansPlusPlus, lloyd, silhouette, createRandom } = await import(pathToFileURL(bundle).href);
const rows = Number(rowsArg), k = Number(kArg), d = 8;
const bytes = readFileSync(dataPath);
const X = { data: new Float64Array(bytes.buffer, bytes.byteOffset, rows * d), rows, cols: d };
const seconds = (t0) => (performance.now() - t0) / 1000;
const out = {};
if (task === 'memory') {
  kmeans(X, k, { nInit: 1, seed: 0 });
} else if (task === 'silhouette') {
  const lb = readFileSync(labelPath);
  const labels = new Int32Array(lb.buffer, lb.byteOffset, rows).slice();
  const t0 = performance.now();
  out.value = silhouette(X, labels, k).value;
  out.seconds = seconds(t0);
} else {
  let t0 = performance.now();
  const seeds = kmeansPlusPlus(X, k, createRandom(0)).centers;
  out.seeding = seconds(t0);
  t0 = performance.now();
  const run = lloyd(X, seeds, { maxIter: 300, tolerance: 1e-4 * meanVariance(X) });
  out.perIteration = seconds(t0) / run.iterations;
  for (const refine of [false, true]) {
    t0 = performance.now();
    const result = kmeans(X, k, { nInit: 1, seed: 0, refine });
    out[refine ? 'refined' : 'plain'] = { seconds: seconds(t0), iterations: result.iterations, inertia: result.inertia };
  }
}
out.peakRssMB = process.resourceUsage().maxRSS / 1024;
if (task === 'kmeans') {
  const alone = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2, 7), 'memory'], { encoding: 'utf8' });
  out.peakRssMB = JSON.parse(alone.stdout.trim().split('\n').pop()).peakRssMB;
}
console.log(JSON.stringify(out));

/** scikit-learn's tolerance scale: the mean per-feature population variance (kmeans() gets it while centring). */
function meanVariance({ data, rows, cols }) {
  let total = 0;
  for (let t = 0; t < cols; t++) {
    let mean = 0;
    for (let i = 0; i < rows; i++) mean += data[i * cols + t];
    mean /= rows;
    for (let i = 0; i < rows; i++) total += (data[i * cols + t] - mean) ** 2;
  }
  return total / rows / cols;
}
