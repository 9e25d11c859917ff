// Data profile (issue 9) on 1,048,576 rows × 20 mixed columns (15 number columns with missing
// values, 3 text columns with repeated levels, a date, a boolean), generated once with a seed into
// bench/out/. Ours: the CSV read into cells as the command line does (readCsv), the Table built
// (buildTable), then the profile analysis, each timed on its own. The anchor: pandas read_csv, then
// describe() + corr() + skew() + kurt() on one thread. Each round runs ours and pandas back to
// back in child processes (the machine may be shared, so only ratios from one round are compared);
// the median over the rounds is printed. Target: our profile under 5 s.
//   node bench/profile.mjs            (BENCH_REPEATS=3 rounds; the anchor needs python3-pandas)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleForBench, bundlePath } from './common/bundle.mjs';
import { writeLines } from './common/write-lines.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'bench/out');
const bundle = bundlePath('profile');
const ROWS = 1_048_576;
const csvPath = resolve(outDir, `profile-${ROWS}x20.csv`);
const PYTHON = '/usr/bin/python3';
const TARGET_SECONDS = 5;

/** Our side of one round, in its own process so its heap is its own: prints one JSON line. */
async function ours() {
  const { readCsv, buildTable, profileAnalysis } = await import(pathToFileURL(bundle).href);
  const cells = () => {
    const text = readFileSync(csvPath, 'utf8');
    const values = [], numberFormats = [];
    // readCsv on slices of whole lines: one Papa parse of the whole file would hold every field
    // as a string beside the typed cells. Each slice after the first has no header of its own.
    const CHUNK = 1 << 23;
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', Math.min(start + CHUNK, text.length - 1));
      end = end < 0 ? text.length : end + 1;
      const slice = readCsv(text.slice(start, end));
      for (let i = 0; i < slice.values.length; i++) {
        values.push(slice.values[i]);
        numberFormats.push(slice.numberFormats[i]);
      }
      start = end;
    }
    return { values, numberFormats };
  };
  // The cells are dropped once the Table is built, as the add-in drops the range's values: kept
  // alive, their two gigabytes would be marked again by every major collection of the profile.
  let t0, t1, t2;
  const buildFromCsv = () => {
    t0 = performance.now();
    const { values, numberFormats } = cells();
    t1 = performance.now();
    const built = buildTable(values, { numberFormats, header: true });
    t2 = performance.now();
    return built;
  };
  const table = buildFromCsv();
  // Collecting the dropped cells is the reader's cost, not the profile's (the child runs with --expose-gc).
  globalThis.gc?.();
  const validated = profileAnalysis.validate({ kind: 'profile' }, table);
  if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
  const report = profileAnalysis.run(validated.recipe, table);
  const t3 = performance.now();
  const { result } = report;
  console.log(JSON.stringify({
    parse: (t1 - t0) / 1000, build: (t2 - t1) / 1000, profile: (t3 - t2) / 1000,
    rows: result.rowCount, columns: result.columns.length, types: table.columns.map((c) => c.type[0]).join(''),
    correlated: result.correlation?.columns.length ?? 0, histograms: result.histograms.length,
    meanOfNum01: result.columns[0].numbers?.mean, corr0102: result.correlation?.matrix[1]?.[0],
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }));
}

const pandasScript = `
import json, sys, time, resource, pandas as pd
t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1], parse_dates=['date'])
t1 = time.perf_counter()
df.describe(); df.corr(numeric_only=True); df.skew(numeric_only=True); df.kurt(numeric_only=True)
t2 = time.perf_counter()
df.describe(include='all', datetime_is_numeric=True)
t3 = time.perf_counter()
print(json.dumps({'read': t1 - t0, 'stats': t2 - t1, 'describeAll': t3 - t2, 'version': pd.__version__,
  'meanOfNum01': float(df['num_01'].mean()), 'corr0102': float(df['num_01'].corr(df['num_02'])),
  'peakRssMB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
`;

/** Write the CSV once: seeded, so every machine profiles the same data. */
async function generate(createRandom) {
  const rng = createRandom(20240901);
  const normal = () => {
    let u = 0;
    while (u === 0) u = rng.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  };
  const regions = ['North', 'South', 'East', 'West', 'Central'];
  const segments = Array.from({ length: 12 }, (_, i) => `Segment ${String.fromCharCode(65 + i)}`);
  const products = Array.from({ length: 1000 }, (_, i) => `P${String(i).padStart(4, '0')}`);
  const day0 = Date.UTC(2009, 11, 1);
  const missing = (share, text) => (rng.next() < share ? '' : text);
  const header = [...Array.from({ length: 15 }, (_, j) => `num_${String(j + 1).padStart(2, '0')}`), 'region', 'segment', 'product', 'date', 'active'];
  await writeLines(csvPath, (function* rows() {
    yield header.join(',');
    for (let i = 0; i < ROWS; i++) {
      const z1 = normal(), z2 = 0.6 * z1 + 0.8 * normal();
      const spend = Math.exp(3 + 1.2 * z1);
      const row = [
        (50 + 10 * z1).toFixed(3), // 1: normal
        (100 + 15 * z2).toFixed(3), // 2: correlated with 1 (r ≈ 0.6)
        missing(0.05, spend.toFixed(2)), // 3: lognormal amount, 5% blank
        missing(0.02, String(18 + rng.int(70))), // 4: age-like integer
        String(rng.int(40)), // 5: counts with many repeats
        (-Math.log(1 - rng.next()) * 30).toFixed(2), // 6: exponential
        missing(0.2, (rng.next() * 1000).toFixed(1)), // 7: uniform, 20% blank
        (spend * (0.5 + rng.next())).toFixed(2), // 8: follows 3
        normal().toFixed(4), // 9
        missing(0.01, (z1 * z1).toFixed(4)), // 10: chi-square, skewed
        rng.next() < 0.7 ? '0' : String(1 + rng.int(9)), // 11: mostly zeros
        (rng.next() * 2 - 1).toFixed(5), // 12: signed uniform
        String(1000 + rng.int(9000)), // 13: codes
        missing(0.6, normal().toFixed(3)), // 14: mostly missing
        (1e6 + 1e5 * normal()).toFixed(0), // 15: large integers
        regions[rng.int(regions.length)],
        segments[rng.int(segments.length)],
        missing(0.03, products[rng.int(products.length)]),
        new Date(day0 + rng.int(730) * 86_400_000).toISOString().slice(0, 10),
        rng.next() < 0.3 ? 'TRUE' : 'FALSE',
      ];
      yield row.join(',');
    }
  })());
}

