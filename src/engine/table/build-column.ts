import type { Problem } from '../problem';
import { dataCellAddress } from './address';
import { CellKind, isPresent } from './cell-kind';
import type { ClassifiedColumn } from './classify-column';
import { chooseColumnType, countKinds, fitsType } from './column-type';
import { chooseDateOrder, type DateOrder, type DateOrderChoice } from './date-order';
import type { Column, ColumnIssues, ColumnType, Table } from './types';

/** Everything needed to turn one classified column into a typed Column. */
export interface ColumnSource {
  readonly values: readonly (readonly unknown[])[];
  readonly index: number;
  readonly name: string;
  readonly letter: string;
  readonly cells: ClassifiedColumn;
  readonly place: Pick<Table, 'origin' | 'hasHeader'>;
  readonly dateOrder: DateOrder;
}

/** A typed column and what the reader has to tell the person about it. */
export interface BuiltColumn {
  readonly column: Column;
  readonly warnings: readonly Problem[];
}

/** Counts and first cells as they accumulate, before they become readonly ColumnIssues. */
interface Tally {
  count: number;
  first: number;
}

/**
 * Type one column (see chooseColumnType), fill its storage and count its issues in one pass over
 * the data rows. Cells that do not fit the type become missing (NaN / null) and are counted.
 */
export function buildColumn(source: ColumnSource): BuiltColumn {
  const { cells, place } = source;
  const start = place.hasHeader ? 1 : 0;
  const rowCount = cells.kinds.length - start;
  const type = chooseColumnType(countKinds(cells.kinds, start));
  const order = type === 'date' ? chooseDateOrder(cells.kinds, cells.numbers, cells.dayFirst, start, source.dateOrder) : undefined;
  const dates = order?.order === 'dmy' ? cells.dayFirst : cells.numbers;

  const tally = (): Tally => ({ count: 0, first: -1 });
  const blanks = tally(), errors = tally(), nonFinite = tally(), numbersAsText = tally(), datesAsText = tally(), mismatched = tally(), booleansAsText = tally();
  const note = (t: Tally, row: number): void => {
    if (t.count++ === 0) t.first = row;
  };
  let mismatchedAllText = true;
  let firstErrorText = '';

  const numeric = type === 'text' ? undefined : new Float64Array(rowCount).fill(NaN);
  const text = type === 'text' ? new Array<string | null>(rowCount).fill(null) : undefined;
  for (let i = 0; i < rowCount; i++) {
    const r = i + start;
    const kind = cells.kinds[r] as number;
    if (!isPresent(kind)) {
      if (kind === CellKind.blank) note(blanks, i);
      else if (kind === CellKind.nonFinite) note(nonFinite, i);
      else {
        if (errors.count === 0) firstErrorText = String(cellValue(source, r));
        note(errors, i);
      }
      continue;
    }
    const value = type === 'date' && kind === CellKind.dateText ? (dates[r] as number) : (cells.numbers[r] as number);
    if (!fitsType(kind, type) || (numeric && Number.isNaN(value))) {
      note(mismatched, i);
      if (kind < CellKind.numberText) mismatchedAllText = false;
      continue;
    }
    if (text) {
      text[i] = cellText(cellValue(source, r));
      continue;
    }
    (numeric as Float64Array)[i] = value;
    if (kind === CellKind.numberText) note(numbersAsText, i);
    else if (kind === CellKind.dateText) note(datesAsText, i);
    else if (kind === CellKind.booleanText) note(booleansAsText, i);
  }

  const at = (t: Tally): string | undefined => (t.count === 0 ? undefined : dataCellAddress(place, t.first, source.index));
  const issues: ColumnIssues = {
    blanks: blanks.count, firstBlank: at(blanks),
    errors: errors.count, firstError: at(errors),
    numbersAsText: numbersAsText.count, firstNumberAsText: at(numbersAsText),
    datesAsText: datesAsText.count, firstDateAsText: at(datesAsText),
    mismatched: mismatched.count, firstMismatched: at(mismatched),
    nonFinite: nonFinite.count, firstNonFinite: at(nonFinite),
  };
  const base = { name: source.name, index: source.index, letter: source.letter, issues };
  const column: Column = text ? { ...base, type: 'text', values: text } : { ...base, type: type as Exclude<ColumnType, 'text'>, values: numeric as Float64Array };

  const say = (code: string, t: Tally, message: string): Problem => ({ code, column: source.name, cell: at(t), message });
  const quoted = (t: Tally): string => `'${String(cellValue(source, t.first + start)).trim()}'`;
  const name = source.name;
  const warnings: Problem[] = [];
  if (allMissing(rowCount, blanks, errors, nonFinite)) {
    warnings.push({ code: 'column-empty', column: name, message: `Column '${name}' has no values (every cell is blank, an error or not a finite number); it is read as empty text. Exclude it or fill it in.` });
  }
  if (numbersAsText.count > 0) {
    warnings.push(say('numbers-as-text', numbersAsText, `Column '${name}' has ${plural(numbersAsText.count, 'number')} stored as text (first at ${at(numbersAsText)}: ${quoted(numbersAsText)}); ${they(numbersAsText.count)} read as ${numbersAsText.count === 1 ? 'a number' : 'numbers'}.`));
  }
  if (datesAsText.count > 0) {
    warnings.push(say('dates-as-text', datesAsText, `Column '${name}' has ${plural(datesAsText.count, 'date')} stored as text (first at ${at(datesAsText)}: ${quoted(datesAsText)}); ${they(datesAsText.count)} read as ${datesAsText.count === 1 ? 'a date' : 'dates'}${orderNote(order, source, start)}.`));
  }
  if (order?.basis === 'assumed') warnings.push(assumedOrderWarning(order, source, start));
  if (booleansAsText.count > 0) {
    warnings.push(say('booleans-as-text', booleansAsText, `Column '${name}' holds TRUE/FALSE as text (first at ${at(booleansAsText)}); it was read as a TRUE/FALSE column.`));
  }
  if (mismatched.count > 0) {
    const what = mismatchedAllText ? `text ${mismatched.count === 1 ? 'cell' : 'cells'}` : `${mismatched.count === 1 ? 'cell' : 'cells'} that ${mismatched.count === 1 ? 'is' : 'are'} not ${typeNoun(type)}`;
    warnings.push(say('mismatched-cells', mismatched, `Column '${name}' has ${mismatched.count} ${what} (first at ${at(mismatched)}: ${quoted(mismatched)}); ${theyAre(mismatched.count)} treated as missing — clean them or exclude the column.`));
  }
  if (errors.count > 0) {
    warnings.push(say('excel-errors', errors, `Column '${name}' has ${plural(errors.count, 'error value')} such as ${firstErrorText} (first at ${at(errors)}); ${theyAre(errors.count)} treated as missing — fix the formulas or exclude the column.`));
  }
  if (nonFinite.count > 0) {
    warnings.push(say('non-finite', nonFinite, `Column '${name}' has ${plural(nonFinite.count, 'NaN or infinite value')} (first at ${at(nonFinite)}); ${theyAre(nonFinite.count)} treated as missing.`));
  }
  return { column, warnings };
}

