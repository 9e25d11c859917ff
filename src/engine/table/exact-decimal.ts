/** 10^0 … 10^22 as literals, each exact, rather than trusting ** to round them exactly. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * digits × 10^shift in one correctly rounded operation, which equals Number() of the written decimal
 * (Clinger's fast path): both operands are exact doubles when digits ≤ 2^53 − 1 and |shift| ≤ 22.
 * Outside that range it returns NaN and the caller falls back to Number() of the text, so scanners
 * that read digits themselves never build a string for an ordinary number.
 * @example exactDecimal(12345, -2) // → 123.45, the same double as Number('123.45')
 * @example exactDecimal(1, 23) // → NaN (10^23 is not an exact double)
 */
export function exactDecimal(digits: number, shift: number): number {
  if (!(digits <= Number.MAX_SAFE_INTEGER) || shift > 22 || shift < -22) return NaN;
  return shift >= 0 ? digits * (POWERS_OF_TEN[shift] as number) : digits / (POWERS_OF_TEN[-shift] as number);
}
