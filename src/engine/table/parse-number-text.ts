import { codeAt, contentEnd, contentStart, isDigitCode, skipSpaces } from './char-codes';
import { exactDecimal } from './exact-decimal';

const LPAREN = 40, RPAREN = 41, PLUS = 43, COMMA = 44, MINUS = 45, DOT = 46, PERCENT = 37;

function isCurrencyCode(c: number): boolean {
  return c === 36 /* $ */ || c === 8364 /* € */ || c === 163 /* £ */ || c === 165 /* ¥ */;
}

/**
 * A number written as text the way en-US Excel shows it, or NaN when the text is not one.
 * Accepts thousands separators in groups of three, a decimal point, scientific notation, a sign
 * before or after a currency symbol ($ € £ ¥, leading or trailing), accounting negatives in
 * parentheses, a trailing percent (divided by 100), surrounding spaces and a leading apostrophe.
 * The digits go through Number(), so the result is the correctly rounded double of what is written.
 * @example parseNumberText('1,234.50') // → 1234.5
 * @example parseNumberText('12%') // → 0.12
 * @example parseNumberText('(45)') // → -45
 * @example parseNumberText('-$1,200') // → -1200
 * @example parseNumberText('1,23') // → NaN (not en-US grouping)
 */
export function parseNumberText(text: string): number {
  const end = contentEnd(text);
  let i = contentStart(text);
  // No closures (each call would allocate them): this runs for every text cell of a selection.
  let parenthesised = false, negative = false, signed = false, currency = false;
  if (codeAt(text, i, end) === LPAREN) {
    parenthesised = true;
    i = skipSpaces(text, i + 1, end);
  }
  if (codeAt(text, i, end) === MINUS || codeAt(text, i, end) === PLUS) {
    negative = codeAt(text, i, end) === MINUS;
    signed = true;
    i++;
  }
  if (isCurrencyCode(codeAt(text, i, end))) {
    currency = true;
    i = skipSpaces(text, i + 1, end);
    if (!signed && (codeAt(text, i, end) === MINUS || codeAt(text, i, end) === PLUS)) {
      negative = codeAt(text, i, end) === MINUS;
      signed = true;
      i++;
    }
  }

  const mantissaStart = i;
  let integerDigits = 0, group = 0, grouped = false, digitsValue = 0;
  for (let c = codeAt(text, i, end); isDigitCode(c) || c === COMMA; c = codeAt(text, ++i, end)) {
    if (c === COMMA) {
      // en-US grouping: 1–3 digits, then groups of exactly three.
      if (integerDigits === 0 || (grouped ? group !== 3 : group > 3)) return NaN;
      grouped = true;
      group = 0;
    } else {
      integerDigits++;
      group++;
      digitsValue = digitsValue * 10 + (c - 48);
    }
  }
  if (grouped && group !== 3) return NaN;
  let fractionDigits = 0;
  if (codeAt(text, i, end) === DOT) {
    for (i++; isDigitCode(codeAt(text, i, end)); i++) {
      fractionDigits++;
      digitsValue = digitsValue * 10 + (codeAt(text, i, end) - 48);
    }
  }
  if (integerDigits + fractionDigits === 0) return NaN;
  const mantissaEnd = i;

  let exponent = 0;
  if (codeAt(text, i, end) === 69 /* E */ || codeAt(text, i, end) === 101 /* e */) {
    i++;
    const exponentNegative = codeAt(text, i, end) === MINUS;
    if (codeAt(text, i, end) === MINUS || codeAt(text, i, end) === PLUS) i++;
    const exponentStart = i;
    while (isDigitCode(codeAt(text, i, end))) exponent = exponent * 10 + (codeAt(text, i++, end) - 48);
    if (i === exponentStart) return NaN;
    if (exponentNegative) exponent = -exponent;
  }

  i = skipSpaces(text, i, end);
  if (!currency && isCurrencyCode(codeAt(text, i, end))) {
    i = skipSpaces(text, i + 1, end);
  }
  const percent = codeAt(text, i, end) === PERCENT;
  if (percent) {
    i = skipSpaces(text, i + 1, end);
  }
  if (parenthesised) {
    if (codeAt(text, i, end) !== RPAREN || signed) return NaN;
    negative = true;
    i++;
  }
  if (i !== end) return NaN;

  const shift = exponent - fractionDigits - (percent ? 2 : 0);
  const fast = exactDecimal(digitsValue, shift);
  const value = Number.isNaN(fast) ? slowValue(text.slice(mantissaStart, mantissaEnd), grouped, exponent - (percent ? 2 : 0)) : fast;
  if (!Number.isFinite(value)) return NaN;
  return negative ? -value : value;
}

/** Number() of the written digits, for what the fast path cannot do exactly (17+ digits, large exponents). */
function slowValue(mantissa: string, grouped: boolean, shift: number): number {
  const digits = grouped ? mantissa.replaceAll(',', '') : mantissa;
  // Shifting the decimal exponent (rather than dividing by 100) keeps "12.3%" exactly Number("0.123").
  return Number(shift === 0 ? digits : `${digits}e${shift}`);
}
