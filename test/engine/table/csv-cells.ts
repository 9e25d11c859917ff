import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/**
 * A CSV file as the `values` grid office-js would return after Excel opened it: numeric strings
 * become numbers, empty fields become "", everything else stays text. Dates stay text, as they
 * would in a column formatted as Text, so the date-as-text path is exercised too.
 */
export function csvCells(path: string): unknown[][] {
  const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true });
  return parsed.data.map((row) => row.map(excelValue));
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function excelValue(field: string): unknown {
  return PLAIN_NUMBER.test(field.trim()) ? Number(field) : field;
}
