import type { Problem } from '../problem';
import type { DateOrder } from './date-order';
import type { ColumnType } from './types';

/** Cells of one sort found in a column: how many, the first one's address and its text as typed. */
export interface Finding {
  readonly count: number;
  readonly cell?: string;
  readonly example: string;
}

/** What reading a column found, in the terms its warnings quote. */
export interface ColumnFindings {
  readonly name: string;
  readonly type: ColumnType;
  /** Every data cell is blank, an error or non-finite. */
  readonly empty: boolean;
  readonly numbersAsText: Finding;
  readonly datesAsText: Finding;
  readonly booleansAsText: Finding;
  readonly mismatched: Finding & { readonly allText: boolean };
  readonly errors: Finding;
  readonly nonFinite: Finding;
  /** How numeric dates as text were ordered, when a cell showed it ('data') or nothing did ('assumed'); the finding is that cell. */
  readonly dateOrder?: Finding & { readonly order: DateOrder; readonly basis: 'data' | 'assumed' };
}

/**
 * The warnings for one column: each names the column, the count, the first cell (quoting it) and
 * what was done or what to do. Blanks alone are not warned about: analyses report missing values
 * in the columns they use.
 * @example columnWarnings({ name: 'Age', numbersAsText: { count: 1, cell: 'B3', example: '39' }, … })
 * // → [{ code: 'numbers-as-text', message: "Column 'Age' has 1 number stored as text (first at B3: '39'); it was read as a number." }]
 */
export function columnWarnings(f: ColumnFindings): Problem[] {
  const { name } = f;
  const warnings: Problem[] = [];
  const say = (code: string, finding: Finding, message: string): void => {
    warnings.push({ code, column: name, cell: finding.cell, message });
  };
  const first = (finding: Finding): string => `first at ${finding.cell}: '${finding.example}'`;
  if (f.empty) {
    warnings.push({ code: 'column-empty', column: name, message: `Column '${name}' has no values (every cell is blank, an error or not a finite number); it is read as empty text. Exclude it or fill it in.` });
  }
  if (f.numbersAsText.count > 0) {
    const n = f.numbersAsText.count;
    say('numbers-as-text', f.numbersAsText, `Column '${name}' has ${plural(n, 'number')} stored as text (${first(f.numbersAsText)}); ${n === 1 ? 'it was read as a number' : 'they were read as numbers'}.`);
  }
  if (f.datesAsText.count > 0) {
    const n = f.datesAsText.count;
    const order = f.dateOrder?.basis === 'data' ? `, ${f.dateOrder.order === 'dmy' ? 'day' : 'month'} first (as '${f.dateOrder.example}' at ${f.dateOrder.cell} shows)` : '';
    say('dates-as-text', f.datesAsText, `Column '${name}' has ${plural(n, 'date')} stored as text (${first(f.datesAsText)}); ${n === 1 ? 'it was read as a date' : 'they were read as dates'}${order}.`);
  }
  if (f.dateOrder?.basis === 'assumed') {
    const { order, cell, example } = f.dateOrder;
    const reading = order === 'mdy' ? 'month first (m/d/y)' : 'day first (d/m/y)';
    warnings.push({
      code: 'date-order-assumed',
      column: name,
      cell,
      message: `Column '${name}' has dates such as '${example}' (${cell}) that read either day first or month first; they were read ${reading}, as the dateOrder option '${order}' says. If that is wrong, set dateOrder to '${order === 'mdy' ? 'dmy' : 'mdy'}'.`,
    });
  }
  if (f.booleansAsText.count > 0) {
    say('booleans-as-text', f.booleansAsText, `Column '${name}' holds TRUE/FALSE as text (first at ${f.booleansAsText.cell}); it was read as a TRUE/FALSE column.`);
  }
  if (f.mismatched.count > 0) {
    const n = f.mismatched.count;
    const what = f.mismatched.allText ? `text ${n === 1 ? 'cell' : 'cells'}` : `${n === 1 ? 'cell that is' : 'cells that are'} not ${typeNoun(f.type)}`;
    say('mismatched-cells', f.mismatched, `Column '${name}' has ${n} ${what} (${first(f.mismatched)}); ${n === 1 ? 'it is' : 'they are'} treated as missing — clean them or exclude the column.`);
  }
  if (f.errors.count > 0) {
    const n = f.errors.count;
    say('excel-errors', f.errors, `Column '${name}' has ${plural(n, 'error value')} such as ${f.errors.example} (first at ${f.errors.cell}); ${n === 1 ? 'it is' : 'they are'} treated as missing — fix the formulas or exclude the column.`);
  }
  if (f.nonFinite.count > 0) {
    const n = f.nonFinite.count;
    say('non-finite', f.nonFinite, `Column '${name}' has ${plural(n, 'NaN or infinite value')} (first at ${f.nonFinite.cell}); ${n === 1 ? 'it is' : 'they are'} treated as missing.`);
  }
  return warnings;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function typeNoun(type: ColumnType): string {
  return type === 'number' ? 'a number' : type === 'date' ? 'a date' : type === 'boolean' ? 'TRUE/FALSE' : 'text';
}
