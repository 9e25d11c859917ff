// How a benchmark loads our code: bundled by esbuild as the task pane ships it, one ES module in bench/out.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/out: bundles, generated data and the files handed to the Python anchors. */
export const BENCH_OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../out');

/** Where bundleForBench(name, …) writes its bundle, for child processes that import it by path. */
export function bundlePath(name) {
  return resolve(BENCH_OUT, `${name}-bundle.mjs`);
}

/**
 * Bundles the given export lines (paths relative to bench/out, e.g.
 * "export { buildTable } from '../../src/engine/table/build';") into bundlePath(name) and returns that path.
 * platform 'neutral' for engine code alone; 'node' when a test helper in the bundle reads files.
 */
export async function bundleForBench(name, exportLines, platform = 'node') {
  mkdirSync(BENCH_OUT, { recursive: true });
  const entry = resolve(BENCH_OUT, `${name}-entry.ts`);
  writeFileSync(entry, exportLines.join('\n'));
  const outfile = bundlePath(name);
  await build({ entryPoints: [entry], outfile, bundle: true, platform, format: 'esm', target: 'es2022', logLevel: 'warning' });
  return outfile;
}
