/**
 * What Excel (en-US) stores when a value is written to a cell through `Range.values`, as if typed:
 * "=…" becomes a formula, "0001" the number 1, "12%" 0.12 with a percent format, "1-2" the date January 2,
 * "TRUE" a boolean, "#N/A" the error. A cell formatted as text ("@") keeps every string as it is, and a
 * leading apostrophe ("'0001") forces text as in Excel.
 */
import { ERROR_LITERALS, type CellValue } from './cell-value';
import { dateSerial } from './date-serial';
import { SimError } from './errors';
import { evaluateConstantFormula } from './formula';

/** Excel's format for text cells. */
export const TEXT_FORMAT = '@';

/** Excel's default number format. */
export const GENERAL_FORMAT = 'General';

/** The outcome of writing one input: store this (value undefined = empty cell). */
export interface Coerced {
  readonly value?: CellValue;
  readonly formula?: string;
  /** A number format Excel applies along with the value ("0%" for "12%"), when the cell's format is General. */
  readonly numberFormat?: string;
}

interface ParsedNumber {
  readonly value: number;
  readonly format?: string;
}

const NUMBER = /^([+-]?)(\$?)([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?)(?:[eE]([+-]?\d+))?(%?)$/;

/**
 * A numeric-looking en-US string as Excel reads it: "1,234" → 1234, "$5" → 5, "12%" → 0.12, "(7)" → -7.
 * @example parseTypedNumber('1,234.5') // { value: 1234.5, format: '#,##0.00' }
 */
export function parseTypedNumber(text: string): ParsedNumber | undefined {
  let t = text.trim();
  const parenthesised = /^\(.*\)$/.test(t);
  if (parenthesised) t = t.slice(1, -1).trim();
  const m = NUMBER.exec(t);
  if (!m) return undefined;
  const [, sign1 = '', dollar = '', sign2 = '', mantissa = '', exponent, percent = ''] = m;
  if (!/\d/.test(mantissa) || (sign1 && sign2) || (parenthesised && (sign1 || sign2))) return undefined;
  if ((dollar && percent) || (exponent !== undefined && (dollar || percent || mantissa.includes(',')))) return undefined;
  const negative = parenthesised || sign1 === '-' || sign2 === '-';
  let value = Number(mantissa.replace(/,/g, '')) * (exponent === undefined ? 1 : 10 ** Number(exponent));
  if (percent) value /= 100;
  if (negative) value = -value;
  if (!Number.isFinite(value)) return undefined;
  const decimals = mantissa.includes('.') && !mantissa.endsWith('.') ? '.00' : '';
  if (exponent !== undefined) return { value, format: '0.00E+00' };
  if (percent) return { value, format: `0${decimals}%` };
  if (dollar) return { value, format: `$#,##0${decimals}` };
  if (mantissa.includes(',')) return { value, format: `#,##0${decimals}` };
  return { value };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/**
 * A date-looking en-US string as an Excel serial and the format Excel gives it: "2024-03-01" and "3/1/2024"
 * → m/d/yyyy, "1-2" → January 2 of `currentYear` shown as d-mmm, "5-Mar-2024" → d-mmm-yy.
 * @example parseTypedDate('3/1/2024', 2025) // { value: 45352, format: 'm/d/yyyy' }
 */
export function parseTypedDate(text: string, currentYear: number): ParsedNumber | undefined {
  const t = text.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return withFormat(dateSerial(Number(m[1]), Number(m[2]), Number(m[3])), 'm/d/yyyy');
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/.exec(t);
  if (m) return withFormat(dateSerial(fullYear(m[3] ?? ''), Number(m[1]), Number(m[2])), 'm/d/yyyy');
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return withFormat(dateSerial(currentYear, Number(m[1]), Number(m[2])), 'd-mmm');
  m = /^(\d{1,2})[- ]([A-Za-z]{3,9})(?:[- ](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    const year = m[3] === undefined ? currentYear : fullYear(m[3]);
    return month === undefined ? undefined : withFormat(dateSerial(year, month, Number(m[1])), m[3] === undefined ? 'd-mmm' : 'd-mmm-yy');
  }
  m = /^([A-Za-z]{3,9}) (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month === undefined ? undefined : withFormat(dateSerial(Number(m[3]), month, Number(m[2])), 'd-mmm-yy');
  }
  return undefined;
}

function withFormat(serial: number | undefined, format: string): ParsedNumber | undefined {
  return serial === undefined ? undefined : { value: serial, format };
}

/**
 * What a cell stores when `input` is written to it through `Range.values`.
 * `cell` names the cell in the error for a value Excel cannot hold (NaN, Infinity, an object); it is a function
 * so the address is only built when there is an error.
 * @example coerceInput('12%', 'General', 2024, () => 'B2') // { value: 0.12, numberFormat: '0%' }
 * @example coerceInput('12%', '@', 2024, () => 'B2') // { value: '12%' }
 */
export function coerceInput(input: unknown, cellFormat: string, currentYear: number, cell: () => string): Coerced {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      throw new SimError('InvalidArgument', `Cell ${cell()}: ${input} cannot be stored in Excel; write "" for an empty cell or a finite number.`);
    }
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') {
    throw new SimError('InvalidArgument', `Cell ${cell()}: a ${input === null ? 'null' : typeof input} value cannot be written; write a number, text, a boolean or "".`);
  }
  if (input === '') return {};
  if (cellFormat === TEXT_FORMAT) return { value: input };
  if (input.startsWith("'")) return input.length === 1 ? {} : { value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) {
    const computed = evaluateConstantFormula(input);
    return computed === undefined ? { formula: input } : { formula: input, value: computed };
  }
  const upper = input.trim().toUpperCase();
  if (ERROR_LITERALS.includes(upper)) return { value: { error: upper } };
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  // Numbers and dates both need a digit; plain words skip the parsers.
  const parsed = /\d/.test(input) ? (parseTypedNumber(input) ?? parseTypedDate(input, currentYear)) : undefined;
  if (!parsed) return { value: input };
  return parsed.format !== undefined && cellFormat === GENERAL_FORMAT ? { value: parsed.value, numberFormat: parsed.format } : { value: parsed.value };
}
