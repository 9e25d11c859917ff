// Child process: ml-kmeans (k-means++, its defaults otherwise) on a blob file; prints one JSON line.
//   node ml-kmeans.mjs <data.f64> <rows> <k>
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { kmeans } from 'ml-kmeans';

const [dataPath, rowsArg, kArg] = process.argv.slice(2);
const rows = Number(rowsArg), k = Number(kArg), d = 8;
const bytes = readFileSync(dataPath);
const flat = new Float64Array(bytes.buffer, bytes.byteOffset, rows * d);
const points = Array.from({ length: rows }, (_, i) => Array.from(flat.subarray(i * d, i * d + d)));
const t0 = performance.now();
const result = kmeans(points, k, { initialization: 'kmeans++', seed: 0, maxIterations: 300 });
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ seconds, iterations: result.iterations, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
