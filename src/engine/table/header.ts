import type { Problem } from '../problem';
import { cellAddress, columnLetter } from './address';
import { CellKind } from './cell-kind';
import type { TableOrigin } from './types';

/** How a selection says whether its first row is a header: decide from the data, or be told. */
export type HeaderOption = 'auto' | boolean;

/**
 * Whether the first row is a header. With 'auto' it is when every non-blank cell of the first row is
 * plain text (not a number, date or TRUE/FALSE, even written as text) and either some later row has
 * a number, date or boolean (also as text) under a text heading, or every later row is blank (a
 * header with nothing under it, which the caller reports).
 * `kinds` holds one CellKind array per column, header row included.
 * @example
 * // "Name | Age" over "Ann | 41": Age is text over a number.
 * detectHeader([Uint8Array.of(CellKind.text, CellKind.text), Uint8Array.of(CellKind.text, CellKind.number)], 'auto') // → true
 */
export function detectHeader(kinds: readonly Uint8Array[], option: HeaderOption): boolean {
  if (option !== 'auto') return option;
  let anyText = false;
  for (const column of kinds) {
    const first = column[0];
    if (first === CellKind.text) anyText = true;
    else if (first !== CellKind.blank) return false;
  }
  if (!anyText) return false;
  let laterBlank = true;
  for (const column of kinds) {
    const headedByText = column[0] === CellKind.text;
    for (let r = 1; r < column.length; r++) {
      const kind = column[r] as number;
      if (kind !== CellKind.blank) laterBlank = false;
      if (headedByText && isTyped(kind)) return true;
    }
  }
  return laterBlank;
}

function isTyped(kind: number): boolean {
  return kind >= CellKind.number && kind <= CellKind.booleanText;
}

/** Column names and the renames made to get them. */
export interface HeaderNames {
  readonly names: readonly string[];
  readonly warnings: readonly Problem[];
}

/**
 * Names for the columns: the header cells trimmed, or "Column C" (the sheet letters) without a
 * header. A blank header becomes its letter name and a repeated one (ignoring case, as Excel
 * tables do) gets " (2)", " (3)"…; each rename is a warning naming the header cell.
 * @example headerNames(['Age', '', 'age'], true, { row: 0, col: 0 }).names // → ['Age', 'Column B', 'age (2)']
 */
export function headerNames(firstRow: readonly unknown[], hasHeader: boolean, origin: TableOrigin): HeaderNames {
  const letterName = (j: number): string => `Column ${columnLetter(origin.col + j)}`;
  if (!hasHeader) return { names: firstRow.map((_, j) => letterName(j)), warnings: [] };
  const warnings: Problem[] = [];
  const raw = firstRow.map(headerText);
  const taken = new Set(raw.map((name) => name.toLowerCase()));
  const used = new Set<string>();
  const names = raw.map((text, j) => {
    const cell = cellAddress(origin.row, origin.col + j);
    let name = text;
    if (name === '') {
      name = unique(letterName(j), used, taken);
      warnings.push({ code: 'header-blank', cell, column: name, message: `The header cell ${cell} is blank; the column is called '${name}'. Type a name in ${cell} to choose your own.` });
    } else if (used.has(name.toLowerCase())) {
      name = unique(text, used, taken);
      warnings.push({ code: 'header-duplicate', cell, column: name, message: `The header '${text}' at ${cell} is used by an earlier column; this one is called '${name}'. Rename it in ${cell} to tell them apart.` });
    }
    used.add(name.toLowerCase());
    return name;
  });
  return { names, warnings };
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  return '';
}

/** `base` itself when free, else the first "base (k)", k ≥ 2, that no column uses or will use. */
function unique(base: string, used: ReadonlySet<string>, taken: ReadonlySet<string>): string {
  const free = (name: string): boolean => !used.has(name.toLowerCase()) && !taken.has(name.toLowerCase());
  if (free(base)) return base;
  let k = 2;
  while (!free(`${base} (${k})`)) k++;
  return `${base} (${k})`;
}
