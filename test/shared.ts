/**
 * Where the shared datasets and reference answers live: `$SEGMENTS_SHARED`, or `../shared`
 * next to the repository. Every test that reads them goes through here, so moving the folder
 * is one environment variable.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Absolute path of a file or folder inside the shared folder.
 * @example sharedPath('datasets', 'mall_customers.csv') // → /work/shared/datasets/mall_customers.csv
 */
export function sharedPath(...parts: string[]): string {
  return resolve(repoRoot, process.env.SEGMENTS_SHARED ?? '../shared', ...parts);
}

/**
 * A reference answer parsed from `reference/<relPath>`; the caller states the shape it expects.
 * @example const ref = readReference<{ by_k: unknown[] }>('kmeans/mall.json');
 */
export function readReference<T = unknown>(relPath: string): T {
  return JSON.parse(readFileSync(sharedPath('reference', relPath), 'utf8')) as T;
}
