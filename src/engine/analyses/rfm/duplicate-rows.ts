import { cellText } from '../../table/cell-text';
import type { Column, Table } from '../../table/types';

/** FNV-1a's 32-bit prime and offset basis. */
const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5;
/** Mixed in for a blank cell, so a blank differs from every number and text. */
const BLANK = 0x9e3779b9;

// Bound once: inside jest's VM context a global lookup in a hot loop costs 20–40 times more.
const { imul } = Math;
const { isNaN } = Number;

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

function mix(hash: number, word: number): number {
  return imul(hash ^ word, FNV_PRIME) >>> 0;
}

/**
 * A hash of a cell that agrees with cellText: equal texts give equal hashes. A number hashes its bits (−0 as 0,
 * since both read "0"); a text, or a number column's cell that kept its text, hashes its characters; a blank
 * cell and an empty text, which cellText reads alike, hash alike.
 */
function cellHash(hash: number, column: Column, row: number): number {
  let text: string | null | undefined;
  if (column.type === 'text') text = column.values[row];
  else text = column.mismatchedText?.get(row);
  if (text === undefined || text === null) {
    if (column.type === 'text') return mix(hash, BLANK);
    const value = column.values[row] as number;
    if (isNaN(value)) return mix(hash, BLANK);
    scratch[0] = value === 0 ? 0 : value;
    return mix(mix(hash, words[0] as number), words[1] as number);
  }
  if (text.length === 0) return mix(hash, BLANK);
  let h = hash;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return mix(h, text.length);
}

function rowHash(columns: readonly Column[], row: number): number {
  let hash = FNV_OFFSET;
  for (const column of columns) hash = cellHash(hash, column, row);
  return hash;
}

function sameRow(columns: readonly Column[], a: number, b: number): boolean {
  return columns.every((column) => (cellText(column, a) ?? '') === (cellText(column, b) ?? ''));
}

/**
 * A test for exact duplicate rows, called in row order: true when every cell of `row` reads the same (cellText,
 * a blank as an empty text) as in a row tested before. Rows are chained in an open hash table by a hash of
 * their cells and compared cell by cell only within a chain, so a million rows cost no string and no object
 * per row.
 * @example const isDuplicate = duplicateRowTest(table); [0, 1, 2].map(isDuplicate) // [false, false, true] when row 2 repeats row 0
 */
export function duplicateRowTest(table: Table): (row: number) => boolean {
  const { columns, rowCount } = table;
  let slots = 1;
  while (slots < 2 * rowCount) slots *= 2;
  const mask = slots - 1;
  const heads = new Int32Array(slots).fill(-1);
  const next = new Int32Array(rowCount);
  const hashes = new Uint32Array(rowCount);
  return (row) => {
    const hash = rowHash(columns, row);
    const slot = hash & mask;
    for (let other = heads[slot] as number; other !== -1; other = next[other] as number) {
      if (hashes[other] === hash && sameRow(columns, row, other)) return true;
    }
    hashes[row] = hash;
    next[row] = heads[slot] as number;
    heads[slot] = row;
    return false;
  };
}
