import Papa from 'papaparse';

/** Cells as office-js would hand them over after Excel opened the CSV, plus the number formats Excel would give them. */
export interface CsvCells {
  readonly values: (string | number)[][];
  readonly numberFormats: string[][];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/** 1970-01-01 as an Excel serial day number. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * Parse CSV text with a real CSV parser (quotes, CRLF, a missing final newline) and type each field as
 * Excel does on opening a CSV: plain numbers become numbers, ISO dates become date serials with a date
 * format, everything else stays text. Other text forms ("1,234", "12%") are left for the Table builder,
 * which parses and reports them as numbers stored as text.
 */
export function readCsv(text: string): CsvCells {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const values: (string | number)[][] = [];
  const numberFormats: string[][] = [];
  for (const fields of parsed.data) {
    const row: (string | number)[] = [];
    const formats: string[] = [];
    for (const field of fields) {
      const [value, format] = typeField(field);
      row.push(value);
      formats.push(format);
    }
    values.push(row);
    numberFormats.push(formats);
  }
  return { values, numberFormats };
}

function typeField(field: string): [string | number, string] {
  const trimmed = field.trim();
  if (NUMBER.test(trimmed)) return [Number(trimmed), 'General'];
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [, y, mo, d, h, mi, s] = date;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
    if (!Number.isNaN(ms)) return [ms / 86_400_000 + UNIX_EPOCH_SERIAL, h === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss'];
  }
  return [field, 'General'];
}
