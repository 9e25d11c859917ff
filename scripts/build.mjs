// Builds what the add-in, the workbench and the command line serve or run, into dist/ (or --outdir DIR):
//   cli/segments.mjs    the command line (one ESM file, Node ≥ 20)
//   taskpane.html/.js   the task pane inside Excel (office.js from Microsoft's CDN, as Office requires)
//   engine-worker.js    the engine in a Web Worker, for both pages
//   workbench.html/.js  the in-memory Excel host with the bundled samples and the real task pane
//   assets/             the icons manifest.xml names
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const out = values.outdir;

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'cli'), { recursive: true });

const browser = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.csv': 'text' },
  logLevel: 'warning',
};

await Promise.all([
  build({
    entryPoints: ['src/cli/segments.ts'],
    outfile: join(out, 'cli/segments.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  }),
  build({ ...browser, entryPoints: ['src/taskpane/main.ts'], outfile: join(out, 'taskpane.js') }),
  build({ ...browser, entryPoints: ['src/worker/engine-worker.ts'], outfile: join(out, 'engine-worker.js') }),
  build({ ...browser, entryPoints: ['src/workbench/main.ts'], outfile: join(out, 'workbench.js') }),
]);

cpSync('assets', join(out, 'assets'), { recursive: true });
for (const dir of ['src/taskpane', 'src/workbench']) {
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.html') || file.endsWith('.css')) cpSync(join(dir, file), join(out, file));
  }
}
