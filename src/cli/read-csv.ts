import Papa from 'papaparse';
import { isDigitCode as isDigit } from '../engine/table/char-codes';
import { exactDecimal } from '../engine/table/exact-decimal';

/**
 * Cells as office-js would hand them over after Excel opened the CSV, plus the number formats Excel would
 * give them. Rows of formats are shared between rows that have the same formats, so they are read-only.
 */
export interface CsvCells {
  readonly values: (string | number)[][];
  readonly numberFormats: readonly (readonly string[])[];
}

const GENERAL = 'General';
const DATE = 'yyyy-mm-dd';
const DATE_TIME = 'yyyy-mm-dd hh:mm:ss';
/** 1970-01-01 as an Excel serial day number. */
const UNIX_EPOCH_SERIAL = 25569;
/** Papa guesses the line ending from the first MiB and the delimiter from the first ten rows. */
const LAYOUT_CHARS = 1 << 20;
const LAYOUT_ROWS = 10;
const QUOTE = 34;

/**
 * Parse CSV text as Papa Parse does (delimiter and line ending guessed, quotes, a missing final newline,
 * blank lines skipped) and type each field as Excel does on opening a CSV: plain numbers become numbers,
 * ISO dates become date serials with a date format, everything else stays text. Other text forms
 * ("1,234", "12%") are left for the Table builder, which parses and reports them as numbers stored as text.
 *
 * Well-formed files go through a scanner of our own that types each field as it reads it, so a
 * full-height file's twenty million fields are not first made into strings; Papa chooses the layout.
 * Anything the scanner does not expect (a stray quote, an unterminated quoted field) sends the whole
 * text to Papa, so malformed files read exactly as Papa reads them.
 * @example readCsv('id,day\n1,2024-03-01\n')
 * // → values [['id', 'day'], [1, 45352]], numberFormats [['General', 'General'], ['General', 'yyyy-mm-dd']]
 */
export function readCsv(text: string): CsvCells {
  const input = text.replace(/^\uFEFF/, '');
  const { delimiter, linebreak } = Papa.parse<string[]>(input.slice(0, LAYOUT_CHARS), { skipEmptyLines: 'greedy', preview: 1 }).meta;
  return scanCsv(input, delimiter, linebreak) ?? papaCells(input);
}

/** Papa's rows, typed: the reading for what scanCsv turns away. */
function papaCells(input: string): CsvCells {
  const cells = new CellsBuilder();
  for (const fields of Papa.parse<string[]>(input, { skipEmptyLines: 'greedy' }).data) {
    for (const field of fields) cells.text(field);
    cells.endRow();
  }
  return cells.done();
}

/**
 * The cells of `input` read with Papa's rules for the given delimiter and line ending, or undefined
 * when the text holds something only Papa should decide (a quote that does not close a quoted field,
 * an unterminated one) or when its first rows are too long for Papa's guess from the first MiB to be
 * the guess it would make from the whole text.
 */
function scanCsv(input: string, delimiter: string, linebreak: string): CsvCells | undefined {
  if (delimiter.length !== 1) return undefined;
  const n = input.length;
  const delim = delimiter.charCodeAt(0);
  const nl = linebreak.charCodeAt(0);
  const nlLength = linebreak.length;
  const isLinebreak = (i: number): boolean => input.charCodeAt(i) === nl && (nlLength === 1 || input.charCodeAt(i + 1) === 10);
  const cells = new CellsBuilder();
  let rawRows = 0;
  let pos = 0;
  for (;;) {
    // One field per turn; `pos` is at its first character.
    let end: number;
    if (input.charCodeAt(pos) === QUOTE) {
      let close = input.indexOf('"', pos + 1);
      let escaped = false;
      // A doubled quote is one quote of the text (charCodeAt past the end is NaN: a last quote closes).
      while (close >= 0 && input.charCodeAt(close + 1) === QUOTE) {
        escaped = true;
        close = input.indexOf('"', close + 2);
      }
      if (close < 0) return undefined;
      end = close + 1;
      if (end < n && input.charCodeAt(end) !== delim && !isLinebreak(end)) return undefined;
      const inside = input.slice(pos + 1, close);
      cells.text(escaped ? inside.replaceAll('""', '"') : inside);
    } else {
      // Most fields are plain numbers: read one, and if the field ends right after it, that is the cell.
      end = numberEnd(input, pos, n);
      if (end >= 0 && (end === n || input.charCodeAt(end) === delim || isLinebreak(end))) {
        cells.number(scanned.value);
      } else {
        end = Math.max(end, pos);
        while (end < n && input.charCodeAt(end) !== delim && !isLinebreak(end)) end++;
        cells.text(input.slice(pos, end));
      }
    }
    if (end < n && input.charCodeAt(end) === delim) {
      pos = end + 1;
      continue;
    }
    cells.endRow();
    pos = Math.min(end + nlLength, n);
    if (++rawRows === LAYOUT_ROWS && n > LAYOUT_CHARS && pos > LAYOUT_CHARS) return undefined;
    // At the end, or after a final line break: Papa reads the empty text there as one empty row, which it skips.
    if (pos === n) break;
  }
  if (rawRows < LAYOUT_ROWS && n > LAYOUT_CHARS) return undefined;
  return cells.done();
}

