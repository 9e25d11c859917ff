/**
 * Full double precision out of LibreOffice 7.4, which saves every number (an .xlsx <v>, .ods, CSV) rounded to 15
 * significant digits: =1/3 comes back as 0.333333333333333, 3.3e-16 short. A probe formula next to a cell makes
 * LibreOffice itself write the number as text in parts that 15 digits do hold exactly.
 *
 * The cell's x is scaled by a power of two to y = x·2ᵏ in [2¹⁹, 2²²] (exact: only the exponent changes), and split
 * into the integer n = INT(y) − 1 and the rest m = y − n in [1, 3). n and k are small integers; m needs only its
 * first 11 digits for n + m to round back to y, and has 15. The obvious split x − (x rounded to 15 digits) does not
 * work: Calc's minus (and SUM, MMULT) returns 0 when the operands agree to about 15 digits, so every such
 * remainder read 0. Here y and n differ by at least one in 2²², far from that snap, and n stays one below INT(y)
 * because Calc's INT rounds to 15 digits first and may land one above the true floor.
 */

/**
 * The probe for the cell `ref` (a formula without "="): its text is "k n m" with x = (n + m)·2⁻ᵏ exactly in
 * double precision, "0 0 0" for zero, and an error for text, which has no digits to probe.
 * @example exactDigitsFormula("'Score new rows'!C5") // 'IF(\'Score new rows\'!C5=0,"0 0 0",(20-INT(LOG(…))))&" "&…)'
 */
export function exactDigitsFormula(ref: string): string {
  const k = `(20-INT(LOG(ABS(${ref}),2)))`;
  const y = `(${ref}*2^${k})`;
  return `IF(${ref}=0,"0 0 0",${k}&" "&(INT(${y})-1)&" "&(${y}-(INT(${y})-1)))`;
}

/**
 * The number a probe's text stands for, or undefined when it is not a probe's "k n m" (an error, a text cell).
 * @example readExactDigits('22 1398100 1.33333333325572') // 0.3333333333333333, =1/3 exactly
 */
export function readExactDigits(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.split(' ').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return undefined;
  const [k, n, m] = parts as [number, number, number];
  return (n + m) * 2 ** -k;
}
