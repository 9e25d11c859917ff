import { contentEnd, contentStart, isDigitCode, isLetterCode, isSpaceCode } from './char-codes';

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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for an English month name or its three-letter abbreviation ("Sept" too), else 0. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  const index = MONTHS.indexOf(lower.slice(0, 3));
  if (index < 0) return 0;
  return lower.length === 3 || lower === MONTH_NAMES[index] || lower === 'sept' ? index + 1 : 0;
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
  const end = contentEnd(text);
  let i = contentStart(text);
  const at = (k: number): number => (k < end ? text.charCodeAt(k) : -1);
  let digits = 0;
  const readNumber = (): number => {
    let value = 0;
    const start = i;
    while (isDigitCode(at(i))) value = value * 10 + (at(i++) - 48);
    digits = i - start;
    return digits === 0 ? -1 : value;
  };
  const readWord = (): string => {
    const start = i;
    while (isLetterCode(at(i))) i++;
    return text.slice(start, i);
  };
  const skipSpaces = (): number => {
    const start = i;
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
    return i - start;
  };

  let year: number, month: number, day: number, swappable = false;
  const first = at(i);
  if (isLetterCode(first)) {
    // "Mar 1, 2024"
    month = monthNumber(readWord());
    if (month === 0 || skipSpaces() === 0) return undefined;
    day = readNumber();
    if (digits === 0 || digits > 2) return undefined;
    if (at(i) === 44 /* , */) i++;
    if (skipSpaces() === 0) return undefined;
    const y = readNumber();
    if (digits !== 4) return undefined;
    year = y;
  } else if (isDigitCode(first)) {
    const a = readNumber();
    const aDigits = digits;
    const separator = at(i);
    if (separator === 45 /* - */ || separator === 47 /* / */ || separator === 46 /* . */) {
      i++;
      if (isLetterCode(at(i))) {
        // "1-Mar-2024"
        month = monthNumber(readWord());
        if (month === 0 || aDigits > 2 || at(i) !== separator) return undefined;
        i++;
        day = a;
        const y = readNumber();
        if (digits !== 2 && digits !== 4) return undefined;
        year = fullYear(y, digits);
      } else {
        const b = readNumber();
        if (digits === 0 || digits > 2 || at(i) !== separator) return undefined;
        i++;
        const c = readNumber();
        if (aDigits === 4 && digits >= 1 && digits <= 2) {
          [year, month, day] = [a, b, c];
        } else if (aDigits <= 2 && (digits === 2 || digits === 4)) {
          [year, month, day, swappable] = [fullYear(c, digits), a, b, true];
        } else {
          return undefined;
        }
      }
    } else if (aDigits <= 2 && skipSpaces() > 0 && isLetterCode(at(i))) {
      // "1 Mar 2024"
      month = monthNumber(readWord());
      if (month === 0 || skipSpaces() === 0) return undefined;
      day = a;
      const y = readNumber();
      if (digits !== 2 && digits !== 4) return undefined;
      year = fullYear(y, digits);
    } else {
      return undefined;
    }
  } else {
    return undefined;
  }

  let time = 0;
  if (i < end) {
    if (at(i) === 84 /* T */) i++;
    else if (skipSpaces() === 0) return undefined;
    time = readTime();
    if (Number.isNaN(time)) return undefined;
  }
  return i === end ? { year, month, day, time, swappable } : undefined;

  function readTime(): number {
    const hours = readNumber();
    if (digits === 0 || digits > 2 || at(i) !== 58 /* : */) return NaN;
    i++;
    const minutes = readNumber();
    if (digits !== 2) return NaN;
    let seconds = 0;
    if (at(i) === 58) {
      i++;
      seconds = readNumber();
      if (digits !== 2) return NaN;
      if (at(i) === 46 /* . */) {
        const start = i;
        i++;
        while (isDigitCode(at(i))) i++;
        seconds += Number(text.slice(start, i));
      }
    }
    let h = hours;
    skipSpaces();
    if (at(i) === 90 /* Z */) i++;
    else if (isLetterCode(at(i))) {
      const meridiem = readWord().toUpperCase();
      if ((meridiem !== 'AM' && meridiem !== 'PM') || hours < 1 || hours > 12) return NaN;
      h = (hours % 12) + (meridiem === 'PM' ? 12 : 0);
    }
    if (h > 23 || minutes > 59 || seconds >= 60) return NaN;
    return (h * 3600 + minutes * 60 + seconds) / 86400;
  }
}
