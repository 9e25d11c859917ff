// RFM on the Online Retail II piece (502,938 rows) and on a seeded synthetic 1,048,576-row transactions
// table: our engine time (validate + clean + aggregate + score + report, after the Table is built) beside
// pandas' groupby recipe on the same in-memory data, as a ratio in one run. Parsing is timed apart.
//   node bench/rfm.mjs        (the pandas anchor needs /usr/bin/python3 with pandas: apt-get install python3-pandas)
// BENCH_REPEATS (default 3) runs of each engine; the best is reported.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { bundleForBench } from './common/bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.SEGMENTS_SHARED ?? '../shared');
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const out = resolve(root, 'bench/out');

const outfile = await bundleForBench('rfm', [
  "export { readCsv } from '../../src/cli/read-csv';",
  "export { buildTable } from '../../src/engine/table/build';",
  "export { rfmAnalysis } from '../../src/engine/analyses/rfm';",
  "export { createRandom } from '../../src/engine/random';",
]);
const { readCsv, buildTable, rfmAnalysis, createRandom } = await import(pathToFileURL(outfile).href);

const COLUMNS = { invoice: 'Invoice', customer: 'Customer ID', date: 'InvoiceDate', quantity: 'Quantity', price: 'Price' };
// Cancellations left out of monetary, as the pandas recipe drops them, so both compute the same numbers.
const RECIPE = { kind: 'rfm', columns: COLUMNS, returns: 'exclude' };

const seconds = (t0) => (performance.now() - t0) / 1000;

function timeEngine(table) {
  let best = Infinity, result;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const validated = rfmAnalysis.validate(RECIPE, table);
    if (!validated.ok) throw new Error(validated.problems.map((p) => p.message).join('\n'));
    result = rfmAnalysis.run(validated.recipe, table).result;
    best = Math.min(best, seconds(t0));
  }
  const monetary = result.monetary.reduce((a, b) => a + b, 0);
  const frequency = result.frequency.reduce((a, b) => a + b, 0);
  return { seconds: best, customers: result.customers.length, monetary, frequency, recencySum: result.recency.reduce((a, b) => a + b, 0) };
}

// The usual pandas recipe: drop rows without a customer, cancellations (invoice "C…" or negative
// quantity) and non-positive prices, then one groupby for last date, distinct invoices and revenue,
// and qcut of rank(method='first') for the scores. Timed from the DataFrame in memory.
const PYTHON = `
import json, sys, time
import pandas as pd
path, repeats = sys.argv[1], int(sys.argv[2])
t0 = time.perf_counter()
raw = pd.read_csv(path, parse_dates=['InvoiceDate'], dtype={'Invoice': str})
parse = time.perf_counter() - t0
def recipe(df):
    df = df[df['Customer ID'].notna()]
    df = df[~df['Invoice'].str.startswith('C') & (df['Quantity'] >= 0)]
    df = df[df['Price'] > 0]
    df = df.assign(Amount=df['Quantity'] * df['Price'], Day=df['InvoiceDate'].dt.normalize())
    snapshot = df['Day'].max() + pd.Timedelta(days=1)
    g = df.groupby('Customer ID').agg(Last=('Day', 'max'), Frequency=('Invoice', 'nunique'), Monetary=('Amount', 'sum'))
    g['Recency'] = (snapshot - g['Last']).dt.days
    g['R'] = pd.qcut(g['Recency'].rank(method='first'), 5, labels=[5, 4, 3, 2, 1])
    g['F'] = pd.qcut(g['Frequency'].rank(method='first'), 5, labels=[1, 2, 3, 4, 5])
    g['M'] = pd.qcut(g['Monetary'].rank(method='first'), 5, labels=[1, 2, 3, 4, 5])
    return g
best = float('inf')
for _ in range(repeats):
    t0 = time.perf_counter(); g = recipe(raw); best = min(best, time.perf_counter() - t0)
print(json.dumps({'parse': parse, 'seconds': best, 'customers': len(g), 'monetary': float(g['Monetary'].sum()), 'frequency': int(g['Frequency'].sum()), 'recencySum': int(g['Recency'].sum())}))
`;