/**
 * Rows of typed cells as they are read: fields go into a scratch row that is copied at its exact
 * length when the row ends (a pushed array keeps spare capacity, a million rows of it), rows whose
 * every field is blank are skipped as Papa's skipEmptyLines: 'greedy' does, and consecutive rows
 * with the same formats share one array of them.
 */
class CellsBuilder {
  private readonly values: (string | number)[][] = [];
  private readonly numberFormats: (readonly string[])[] = [];
  private row: (string | number)[] = [];
  private formats: string[] = [];
  private width = 0;
  private blank = true;
  private previous: readonly string[] | undefined;

  /** A field read as a plain number. */
  number(value: number): void {
    this.push(value, GENERAL);
  }

  /** A field's text, typed as Excel types it. */
  text(field: string): void {
    const trimmed = field.trim();
    if (trimmed.length !== 0) this.blank = false;
    if (numberEnd(trimmed, 0, trimmed.length) === trimmed.length) return this.push(scanned.value, GENERAL);
    const serial = isoDateSerial(trimmed);
    if (!Number.isNaN(serial)) return this.push(serial, trimmed.length === 10 ? DATE : DATE_TIME);
    this.push(field, GENERAL);
  }

  endRow(): void {
    const width = this.width;
    this.width = 0;
    if (this.blank) return;
    this.blank = true;
    const formats = this.formats;
    const previous = this.previous;
    let same = previous !== undefined && previous.length === width;
    for (let k = 0; same && k < width; k++) same = previous?.[k] === formats[k];
    if (!same) this.previous = formats.slice(0, width);
    this.values.push(this.row.slice(0, width));
    this.numberFormats.push(this.previous as readonly string[]);
  }

  done(): CsvCells {
    return { values: this.values, numberFormats: this.numberFormats };
  }

  private push(value: string | number, format: string): void {
    if (typeof value === 'number') this.blank = false;
    this.row[this.width] = value;
    this.formats[this.width] = format;
    this.width++;
  }
}

/** The value numberEnd last read: a second result without an object per field. */
const scanned = { value: NaN };

/**
 * Where the plain decimal number /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/ starting at text[start] ends
 * (reading no further than `limit`), with its value in scanned.value; -1 when none starts there. An "e"
 * without exponent digits is left unread. The value comes from the characters: exactDecimal gives
 * Number()'s double for ordinary numbers, and only the rest (17+ digits, huge exponents) are made into
 * a string for Number().
 * @example numberEnd('-2.5e3,x', 0, 8) // → 6, scanned.value −2500
 */
function numberEnd(text: string, start: number, limit: number): number {
  let i = start;
  let c = i < limit ? text.charCodeAt(i) : -1;
  const negative = c === 45; /* - */
  if (c === 43 /* + */ || negative) c = ++i < limit ? text.charCodeAt(i) : -1;
  let digits = 0, fraction = 0, mantissa = 0;
  for (; isDigit(c); c = ++i < limit ? text.charCodeAt(i) : -1) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
  }
  if (c === 46 /* . */) {
    for (c = ++i < limit ? text.charCodeAt(i) : -1; isDigit(c); c = ++i < limit ? text.charCodeAt(i) : -1) {
      mantissa = mantissa * 10 + (c - 48);
      fraction++;
    }
  }
  if (digits + fraction === 0) return -1;
  let exponent = 0;
  if (c === 69 /* E */ || c === 101 /* e */) {
    let j = i + 1;
    let e = j < limit ? text.charCodeAt(j) : -1;
    const exponentNegative = e === 45;
    if (e === 43 || exponentNegative) e = ++j < limit ? text.charCodeAt(j) : -1;
    const exponentStart = j;
    let value = 0;
    for (; isDigit(e); e = ++j < limit ? text.charCodeAt(j) : -1) value = value * 10 + (e - 48);
    if (j > exponentStart) {
      exponent = exponentNegative ? -value : value;
      i = j;
    }
  }
  const exact = exactDecimal(mantissa, exponent - fraction);
  const magnitude = Number.isNaN(exact) ? Math.abs(Number(text.slice(start, i))) : exact;
  scanned.value = negative ? -magnitude : magnitude;
  return i;
}

/**
 * The Excel serial of an ISO date or date-time, /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/
 * ("2024-03-01", "2024-03-01 14:05", "2024-03-01T14:05:00"), else NaN. Fields out of range roll over as
 * Date.UTC rolls them ("2024-13-01" is 2025-01-01).
 */
function isoDateSerial(text: string): number {
  const n = text.length;
  if (n !== 10 && n !== 16 && n !== 19) return NaN;
  const at = (i: number, width: number): number => {
    let value = 0;
    for (let k = i; k < i + width; k++) {
      const c = text.charCodeAt(k);
      if (!isDigit(c)) return NaN;
      value = value * 10 + (c - 48);
    }
    return value;
  };
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  let hours = 0, minutes = 0, seconds = 0;
  if (n > 10) {
    const t = text.charCodeAt(10);
    if ((t !== 32 && t !== 84) /* space, T */ || text.charCodeAt(13) !== 58 /* : */) return NaN;
    hours = at(11, 2);
    minutes = at(14, 2);
    if (n === 19) {
      if (text.charCodeAt(16) !== 58) return NaN;
      seconds = at(17, 2);
    }
  }
  const ms = Date.UTC(at(0, 4), at(5, 2) - 1, at(8, 2), hours, minutes, seconds);
  return Number.isNaN(ms) ? NaN : ms / 86_400_000 + UNIX_EPOCH_SERIAL;
}