function allMissing(rowCount: number, ...missing: Tally[]): boolean {
  return rowCount > 0 && missing.reduce((sum, t) => sum + t.count, 0) === rowCount;
}

function cellValue(source: ColumnSource, r: number): unknown {
  return (source.values[r] as readonly unknown[])[source.index];
}

/** A present cell as text: strings as typed, numbers in JavaScript's shortest form, booleans as Excel shows them. */
function cellText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function they(count: number): string {
  return count === 1 ? 'it was' : 'they were';
}

function theyAre(count: number): string {
  return count === 1 ? 'it is' : 'they are';
}

function typeNoun(type: ColumnType): string {
  return type === 'number' ? 'a number' : type === 'date' ? 'a date' : type === 'boolean' ? 'TRUE/FALSE' : 'text';
}

function orderNote(order: DateOrderChoice | undefined, source: ColumnSource, start: number): string {
  if (order?.basis !== 'data' || order.evidenceRow === undefined) return '';
  const cell = dataCellAddress(source.place, order.evidenceRow - start, source.index);
  const evidence = String(cellValue(source, order.evidenceRow)).trim();
  return `, ${order.order === 'dmy' ? 'day' : 'month'} first (as '${evidence}' at ${cell} shows)`;
}

function assumedOrderWarning(order: DateOrderChoice, source: ColumnSource, start: number): Problem {
  const row = order.evidenceRow as number;
  const cell = dataCellAddress(source.place, row - start, source.index);
  const example = String(cellValue(source, row)).trim();
  const reading = order.order === 'mdy' ? 'month first (m/d/y)' : 'day first (d/m/y)';
  const other = order.order === 'mdy' ? 'dmy' : 'mdy';
  return {
    code: 'date-order-assumed',
    column: source.name,
    cell,
    message: `Column '${source.name}' has dates such as '${example}' (${cell}) that read either day first or month first; they were read ${reading}, as the dateOrder option '${order.order}' says. If that is wrong, set dateOrder to '${other}'.`,
  };
}
