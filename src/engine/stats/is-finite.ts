/**
 * `Number.isFinite` for hot loops over typed arrays: NaN − NaN and ∞ − ∞ are NaN, so only finite values give 0.
 * Same answer; it exists because a builtin called from a VM context (jest's) runs about 40 times slower.
 * @example isFiniteNumber(NaN) // false
 */
export function isFiniteNumber(v: number): boolean {
  return v - v === 0;
}
