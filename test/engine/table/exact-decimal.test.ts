import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { exactDecimal } from '../../../src/engine/table/exact-decimal';

describe('exactDecimal(digits, shift) is Number() of the written decimal, or NaN outside the exact range', () => {
  test('by hand: 12345 × 10^−2 is the double of "123.45"; 0.1 + 0.2 style rounding does not creep in', () => {
    expect(exactDecimal(12345, -2)).toBe(123.45);
    // 3 / 10 in one division is the double nearest 0.3, as Number('0.3') is.
    expect(exactDecimal(3, -1)).toBe(0.3);
    expect(exactDecimal(7, 22)).toBe(7e22);
  });

  test('outside the range where both operands are exact it declines', () => {
    expect(exactDecimal(1, 23)).toBeNaN();
    expect(exactDecimal(1, -23)).toBeNaN();
    expect(exactDecimal(2 ** 53, 0)).toBeNaN();
  });

  test('agrees with Number() on random digit strings and shifts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }), fc.integer({ min: -22, max: 22 }), (digits, shift) => {
        expect(exactDecimal(Number(digits), shift)).toBe(Number(`${digits}e${shift}`));
      }),
      { numRuns: 2000 },
    );
  });
});
