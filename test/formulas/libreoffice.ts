/**
 * LibreOffice Calc as the real spreadsheet engine behind the formula tests: a sheet of the in-memory host is
 * written as a flat ODS file (plain XML; formulas kept in Excel's own syntax through the "msoxl:" namespace,
 * with no cached results), LibreOffice opens and recalculates it headless in a fresh profile and saves it as
 * CSV with every number at full precision (15 significant digits, not as shown), and the test reads that back.
 * One soffice start converts every file of a call, because starting it costs seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import type { SheetState } from '../../src/sim';

/** The formula put at the sheet's top right to prove that LibreOffice recalculated: it reads 3 only if it did. */
export const CANARY_FORMULA = '=ROWS(A1:A3)';

/** Whether soffice is on the PATH. Under CI=true the tests fail rather than skip without it (.ci/run installs it). */
export function hasLibreOffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

type Cell = { value: number | string | boolean } | { formula: string };

/** The sheet's cells by position: values from the origin, formulas from their (possibly ranged) addresses. */
function cellsOf(sheet: SheetState): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const origin = parseA1(sheet.origin ?? 'A1');
  (sheet.values ?? []).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && typeof v !== 'object' && v !== '') cells.set(`${origin.row + r},${origin.col + c}`, { value: v });
    }),
  );
  for (const [address, formula] of Object.entries(sheet.formulas ?? {})) {
    const [a, b = a] = address.split(':') as [string, string?];
    const from = parseA1(a);
    const to = parseA1(b);
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) cells.set(`${r},${c}`, { formula });
  }
  return cells;
}

function cellXml(cell: Cell | undefined): string {
  if (!cell) return '<table:table-cell/>';
  if ('formula' in cell) return `<table:table-cell table:formula="msoxl:${escapeXml(cell.formula)}"/>`;
  const v = cell.value;
  if (typeof v === 'number') return `<table:table-cell office:value-type="float" office:value="${String(v)}"/>`;
  // Without a boolean number format LibreOffice loads TRUE/FALSE as plain 1/0, so ISLOGICAL would read FALSE where Excel reads TRUE.
  if (typeof v === 'boolean') return `<table:table-cell table:style-name="cb" office:value-type="boolean" office:boolean-value="${String(v)}"/>`;
  return `<table:table-cell office:value-type="string"><text:p>${escapeXml(v)}</text:p></table:table-cell>`;
}

/**
 * One sheet as a flat ODS document, with the canary formula one column right of the widest row, in row 1.
 * @example sheetToFods(state.sheets[1]) // '<?xml …<table:table table:name="Score new rows">…'
 */
export function sheetToFods(sheet: SheetState): { xml: string; canary: { row: number; col: number } } {
  const cells = cellsOf(sheet);
  let rows = 0;
  let cols = 0;
  for (const key of cells.keys()) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  const canary = { row: 0, col: cols };
  cells.set(`0,${cols}`, { formula: CANARY_FORMULA });
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c <= cols; c++) row.push(cellXml(cells.get(`${r},${c}`)));
    body.push(`<table:table-row>${row.join('')}</table:table-row>`);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:msoxl="http://schemas.microsoft.com/office/excel/formula" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><number:boolean-style style:name="NB"><number:boolean/></number:boolean-style><style:style style:name="cb" style:family="table-cell" style:data-style-name="NB"/></office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="${escapeXml(sheet.name)}">
${body.join('\n')}
</table:table></office:spreadsheet></office:body></office:document>
`;
  return { xml, canary };
}

/** CSV export options: comma, double quote, UTF-8, from row 1, text quoted, full precision rather than as shown. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false';

/**
 * Every sheet recalculated by LibreOffice, as the text of its cells (rows and columns as on the sheet), by the
 * key it was given. Throws when the canary shows that a sheet was loaded without recalculating.
 */
export function recalculate(sheets: Readonly<Record<string, SheetState>>): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'segments-lo-'));
  try {
    const canaries: Record<string, { row: number; col: number }> = {};
    const files = Object.entries(sheets).map(([key, sheet]) => {
      const { xml, canary } = sheetToFods(sheet);
      canaries[key] = canary;
      const file = join(dir, `${key}.fods`);
      writeFileSync(file, xml);
      return file;
    });
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', join(dir, 'out'), ...files], { stdio: 'ignore', timeout: 300_000 });
    return Object.fromEntries(
      Object.keys(sheets).map((key) => {
        const rows = Papa.parse<string[]>(readFileSync(join(dir, 'out', `${key}.csv`), 'utf8')).data;
        const canary = canaries[key] as { row: number; col: number };
        const seen = rows[canary.row]?.[canary.col];
        if (seen !== '3') throw new Error(`LibreOffice did not recalculate ${key}: the canary ${CANARY_FORMULA} reads '${String(seen)}', not 3.`);
        return [key, rows];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
