import type { Problem } from '../problem';
import { dataCellAddress } from './address';
import { CellKind, isPresent } from './cell-kind';
import { valueText } from './cell-text';
import type { ClassifiedColumn } from './classify-column';
import { chooseColumnType, countKinds, fitsType } from './column-type';
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
  let mismatchedText: Map<number, string> | undefined;

  const numeric = type === 'text' ? undefined : new Float64Array(rowCount).fill(NaN);
  const text = type === 'text' ? new Array<string | null>(rowCount).fill(null) : undefined;
  for (let i = 0; i < rowCount; i++) {
    const r = i + start;
    const kind = cells.kinds[r] as number;
    if (!isPresent(kind)) {
      if (kind === CellKind.blank) note(blanks, i);
      else if (kind === CellKind.nonFinite) note(nonFinite, i);
      else note(errors, i);
      continue;
    }
    const value = type === 'date' && kind === CellKind.dateText ? (dates[r] as number) : (cells.numbers[r] as number);
    if (!fitsType(kind, type) || (numeric && Number.isNaN(value))) {
      note(mismatched, i);
      if (kind < CellKind.numberText) mismatchedAllText = false;
      if (numeric) (mismatchedText ??= new Map()).set(i, valueText(cellValue(source, r)));
      continue;
    }
    if (text) {
      text[i] = valueText(cellValue(source, r));
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
  const column: Column = text
    ? { ...base, type: 'text', values: text }
    : { ...base, type: type as Exclude<ColumnType, 'text'>, values: numeric as Float64Array, ...(mismatchedText ? { mismatchedText } : {}) };

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
