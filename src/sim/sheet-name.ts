/** Excel's rules for worksheet names. */
import { SimError } from './errors';
import { MAX_SHEET_NAME_LENGTH, SHEET_NAME_FORBIDDEN } from './limits';
import type { WorkbookModel } from './model';

/**
 * Throws the error Excel gives for a name it refuses: empty, longer than 31 characters, containing one of
 * `[]:*?/\`, starting or ending with an apostrophe, the reserved "History", or already used by another sheet
 * (ignoring case). `exceptId` is the sheet being renamed.
 */
export function checkSheetName(workbook: WorkbookModel, name: string, exceptId?: string): void {
  const quoted = JSON.stringify(name);
  if (name.trim() === '') throw new SimError('InvalidArgument', 'A worksheet name cannot be blank; give the sheet a name.');
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    throw new SimError('InvalidArgument', `The worksheet name ${quoted} has ${name.length} characters; Excel allows at most ${MAX_SHEET_NAME_LENGTH}. Shorten it.`);
  }
  const bad = SHEET_NAME_FORBIDDEN.filter((ch) => name.includes(ch));
  if (bad.length > 0) {
    throw new SimError('InvalidArgument', `The worksheet name ${quoted} contains ${bad.map((c) => `"${c}"`).join(', ')}; Excel does not allow any of [ ] : * ? / \\ in sheet names. Remove them.`);
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    throw new SimError('InvalidArgument', `The worksheet name ${quoted} starts or ends with an apostrophe, which Excel does not allow. Remove it.`);
  }
  if (name.toLowerCase() === 'history') throw new SimError('InvalidArgument', 'Excel reserves the worksheet name "History"; choose another name.');
  const clash = workbook.sheets.find((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase());
  if (clash) {
    throw new SimError('ItemAlreadyExists', `A worksheet named "${clash.name}" already exists (names are compared ignoring case); choose another name for ${quoted}.`);
  }
}

/** The first free default name: "Sheet1", "Sheet2", … */
export function defaultSheetName(workbook: WorkbookModel): string {
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  let n = 1;
  while (taken.has(`sheet${n}`)) n++;
  return `Sheet${n}`;
}
