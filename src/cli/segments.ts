import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { InputError, type Problem } from '../engine/problem';
import { analysisKinds, runRecipe } from '../engine/recipe/registry';
import type { Progress } from '../engine/recipe/types';
import { buildTable } from '../engine/table/build';
import { VERSION } from '../engine/version';
import { runToWorkbook } from '../excel/run-to-workbook';
import { createExcelHost, createWorkbook, type ExcelHost } from '../sim';
import { csvWorkbook } from './csv-workbook';
import { readCsv } from './read-csv';

const USAGE = `Segments ${VERSION} — customer segments computed locally.

Usage:
  segments run <recipe.json> --input <data.csv> [--out report.json] [--workbook state.json]

  <recipe.json>   what to run, e.g. {"kind": "kmeans", "columns": ["Age", "Annual Income (k$)"], "k": "auto"}
  --input         a CSV file whose first row is the header (.csv or .csv.gz)
  --out           write the whole report (recipe, summary, warnings, sheets, result) as JSON
  --workbook      run as the add-in does, against an in-memory workbook whose first sheet holds the CSV,
                  and save that workbook (sheets, tables, charts, stored run record) and the request log as JSON

Analyses: ${analysisKinds().join(', ')}.`;

/** Exit codes: 0 done, 1 the input or recipe has problems (printed), 2 the command was used wrongly. */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { input: { type: 'string' }, out: { type: 'string' }, workbook: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usage((e as Error).message);
  }
  const [command, recipePath] = parsed.positionals;
  if (parsed.values.help) return usage();
  if (command !== 'run' || !recipePath || !parsed.values.input) return usage(command && command !== 'run' ? `Unknown command '${command}'.` : 'Missing the recipe file or --input.');

  const recipe = readJson(recipePath);
  if (!recipe.ok) return report([{ code: 'recipe-file', message: recipe.message }]);
  const inputPath = parsed.values.input;
  let text: string;
  try {
    const bytes = readFileSync(inputPath);
    text = (inputPath.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (e) {
    return report([{ code: 'input-file', message: `Cannot read the input file '${inputPath}': ${(e as Error).message}` }]);
  }
  const cells = readCsv(text);
  const onProgress = (p: Progress): void => {
    if (process.stderr.isTTY) process.stderr.write(`\r${p.phase.padEnd(40)} ${Math.round(p.fraction * 100)}%`);
  };
  let outcome;
  let host: ExcelHost | undefined;
  try {
    if (parsed.values.workbook) {
      host = createExcelHost(createWorkbook(csvWorkbook(cells, basename(inputPath))));
      // The simulated host models every API the writer may use, so it reports every requirement set as supported.
      outcome = await runToWorkbook(host.run, recipe.value, { read: { header: true }, supportsExcelApi: () => true, onProgress });
    } else {
      const table = buildTable(cells.values, { numberFormats: cells.numberFormats, header: true, origin: { sheet: basename(inputPath), row: 0, col: 0 } });
      const withSource = { source: basename(inputPath), ...(recipe.value as object) };
      outcome = runRecipe(withSource, table, { onProgress });
    }
    if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(50) + '\r');
  } catch (e) {
    if (e instanceof InputError) return report(e.problems);
    throw e;
  }
  if (!outcome.ok) return report(outcome.problems);
  const { report: result } = outcome;
  console.log(result.summary.join('\n'));
  if (result.warnings.length > 0) {
    console.log('\nWarnings:');
    for (const w of result.warnings) console.log(`  - ${w.message}`);
  }
  console.log(`\nSheets: ${result.sheets.map((s) => s.name).join(', ')}`);
  if (parsed.values.out) {
    writeFileSync(parsed.values.out, JSON.stringify(result, null, 1));
    console.log(`Report written to ${parsed.values.out}`);
  }
  if (host && parsed.values.workbook) {
    writeFileSync(parsed.values.workbook, JSON.stringify({ state: host.exportState(), requestLog: host.requestLog }, null, 1));
    console.log(`Workbook written to ${parsed.values.workbook} (${host.requestLog.length} syncs)`);
  }
  return 0;
}

function readJson(path: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, message: `Cannot read the recipe file '${path}': ${(e as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: `The recipe file '${path}' is not valid JSON: ${(e as Error).message}` };
  }
}

function report(problems: readonly Problem[]): number {
  console.error('Segments could not run this recipe:');
  for (const p of problems) console.error(`  - ${p.message}`);
  return 1;
}

function usage(error?: string): number {
  if (error) console.error(`${error}\n`);
  (error ? console.error : console.log)(USAGE);
  return error ? 2 : 0;
}

process.exitCode = await main(process.argv.slice(2));
