import type { Problem } from '../problem';

/** What a column holds once read. Dates are Excel serial numbers (days since 1899-12-30, fraction = time of day). */
export type ColumnType = 'number' | 'date' | 'text' | 'boolean';

/** Per-column counts of cells that were missing, unusual or unusable, each with the first offending cell. */
export interface ColumnIssues {
  /** Blank cells ("" from office-js, or whitespace only). */
  readonly blanks: number;
  readonly firstBlank?: string;
  /** Excel error values (#N/A, #DIV/0!, #VALUE!, …); stored as missing. */
  readonly errors: number;
  readonly firstError?: string;
  /** Numbers stored as text ("1,234.50", "12%", "(45)", "$1,200") that were parsed to numbers. */
  readonly numbersAsText: number;
  readonly firstNumberAsText?: string;
  /** Dates stored as text ("2024-03-01", "01/03/2024") that were parsed to serials. */
  readonly datesAsText: number;
  readonly firstDateAsText?: string;
  /** Cells that do not fit the column's type (text in a number column); stored as missing. */
  readonly mismatched: number;
  readonly firstMismatched?: string;
  /** NaN or ±Infinity values; stored as missing. */
  readonly nonFinite: number;
  readonly firstNonFinite?: string;
}

interface ColumnBase {
  /** Header text, made unique and non-blank (see Table.warnings for renames). */
  readonly name: string;
  /** 0-based position within the selection. */
  readonly index: number;
  /** Sheet column letters ("C"), so messages can name cells. */
  readonly letter: string;
  readonly issues: ColumnIssues;
}

/** Numbers, dates (Excel serials) and booleans (1/0) share typed storage; NaN marks a missing value. */
export interface NumericColumn extends ColumnBase {
  readonly type: 'number' | 'date' | 'boolean';
  readonly values: Float64Array;
  /**
   * Data row → the text of a cell that did not fit the type (its value is NaN), such as the "C489449"
   * cancellations in a column of invoice numbers. Absent when there are none, so clean columns carry nothing.
   * Read it through cellText.
   */
  readonly mismatchedText?: ReadonlyMap<number, string>;
}

/** Text; null marks a blank or error cell. */
export interface TextColumn extends ColumnBase {
  readonly type: 'text';
  readonly values: readonly (string | null)[];
}

export type Column = NumericColumn | TextColumn;

/** Where the selection sits on its sheet; 0-based sheet coordinates of its top-left cell. */
export interface TableOrigin {
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
}

/**
 * A selected range read into typed columns. Row i of every column is data row i of the selection
 * (the header, when present, is not a data row).
 */
export interface Table {
  readonly columns: readonly Column[];
  readonly rowCount: number;
  readonly hasHeader: boolean;
  readonly origin: TableOrigin;
  /** Things the reader noticed and fixed or tolerated (renamed headers, numbers stored as text, …). */
  readonly warnings: readonly Problem[];
}
