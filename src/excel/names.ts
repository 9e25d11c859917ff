/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not blank, no leading/trailing apostrophe. */
export const MAX_SHEET_NAME = 31;
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * A valid sheet name close to `wanted` that no sheet in `taken` has (Excel compares ignoring case):
 * forbidden characters become spaces, the name is cut to fit, and " (2)", " (3)"… is added on a collision.
 * @example uniqueSheetName('Clusters', ['clusters']) // 'Clusters (2)'
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const base = wanted.replace(SHEET_FORBIDDEN, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Excel refuses a table name that reads as a cell reference: "A1", "RFM2", "R1C1", "R", "C". */
function looksLikeCell(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*([Cc]\d*)?$/.test(name);
}

/**
 * A valid Excel table name close to `wanted`, unique in the workbook (ignoring case): letters, digits,
 * underscores and periods, starting with a letter or underscore, not shaped like a cell reference ("A1", "R1C1")
 * even once numbered: a second "RFM" table is "RFM_2", since "RFM2" is a cell.
 * @example uniqueTableName('Cluster profile', ['Cluster_profile']) // 'Cluster_profile2'
 */
export function uniqueTableName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  let base = wanted.replace(/[^A-Za-z0-9_.]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 200) || 'Table';
  if (!/^[A-Za-z_]/.test(base) || looksLikeCell(base)) base = `_${base}`;
  for (let i = 1; ; i++) {
    const numbered = i === 1 ? base : `${base}${i}`;
    const name = looksLikeCell(numbered) ? `${base}_${i}` : numbered;
    if (!used.has(name.toLowerCase())) return name;
  }
}