async function main() {
  await bundleForBench('profile', [
    "export { readCsv } from '../../src/cli/read-csv';",
    "export { buildTable } from '../../src/engine/table/build';",
    "export { profileAnalysis } from '../../src/engine/analyses/profile';",
    "export { createRandom } from '../../src/engine/random';",
  ]);
  if (!existsSync(csvPath)) {
    console.log(`generating ${csvPath} …`);
    await generate((await import(pathToFileURL(bundle).href)).createRandom);
  }

  const pythonEnv = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const child = (command, args, env = process.env) => {
    const r = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) return { failed: (r.error?.message ?? r.stderr.trim().split('\n').pop() ?? 'failed').slice(0, 160) };
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const hasPandas = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import pandas'], { env: pythonEnv }).status === 0;
  if (!hasPandas) console.log(`pandas not available (${PYTHON} with pandas; apt-get install python3-pandas): the anchor columns are skipped.`);

  const rounds = Number(process.env.BENCH_REPEATS ?? 3);
  const results = [];
  for (let r = 0; r < rounds; r++) {
    const o = child(process.execPath, ['--max-old-space-size=8192', '--expose-gc', fileURLToPath(import.meta.url), 'ours']);
    const p = hasPandas ? child(PYTHON, ['-c', pandasScript, csvPath], pythonEnv) : { failed: 'pandas missing' };
    if (o.failed) throw new Error(`ours failed: ${o.failed}`);
    if (p.failed && hasPandas) console.log(`pandas failed: ${p.failed}`);
    results.push({ o, p });
  }

  const f = (v, digits = 2) => (typeof v === 'number' ? v.toFixed(digits) : '—');
  const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : undefined);
  const median = (xs) => {
    const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
    return s.length ? s[Math.floor((s.length - 1) / 2)] : undefined;
  };
  const first = results[0].o;
  console.log(`data profile, ${first.rows.toLocaleString('en')} rows × ${first.columns} columns (types ${first.types}: n number, d date, t text, b boolean);`);
  console.log(`${first.correlated} columns correlated, ${first.histograms} histograms; seconds, peak RSS in MB; load average ${loadAverage()}`);
  console.log('  round   ours: parse   build  profile  peak MB | pandas: read_csv  stats  describe(all)  peak MB | profile/stats  (build+profile)/stats  end to end');
  const rows = results.map(({ o, p }, r) => {
    const x = { profile: ratio(o.profile, p.stats), buildProfile: ratio(o.build + o.profile, p.stats), endToEnd: ratio(o.parse + o.build + o.profile, p.read + p.stats) };
    console.log(`  ${String(r + 1).padStart(5)} ${f(o.parse).padStart(12)} ${f(o.build).padStart(7)} ${f(o.profile).padStart(8)} ${f(o.peakRssMB, 0).padStart(8)} |` +
      ` ${f(p.read).padStart(16)} ${f(p.stats).padStart(6)} ${f(p.describeAll).padStart(14)} ${f(p.peakRssMB, 0).padStart(8)} |` +
      ` ${f(x.profile).padStart(12)}× ${f(x.buildProfile).padStart(20)}× ${f(x.endToEnd).padStart(10)}×`);
    return x;
  });
  const medianProfile = median(results.map(({ o }) => o.profile));
  console.log(`  median: our profile ${f(medianProfile)} s (target < ${TARGET_SECONDS} s: ${medianProfile < TARGET_SECONDS ? 'met' : 'MISSED'}), build ${f(median(results.map(({ o }) => o.build)))} s;` +
    ` ratios profile/stats ${f(median(rows.map((x) => x.profile)))}×, (build+profile)/stats ${f(median(rows.map((x) => x.buildProfile)))}×, end to end ${f(median(rows.map((x) => x.endToEnd)))}×`);
  const p = results[0].p;
  console.log(`  check: mean(num_01) ours ${f(first.meanOfNum01, 9)} pandas ${f(p.meanOfNum01, 9)}; r(num_01, num_02) ours ${f(first.corr0102, 9)} pandas ${f(p.corr0102, 9)}` +
    (p.version ? `; pandas ${p.version}` : ''));
}

function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

if (process.argv[2] === 'ours') await ours();
else await main();
