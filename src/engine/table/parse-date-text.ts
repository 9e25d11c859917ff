import { codeAt, contentEnd, contentStart, isDigitCode, isLetterCode, isSpaceCode } from './char-codes';

/** A date read from text. Times are a fraction of a day (0.5 = noon). */
export interface DateText {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly time: number;
  /**
   * True for all-numeric dates such as "01/03/2024", where the text does not say which field is
   * the month: `month` holds the first field and `day` the second (month-first reading), and the
   * caller decides the order per column.
   */
  readonly swappable: boolean;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * 1–12 for the English month name or three-letter abbreviation ("Sept" too) at text[start, end),
 * else 0. Every accepted spelling is a prefix of the full name, so it is compared in place by
 * char code: a million category cells ("North", "Segment A") are rejected without a string made.
 */
function monthNumber(text: string, start: number, end: number): number {
  const length = end - start;
  for (let m = 0; m < 12; m++) {
    const name = MONTH_NAMES[m] as string;
    if (length !== 3 && length !== name.length && !(m === 8 && length === 4)) continue;
    let k = 0;
    // | 32 lower-cases an ASCII letter, and readWord only takes ASCII letters.
    while (k < length && (text.charCodeAt(start + k) | 32) === name.charCodeAt(k)) k++;
    if (k === length) return m + 1;
  }
  return 0;
}

/** Two-digit years the way Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(value: number, digits: number): number {
  if (digits === 4) return value;
  return value < 30 ? 2000 + value : 1900 + value;
}

/**
 * A date (optionally with a time) written as text, or undefined when the text is not one.
 * Reads ISO "2024-03-01" / "2024-03-01 14:05:00" / "2024-03-01T14:05:00Z", numeric "01/03/2024"
 * (also with - or . and two-digit years; see `swappable`), and month names "1 Mar 2024",
 * "1-Mar-24", "Mar 1, 2024", "March 1 2024". Times may carry seconds, fractions and AM/PM.
 * Whether the calendar date exists is left to excelSerial, since a numeric date may be valid in
 * only one field order.
 * @example parseDateText('2024-03-01 14:05') // → { year: 2024, month: 3, day: 1, time: 0.5868…, swappable: false }
 * @example parseDateText('Male') // → undefined
 */
export function parseDateText(text: string): DateText | undefined {
  // One small cursor and top-level helpers rather than closures: this runs for every text cell of
  // a selection, and closures over a mutable position are allocated on each call.
  const c: Cursor = { text, end: contentEnd(text), i: contentStart(text), digits: 0 };
  let year: number, month: number, day: number, swappable = false;
  const first = at(c);
  if (isLetterCode(first)) {
    // "Mar 1, 2024"
    month = readMonth(c);
    if (month === 0 || skipSpaces(c) === 0) return undefined;
    day = readNumber(c);
    if (c.digits === 0 || c.digits > 2) return undefined;
    if (at(c) === 44 /* , */) c.i++;
    if (skipSpaces(c) === 0) return undefined;
    const y = readNumber(c);
    if (c.digits !== 4) return undefined;
    year = y;
  } else if (isDigitCode(first)) {
    const a = readNumber(c);
    const aDigits = c.digits;
    const separator = at(c);
    if (separator === 45 /* - */ || separator === 47 /* / */ || separator === 46 /* . */) {
      c.i++;
      if (isLetterCode(at(c))) {
        // "1-Mar-2024"
        month = readMonth(c);
        if (month === 0 || aDigits > 2 || at(c) !== separator) return undefined;
        c.i++;
        day = a;
        const y = readNumber(c);
        if (c.digits !== 2 && c.digits !== 4) return undefined;
        year = fullYear(y, c.digits);
      } else {
        const b = readNumber(c);
        if (c.digits === 0 || c.digits > 2 || at(c) !== separator) return undefined;
        c.i++;
        const third = readNumber(c);
        if (aDigits === 4 && c.digits >= 1 && c.digits <= 2) {
          [year, month, day] = [a, b, third];
        } else if (aDigits <= 2 && (c.digits === 2 || c.digits === 4)) {
          [year, month, day, swappable] = [fullYear(third, c.digits), a, b, true];
        } else {
          return undefined;
        }
      }
    } else if (aDigits <= 2 && skipSpaces(c) > 0 && isLetterCode(at(c))) {
      // "1 Mar 2024"
      month = readMonth(c);
      if (month === 0 || skipSpaces(c) === 0) return undefined;
      day = a;
      const y = readNumber(c);
      if (c.digits !== 2 && c.digits !== 4) return undefined;
      year = fullYear(y, c.digits);
    } else {
      return undefined;
    }
  } else {
    return undefined;
  }

  let time = 0;
  if (c.i < c.end) {
    if (at(c) === 84 /* T */) c.i++;
    else if (skipSpaces(c) === 0) return undefined;
    time = readTime(c);
    if (Number.isNaN(time)) return undefined;
  }
  return c.i === c.end ? { year, month, day, time, swappable } : undefined;
}

/** A scan through one text: the position, the trimmed end, and how many digits readNumber last read. */
interface Cursor {
  readonly text: string;
  readonly end: number;
  i: number;
  digits: number;
}

function at(c: Cursor): number {
  return codeAt(c.text, c.i, c.end);
}

/** The unsigned integer at the cursor, or -1 (digits 0) when there is none. */
function readNumber(c: Cursor): number {
  let value = 0;
  const start = c.i;
  for (let code = at(c); isDigitCode(code); code = at(c)) {
    value = value * 10 + (code - 48);
    c.i++;
  }
  c.digits = c.i - start;
  return c.digits === 0 ? -1 : value;
}

/** The month named by the word at the cursor (see monthNumber). */
function readMonth(c: Cursor): number {
  const start = c.i;
  while (isLetterCode(at(c))) c.i++;
  return monthNumber(c.text, start, c.i);
}

/** Skip spaces; how many there were. */
function skipSpaces(c: Cursor): number {
  const start = c.i;
  while (c.i < c.end && isSpaceCode(c.text.charCodeAt(c.i))) c.i++;
  return c.i - start;
}

/** "14:05", "2:05:30.5 PM", "14:05:00Z" at the cursor as a fraction of a day, NaN when it is not a time. */
function readTime(c: Cursor): number {
  const hours = readNumber(c);
  if (c.digits === 0 || c.digits > 2 || at(c) !== 58 /* : */) return NaN;
  c.i++;
  const minutes = readNumber(c);
  if (c.digits !== 2) return NaN;
  let seconds = 0;
  if (at(c) === 58) {
    c.i++;
    seconds = readNumber(c);
    if (c.digits !== 2) return NaN;
    if (at(c) === 46 /* . */) {
      const start = c.i;
      c.i++;
      while (isDigitCode(at(c))) c.i++;
      seconds += Number(c.text.slice(start, c.i));
    }
  }
  let h = hours;
  skipSpaces(c);
  if (at(c) === 90 /* Z */) c.i++;
  else if (isLetterCode(at(c))) {
    const start = c.i;
    while (isLetterCode(at(c))) c.i++;
    const meridiem = c.text.slice(start, c.i).toUpperCase();
    if ((meridiem !== 'AM' && meridiem !== 'PM') || hours < 1 || hours > 12) return NaN;
    h = (hours % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  if (h > 23 || minutes > 59 || seconds >= 60) return NaN;
  return (h * 3600 + minutes * 60 + seconds) / 86400;
}
