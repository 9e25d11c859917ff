/**
 * The ExcelApi requirement set that introduced a member of an Excel class, read from the
 * `[Api set: ExcelApi x.y]` remark in @types/office-js, so the manifest's minimum set is checked
 * against the typings rather than against memory.
 */

/**
 * The ExcelApi version (e.g. "1.8") in the doc comment of `Excel.<className>.<member>`.
 * @example excelApiSetOf(dts, 'Chart', 'displayBlanksAs') // → '1.8'
 */
export function excelApiSetOf(dts: string, className: string, member: string): string {
  const excel = dts.indexOf('\ndeclare namespace Excel {');
  const classStart = dts.indexOf(`\n    class ${className} extends`, excel);
  if (excel < 0 || classStart < 0) throw new Error(`class Excel.${className} not found in the office-js typings`);
  const classEnd = dts.indexOf('\n    }\n', classStart);
  const body = dts.slice(classStart, classEnd);
  const declaration = new RegExp(`\\n {8}(?:readonly )?${member}[(:?<]`).exec(body);
  if (declaration === null) throw new Error(`member ${member} not found in Excel.${className}`);
  const comment = body.slice(body.lastIndexOf('/**', declaration.index), declaration.index);
  const set = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(comment);
  if (set?.[1] === undefined) throw new Error(`Excel.${className}.${member} has no ExcelApi remark`);
  return set[1];
}

/**
 * Compares two requirement-set versions numerically ("1.10" is after "1.9").
 * @example compareVersions('1.10', '1.9') // → 1
 */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return Math.sign(aMajor - bMajor || aMinor - bMinor);
}
