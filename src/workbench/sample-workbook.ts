import Papa from 'papaparse';
import { columnLetters } from '../sim/address';
import type { WorkbookState } from '../sim/index';

/** A sample sheet: its tab name and the CSV text bundled with the page. */
export interface SampleSheet {
  readonly name: string;
  readonly csv: string;
}

/**
 * The workbench's starting workbook: one sheet per sample CSV, typed in as a person pasting it into Excel
 * would ("0001" becomes 1, ISO dates become dates), with the first sample's data selected.
 * @example sampleWorkbook([{ name: 'Mall customers', csv: 'id,age\n1,19\n' }]).selection // "'Mall customers'!A1:B2"
 */
export function sampleWorkbook(samples: readonly SampleSheet[]): WorkbookState {
  const sheets = samples.map((s) => ({ name: s.name, values: Papa.parse<string[]>(s.csv.trim(), { skipEmptyLines: true }).data, typed: true }));
  const first = sheets[0];
  const selection = first ? `'${first.name}'!A1:${columnLetters((first.values[0]?.length ?? 1) - 1)}${first.values.length}` : undefined;
  return { sheets, ...(selection ? { selection } : {}) };
}

