// Reading a full-height selection: buildTable on 1,048,576 rows × 20 columns of cells as office-js
// hands them over (numbers, numbers as text such as "1,234.5", date serials under a date format,
// text categories, JavaScript booleans, blanks as "" and a few error values such as "#N/A"), and the
// command line's readCsv on the same cells written as a CSV file. Cells are generated from a seed,
// so every machine reads the same data. Each side runs in its own child process (its heap is its
// own); the best of BENCH_REPEATS (default 3) runs is printed, with the heap the result keeps
// (heapUsed + arrayBuffers after a collection, minus before) and the process's peak RSS.
//   node bench/table.mjs             (targets: buildTable ≤ 3 s, readCsv ≤ 3 s)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForBench, bundlePath } from './common/bundle.mjs';
import { writeLines } from './common/write-lines.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'bench/out');
const bundle = bundlePath('table');
const ROWS = 1_048_576;
const COLS = 20;
const csvPath = resolve(outDir, `table-${ROWS}x${COLS}.csv`);
const TARGET_SECONDS = 3;
// Measured on this bench at commit 9392a5d, before the pooled classification and the CSV scanner,
// for the "was" figures (the machine shared, load average 1 to 4).
const BEFORE = { buildTable: 3.4, readCsv: 9.8, buildTableOnCsvCells: 8.8 };

const HEADER = ['id', 'amount', 'quantity', 'price', 'discount', 'score', 'age', 'tenure', 'visits', 'balance',
  'ratio', 'revenue_text', 'mixed', 'order_date', 'order_time', 'region', 'product', 'segment', 'active', 'fee'];
const FORMATS = ['General', '#,##0.00', 'General', '$#,##0.00', '0%', 'General', 'General', 'General', 'General', '#,##0.00',
  'General', 'General', 'General', 'yyyy-mm-dd', 'm/d/yyyy h:mm', 'General', 'General', 'General', 'General', '$#,##0.00'];
const REGIONS = ['North', 'South', 'East', 'West', 'Central'];
const PRODUCTS = Array.from({ length: 1000 }, (_, i) => `P${String(i).padStart(4, '0')}`);
const SEGMENTS = Array.from({ length: 12 }, (_, i) => `Segment ${String.fromCharCode(65 + i)}`);

/** The seeded grid: `values` and `numberFormats` as office-js returns them, header row first. */
function generate(createRandom) {
  const rng = createRandom(20250101);
  const normal = () => {
    let u = 0;
    while (u === 0) u = rng.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  };
  const blank = (share, value) => (rng.next() < share ? '' : value);
  const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
  const grouped = (x) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const values = [HEADER];
  const numberFormats = [HEADER.map(() => 'General')];
  for (let i = 0; i < ROWS; i++) {
    const z = normal();
    const amount = round(Math.exp(4 + z), 2);
    values.push([
      i + 1,
      blank(0.05, amount),
      blank(0.02, 1 + rng.int(20)),
      round(5 + 95 * rng.next(), 2),
      round(rng.next() * 0.3, 4),
      blank(0.2, round(normal(), 6)),
      18 + rng.int(70),
      rng.int(120),
      rng.int(40),
      round(1e4 * normal(), 2),
      rng.next() < 0.005 ? '#N/A' : rng.next() < 0.001 ? '#DIV/0!' : round(rng.next(), 8),
      blank(0.03, grouped(amount * 10)),
      rng.next() < 0.8 ? round(100 * rng.next(), 1) : String(round(100 * rng.next(), 1)),
      blank(0.01, 40000 + rng.int(5000)),
      round(40000 + rng.int(5000) + rng.int(1440) / 1440, 6),
      REGIONS[rng.int(REGIONS.length)],
      blank(0.03, PRODUCTS[rng.int(PRODUCTS.length)]),
      rng.next() < 0.002 ? '#N/A' : SEGMENTS[rng.int(SEGMENTS.length)],
      rng.next() < 0.3,
      round(rng.next() * 50, 2),
    ]);
    numberFormats.push(FORMATS);
  }
  return { values, numberFormats };
}

/** The same cells as a CSV file: dates in ISO form, numbers as text quoted when they hold a comma. */
async function writeCsv({ values, numberFormats }) {
  const field = (value, format) => {
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'number' && (format === 'yyyy-mm-dd' || format === 'm/d/yyyy h:mm')) {
      const iso = new Date(Math.round((value - 25569) * 86_400_000)).toISOString();
      return format === 'yyyy-mm-dd' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
    }
    const text = String(value);
    return text.includes(',') ? `"${text}"` : text;
  };
  await writeLines(csvPath, (function* rows() {
    for (let r = 0; r < values.length; r++) yield values[r].map((v, c) => field(v, numberFormats[r][c])).join(',');
  })());
}

