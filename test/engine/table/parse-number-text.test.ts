import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseNumberText } from '../../../src/engine/table/parse-number-text';

describe('parseNumberText(text) reads en-US numbers written as text', () => {
  test.each([
    ['1,234.50', 1234.5],
    ['12%', 0.12],
    ['12.3%', 0.123], // shifted in decimal, so exactly Number('0.123'), not 12.3 / 100
    ['(45)', -45],
    ['($1,200.00)', -1200],
    ['$1,200', 1200],
    ['-$1,200', -1200],
    ['$-1,200', -1200],
    ['€3.5', 3.5],
    ['3.5 €', 3.5],
    ['£ 12', 12],
    ['¥1,000,000', 1e6],
    ['  42  ', 42],
    ["'42", 42],
    ['1e+05', 100000],
    ['-1.5E-3', -0.0015],
    ['.5', 0.5],
    ['+7', 7],
    ['1,234,567.891', 1234567.891],
  ])('%p → %p', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  test.each([
    'Male',
    '',
    '-',
    '$',
    '1,23', // en-US groups are three digits
    '12,34,567',
    ',123',
    '1.2.3',
    '€ 3,5', // continental decimal comma: not en-US, stays text
    '(-45)',
    '(45',
    '1e',
    '2024-03-01',
    '12 kg',
    'Infinity',
    'NaN',
    '1e999', // overflows to Infinity: not a usable number
  ])('%p is not a number (NaN)', (text) => {
    expect(parseNumberText(text)).toBeNaN();
  });

  test('any finite double written by String() parses back to the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const back = parseNumberText(String(x));
        expect(back === x || (x === 0 && back === 0)).toBe(true);
      }),
    );
  });

  test('an integer formatted with thousands separators (and optionally as $ or in accounting parentheses) parses back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('plain', 'dollar', 'accounting'), (n, style) => {
        const grouped = Math.abs(n).toLocaleString('en-US');
        const text = style === 'plain' ? n.toLocaleString('en-US') : style === 'dollar' ? `${n < 0 ? '-' : ''}$${grouped}` : n < 0 ? `(${grouped})` : grouped;
        expect(parseNumberText(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  test('digits with a decimal point and an exponent parse to exactly Number() of the same text (fast and slow paths)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,20}$/), fc.nat(20), fc.integer({ min: -30, max: 30 }), fc.boolean(), (digits, point, exponent, percent) => {
        const at = Math.min(point, digits.length);
        const mantissa = `${digits.slice(0, at) || '0'}.${digits.slice(at)}`;
        const text = `${mantissa}e${exponent}${percent ? '%' : ''}`;
        expect(parseNumberText(text)).toBe(Number(`${mantissa}e${exponent - (percent ? 2 : 0)}`));
      }),
    );
  });

  test('a decimal with two places and thousands separators parses to Number() of the same digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => {
        const text = (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(parseNumberText(text)).toBe(Number(text.replaceAll(',', '')));
      }),
    );
  });
});
