/** Excel's rules for table names, which share the workbook's namespace of defined names. */
import { SimError } from './errors';
import type { WorkbookModel } from './model';

/**
 * Throws when Excel would refuse `name` for a table: it must start with a letter, "_" or "\", hold only
 * letters, digits, "_" and ".", be at most 255 characters, not look like a cell reference ("A1", "R1C1"),
 * and be unique among tables ignoring case. `exceptId` is the table being renamed.
 */
export function checkTableName(workbook: WorkbookModel, name: string, exceptId?: string): void {
  const quoted = JSON.stringify(name);
  if (name.length === 0 || name.length > 255 || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) {
    throw new SimError('InvalidArgument', `The table name ${quoted} is not valid: start with a letter or "_", then use only letters, digits, "_" and "." (no spaces), up to 255 characters.`);
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) {
    throw new SimError('InvalidArgument', `The table name ${quoted} looks like a cell reference; add a word such as "tbl_${name}".`);
  }
  const clash = workbook.tables.find((t) => t.id !== exceptId && t.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new SimError('ItemAlreadyExists', `A table named "${clash.name}" already exists in this workbook (names are compared ignoring case); choose another name.`);
}

/** The first free default name: "Table1", "Table2", … */
export function defaultTableName(workbook: WorkbookModel): string {
  const taken = new Set(workbook.tables.map((t) => t.name.toLowerCase()));
  let n = 1;
  while (taken.has(`table${n}`)) n++;
  return `Table${n}`;
}