/** Time `run` (best of `repeats`) and the heap its last result keeps; the inputs stay alive throughout. */
function measure(run, repeats) {
  let best = Infinity, result, kept = 0;
  for (let r = 0; r < repeats; r++) {
    result = undefined;
    globalThis.gc();
    const before = heapAndBuffers();
    const t0 = performance.now();
    result = run();
    best = Math.min(best, (performance.now() - t0) / 1000);
    // Twice: typed arrays' backing stores are freed after the collection that finds them dead.
    globalThis.gc();
    globalThis.gc();
    kept = heapAndBuffers() - before;
  }
  return { seconds: best, keptMB: kept / 2 ** 20, result };
}

/** The JavaScript heap plus the typed arrays' backing stores, which live outside it. */
function heapAndBuffers() {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** One side in its own process: prints one JSON line. */
async function child(side) {
  const { buildTable, readCsv, createRandom } = await import(pathToFileURL(bundle).href);
  const repeats = Number(process.env.BENCH_REPEATS ?? 3);
  if (side === 'build') {
    const cells = generate(createRandom);
    const { seconds, keptMB, result } = measure(() => buildTable(cells.values, { numberFormats: cells.numberFormats, header: true }), repeats);
    console.log(JSON.stringify({
      seconds, keptMB, peakRssMB: process.resourceUsage().maxRSS / 1024,
      types: result.columns.map((c) => c.type[0]).join(''), warnings: result.warnings.length,
      checksum: checksum(result),
    }));
  } else {
    const text = readFileSync(csvPath, 'utf8');
    const { seconds, keptMB, result } = measure(() => readCsv(text), repeats);
    // buildTable again on the cells readCsv made, as the command line and bench/profile.mjs build it.
    const built = measure(() => buildTable(result.values, { numberFormats: result.numberFormats, header: true }), repeats);
    const table = built.result;
    console.log(JSON.stringify({ seconds, keptMB, buildSeconds: built.seconds, peakRssMB: process.resourceUsage().maxRSS / 1024, types: table.columns.map((c) => c.type[0]).join(''), checksum: checksum(table) }));
  }
}

/** Sum of every finite numeric value and the count of non-null texts: changes if any cell reads differently. */
function checksum(table) {
  let sum = 0, texts = 0;
  for (const column of table.columns) {
    if (column.type === 'text') texts += column.values.filter((v) => v !== null).length;
    else for (const v of column.values) if (Number.isFinite(v)) sum += v;
  }
  return `${sum.toPrecision(15)}/${texts}`;
}

async function main() {
  await bundleForBench('table', [
    "export { readCsv } from '../../src/cli/read-csv';",
    "export { buildTable } from '../../src/engine/table/build';",
    "export { createRandom } from '../../src/engine/random';",
  ]);
  if (!existsSync(csvPath)) {
    console.log(`generating ${csvPath} …`);
    await writeCsv(generate((await import(pathToFileURL(bundle).href)).createRandom));
  }
  const run = (side) => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=8192', '--expose-gc', fileURLToPath(import.meta.url), side], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${side} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const f = (v, digits = 2) => v.toFixed(digits);
  const rows = `${ROWS.toLocaleString('en')} × ${COLS}`;
  const b = run('build');
  console.log(`buildTable ${rows}: ${f(b.seconds)} s (was ${f(BEFORE.buildTable, 1)} s; target ≤ ${TARGET_SECONDS} s: ${b.seconds <= TARGET_SECONDS ? 'met' : 'MISSED'}), table keeps ${f(b.keptMB, 0)} MB, peak RSS ${f(b.peakRssMB, 0)} MB; types ${b.types}, ${b.warnings} warnings, checksum ${b.checksum}`);
  const c = run('csv');
  console.log(`readCsv ${rows}: ${f(c.seconds)} s (was ${f(BEFORE.readCsv, 1)} s; target ≤ ${TARGET_SECONDS} s: ${c.seconds <= TARGET_SECONDS ? 'met' : 'MISSED'}), cells keep ${f(c.keptMB, 0)} MB, peak RSS ${f(c.peakRssMB, 0)} MB; types ${c.types}, checksum ${c.checksum}`);
  console.log(`buildTable on readCsv's cells (the command line's path): ${f(c.buildSeconds)} s (was ${f(BEFORE.buildTableOnCsvCells, 1)} s)`);
  console.log(`load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
}

if (process.argv[2] === 'build' || process.argv[2] === 'csv') await child(process.argv[2]);
else await main();