function pandas(csvPath) {
  try {
    return JSON.parse(execFileSync('/usr/bin/python3', ['-c', PYTHON, csvPath, String(repeats)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  } catch (error) {
    console.log(`  pandas unavailable (${String(error.message).split('\n')[0]}); apt-get install python3-pandas`);
    return null;
  }
}

function report(name, parse, ours, anchor) {
  console.log(`\n${name}`);
  console.log(`  parse (CSV text → Table): ours ${parse.toFixed(2)} s` + (anchor ? `, pandas read_csv ${anchor.parse.toFixed(2)} s` : ''));
  console.log(`  RFM engine (best of ${repeats}): ours ${ours.seconds.toFixed(3)} s` + (anchor ? `, pandas ${anchor.seconds.toFixed(3)} s → ours / pandas = ${(ours.seconds / anchor.seconds).toFixed(2)}×` : ''));
  const same = anchor && anchor.customers === ours.customers && anchor.frequency === ours.frequency && anchor.recencySum === ours.recencySum && Math.abs(anchor.monetary - ours.monetary) < 1e-6 * Math.abs(anchor.monetary);
  console.log(`  customers ${ours.customers}, Σ frequency ${ours.frequency}, Σ recency ${ours.recencySum}, Σ monetary ${ours.monetary.toFixed(2)}` + (anchor ? (same ? ' (pandas agrees)' : ` — pandas differs: ${JSON.stringify(anchor)}`) : ''));
}

// 1. The Online Retail II piece, gunzipped here.
{
  const gz = resolve(shared, 'datasets/online_retail_ii_2009_2010.csv.gz');
  const csvPath = resolve(out, 'online_retail_ii_2009_2010.csv');
  const text = gunzipSync(readFileSync(gz)).toString('utf8');
  writeFileSync(csvPath, text);
  const t0 = performance.now();
  const cells = readCsv(text);
  const table = buildTable(cells.values, { numberFormats: cells.numberFormats, header: true });
  report(`Online Retail II, ${table.rowCount.toLocaleString('en-US')} rows`, seconds(t0), timeEngine(table), pandas(csvPath));
}

// 2. A seeded synthetic table of 1,048,576 transactions (Excel's full height, plus the header row), 60,000
// customers, invoices of 1–20 lines, 2 % of invoices cancelled ("C" + number, negative quantities),
// 3 % of rows without a customer, 0.5 % with a zero price, two years of timestamps.
{
  const rows = 1_048_576;
  const random = createRandom(20_240_301);
  const int = (lo, hi) => lo + Math.floor(random.next() * (hi - lo + 1));
  const DAY0 = 40_148; // 2009-12-01
  const header = ['Invoice', 'Customer ID', 'InvoiceDate', 'Quantity', 'Price'];
  const values = [header];
  const formats = [header.map(() => 'General')];
  const rowFormat = ['General', 'General', 'yyyy-mm-dd hh:mm', 'General', 'General'];
  const csv = [header.join(',')];
  const iso = (serial) => new Date(Math.round((serial - 25_569) * 86_400) * 1000).toISOString().slice(0, 19).replace('T', ' ');
  let invoice = 500_000;
  while (values.length <= rows) {
    invoice++;
    const lines = Math.min(int(1, 20), rows + 1 - values.length);
    const cancelled = random.next() < 0.02;
    const customer = random.next() < 0.03 ? '' : int(10_000, 69_999);
    const when = DAY0 + int(0, 729) + int(8 * 60, 19 * 60) / 1440;
    const id = cancelled ? `C${invoice}` : invoice;
    for (let l = 0; l < lines; l++) {
      const quantity = int(1, 24) * (cancelled ? -1 : 1);
      const price = random.next() < 0.005 ? 0 : int(10, 2_000) / 100;
      values.push([id, customer, when, quantity, price]);
      formats.push(rowFormat);
      csv.push(`${id},${customer},${iso(when)},${quantity},${price}`);
    }
  }
  const csvPath = resolve(out, 'rfm-synthetic.csv');
  writeFileSync(csvPath, csv.join('\n') + '\n');
  const t0 = performance.now();
  const table = buildTable(values, { numberFormats: formats, header: true });
  report(`Synthetic, ${table.rowCount.toLocaleString('en-US')} rows (target: ≤ 1.0× pandas and under 2 s)`, seconds(t0), timeEngine(table), pandas(csvPath));
}
