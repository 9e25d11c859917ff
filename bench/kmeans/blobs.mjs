// Gaussian blobs shared by every k-means implementation in the benchmark: n × 8 float64 rows
// (little-endian, row-major) and their true blob as int32, written once under bench/out/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DIMENSIONS = 8;
export const BLOBS = 8;

/** Paths of the blob files for n rows, generating them on first use. */
export function blobFiles(outDir, n) {
  mkdirSync(outDir, { recursive: true });
  const data = resolve(outDir, `kmeans-blobs-${n}x${DIMENSIONS}.f64`);
  const labels = resolve(outDir, `kmeans-blobs-${n}x${DIMENSIONS}.labels.i32`);
  if (!existsSync(data) || !existsSync(labels)) {
    const { x, y } = generate(n);
    writeFileSync(data, new Uint8Array(x.buffer));
    writeFileSync(labels, new Uint8Array(y.buffer));
  }
  return { data, labels };
}

// Centres uniform in [−10, 10]^8 and unit spread, like scikit-learn's make_blobs; a fixed
// xorshift stream keeps the file the same on every machine.
function generate(n) {
  let s = 0x2545f491;
  const uniform = () => {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    return ((s >>> 0) + 0.5) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const centres = Array.from({ length: BLOBS * DIMENSIONS }, () => uniform() * 20 - 10);
  const x = new Float64Array(n * DIMENSIONS);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = Math.floor(uniform() * BLOBS);
    y[i] = b;
    for (let t = 0; t < DIMENSIONS; t++) x[i * DIMENSIONS + t] = centres[b * DIMENSIONS + t] + normal();
  }
  return { x, y };
}
