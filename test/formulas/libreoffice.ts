/**
 * LibreOffice Calc as the real spreadsheet engine behind the formula tests. The in-memory host's sheets are written
 * as .xlsx with no cached formula results (./xlsx-export.ts); LibreOffice opens each file headless in a fresh
 * profile set to always recalculate OOXML files on load, saves it as .xlsx again, and the tests read every cell
 * back at full precision (./xlsx-import.ts). A canary formula on each sheet proves the recalculation happened.
 * One soffice start converts every file of a call, because starting it costs seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SheetState } from '../../src/sim';
import { sheetsToXlsx, type XlsxLayout } from './xlsx-export';
import { readRecalculated, type CellGrid } from './xlsx-import';

export { CANARY_FORMULA } from './xlsx-export';
export type { CellGrid } from './xlsx-import';

/** Whether soffice is on the PATH. Under CI=true the tests fail rather than skip without it (.ci/run installs it). */
export function hasLibreOffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The fresh profile's settings. Formula/Load/OOXMLRecalcMode (officecfg Calc.xcs) is 0 for "always recalculate",
 * 1 ("never", the default) keeps every cached result. The locale is pinned to en-US so the probes' TEXT and VALUE
 * read "." as the decimal point whatever the machine's.
 */
function profileSettings(alwaysRecalculate: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${alwaysRecalculate ? 0 : 1}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;
}

/**
 * Each workbook (all its sheets, so formulas may refer across them) recalculated by LibreOffice, by the key it was
 * given and then by sheet name. `alwaysRecalculate: false` loads with LibreOffice's default instead, which only
 * the harness's own test wants: there the canary must stop the read.
 * @example const { book } = await recalculateWorkbooks({ book: host.exportState().sheets }); book['Score new rows']
 */
export async function recalculateWorkbooks(
  books: Readonly<Record<string, readonly SheetState[]>>,
  { alwaysRecalculate = true }: { readonly alwaysRecalculate?: boolean } = {},
): Promise<Record<string, Record<string, CellGrid>>> {
  const dir = mkdtempSync(join(tmpdir(), 'segments-lo-'));
  try {
    mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), profileSettings(alwaysRecalculate));
    mkdirSync(join(dir, 'in'));
    const layouts: Record<string, XlsxLayout> = {};
    const files = await Promise.all(
      Object.entries(books).map(async ([key, sheets]) => {
        const { bytes, layout } = await sheetsToXlsx(sheets);
        layouts[key] = layout;
        const file = join(dir, 'in', `${key}.xlsx`);
        writeFileSync(file, bytes);
        return file;
      }),
    );
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), ...files], { stdio: 'ignore', timeout: 300_000 });
    const read = await Promise.all(Object.keys(books).map(async (key) => [key, await readRecalculated(readFileSync(join(dir, 'out', `${key}.xlsx`)), layouts[key] as XlsxLayout)] as const));
    return Object.fromEntries(read);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each sheet recalculated on its own, by the key it was given, as the text of its cells: numbers in JavaScript's
 * shortest exact form (Number(cell) gives the double back), TRUE/FALSE, errors as "#DIV/0!", '' when empty.
 * Kept for the tests that compare text (rfm.test.ts); the others take typed cells from recalculateWorkbooks.
 * @example const { kmeans } = await recalculate({ kmeans: sheet }); Number(kmeans[5][7])
 */
export async function recalculate(sheets: Readonly<Record<string, SheetState>>): Promise<Record<string, string[][]>> {
  const books = await recalculateWorkbooks(Object.fromEntries(Object.entries(sheets).map(([key, sheet]) => [key, [sheet]])));
  const text = (cell: number | string | boolean): string => (typeof cell === 'boolean' ? String(cell).toUpperCase() : String(cell));
  return Object.fromEntries(Object.entries(sheets).map(([key, sheet]) => [key, (books[key]?.[sheet.name] ?? []).map((row) => row.map(text))]));
}
