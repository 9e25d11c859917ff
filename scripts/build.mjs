// Builds what the add-in and the command line serve or run, into dist/:
//   dist/cli/segments.mjs   the command line (one ESM file, Node ≥ 20)
//   dist/*.html, dist/assets the task-pane pages and the icons manifest.xml names
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/cli', { recursive: true });

await build({
  entryPoints: ['src/cli/segments.ts'],
  outfile: 'dist/cli/segments.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});

cpSync('assets', 'dist/assets', { recursive: true });
for (const file of readdirSync('src/taskpane')) {
  if (file.endsWith('.html')) cpSync(`src/taskpane/${file}`, `dist/${file}`);
}
