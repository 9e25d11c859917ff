// Child process: our k-means (and exact silhouette) on a blob file; prints one JSON line.
//   node ours.mjs <bundle.mjs> <data.f64> <labels.i32> <rows> <k> <task: kmeans|silhouette>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const [bundle, dataPath, labelPath, rowsArg, kArg, task] = process.argv.slice(2);
const { kmeans, kmeansPlusPlus, lloyd, scaledTolerance, silhouette, createRandom } = await import(pathToFileURL(bundle).href);
const rows = Number(rowsArg), k = Number(kArg), d = 8;
const bytes = readFileSync(dataPath);
const X = { data: new Float64Array(bytes.buffer, bytes.byteOffset, rows * d).slice(), rows, cols: d };
const seconds = (t0) => (performance.now() - t0) / 1000;
const out = {};
if (task === 'silhouette') {
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
  const run = lloyd(X, seeds, { maxIter: 300, tolerance: scaledTolerance(X, 1e-4) });
  out.perIteration = seconds(t0) / run.iterations;
  for (const refine of [false, true]) {
    t0 = performance.now();
    const result = kmeans(X, k, { nInit: 1, seed: 0, refine });
    out[refine ? 'refined' : 'plain'] = { seconds: seconds(t0), iterations: result.iterations, inertia: result.inertia };
  }
}
out.peakRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(out));
