import type { Problem } from '../problem';
import { dataCellAddress } from './address';
import { CellKind, isPresent } from './cell-kind';
import { valueText } from './cell-text';
import type { ClassifiedColumn } from './classify-columns';
import { chooseColumnType, countKinds, fitsTable } from './column-type';
import { columnWarnings, type Finding } from './column-warnings';
import { chooseDateOrder, type DateOrder } from './date-order';
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
 * A numeric column's storage is `cells.numbers` itself, corrected in place and viewed from the
 * first data row: a million-row column is not copied.
 */
export function buildColumn(source: ColumnSource): BuiltColumn {
  const { cells, place } = source;
  const { kinds, numbers } = cells;
  const start = place.hasHeader ? 1 : 0;
  const rowCount = kinds.length - start;
  const type = chooseColumnType(countKinds(kinds, start));
  const order = type === 'date' && cells.dayFirst ? chooseDateOrder(kinds, numbers, cells.dayFirst, start, source.dateOrder) : undefined;
  const dates = order?.order === 'dmy' ? cells.dayFirst : undefined;
  const fits = fitsTable(type);

  const tally = (): Tally => ({ count: 0, first: -1 });
  const blanks = tally(), errors = tally(), nonFinite = tally(), numbersAsText = tally(), datesAsText = tally(), mismatched = tally(), booleansAsText = tally();
  const note = (t: Tally, row: number): void => {
    if (t.count++ === 0) t.first = row;
  };
  let mismatchedAllText = true;
  let mismatchedText: Map<number, string> | undefined;

  const numeric = type !== 'text';
  const text = numeric ? undefined : new Array<string | null>(rowCount).fill(null);
  const mismatch = (i: number, r: number, kind: number): void => {
    note(mismatched, i);
    if (kind < CellKind.numberText) mismatchedAllText = false;
    if (numeric) {
      numbers[r] = NaN;
      (mismatchedText ??= new Map()).set(i, valueText(cellValue(source, r)));
    }
  };
  for (let i = 0; i < rowCount; i++) {
    const r = i + start;
    const kind = kinds[r] as number;
    if (!isPresent(kind)) {
      if (kind === CellKind.blank) note(blanks, i);
      else if (kind === CellKind.nonFinite) note(nonFinite, i);
      else note(errors, i);
    } else if (fits[kind] === 0) {
      mismatch(i, r, kind);
    } else if (text) {
      text[i] = valueText(cellValue(source, r));
    } else if (kind >= CellKind.numberText) {
      if (dates !== undefined && kind === CellKind.dateText) numbers[r] = dates[r] as number;
      if (Number.isNaN(numbers[r])) mismatch(i, r, kind);
      else if (kind === CellKind.numberText) note(numbersAsText, i);
      else if (kind === CellKind.dateText) note(datesAsText, i);
      else note(booleansAsText, i);
    }
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
  const column: Column = text
    ? { ...base, type: 'text', values: text }
    : { ...base, type: type as Exclude<ColumnType, 'text'>, values: numbers.subarray(start), ...(mismatchedText ? { mismatchedText } : {}) };

  const finding = (t: Tally): Finding => ({ count: t.count, cell: at(t), example: t.count === 0 ? '' : String(cellValue(source, t.first + start)).trim() });
  const warnings = columnWarnings({
    name: source.name,
    type,
    empty: rowCount > 0 && blanks.count + errors.count + nonFinite.count === rowCount,
    numbersAsText: finding(numbersAsText),
    datesAsText: finding(datesAsText),
    booleansAsText: finding(booleansAsText),
    mismatched: { ...finding(mismatched), allText: mismatchedAllText },
    errors: finding(errors),
    nonFinite: finding(nonFinite),
    dateOrder:
      order === undefined || order.basis === 'moot' || order.evidenceRow === undefined
        ? undefined
        : { order: order.order, basis: order.basis, ...finding({ count: 1, first: order.evidenceRow - start }) },
  });
  return { column, warnings };
}

function cellValue(source: ColumnSource, r: number): unknown {
  return (source.values[r] as readonly unknown[])[source.index];
}
