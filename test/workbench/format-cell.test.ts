import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { formatCell } from '../../src/workbench/format-cell';

describe('formatCell(value, format) shows a cell as Excel would', () => {
  test('fixed decimals, thousands and percentages', () => {
    expect(formatCell(205.2251, '0.00')).toBe('205.23');
    expect(formatCell(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(formatCell(1234.5, '#,##0')).toBe('1,235');
    // 0.325 × 100 = 32.5, one decimal
    expect(formatCell(0.325, '0.0%')).toBe('32.5%');
    expect(formatCell(3, '0')).toBe('3');
  });

  test('dates from Excel serials: 45000 days after 1899-12-30 is 2023-03-15', () => {
    expect(formatCell(45000, 'yyyy-mm-dd')).toBe('2023-03-15');
  });

  test('General: integers as they are, fractions to 10 significant digits, huge numbers in scientific form', () => {
    expect(formatCell(600, undefined)).toBe('600');
    expect(formatCell(53.98461538461538, 'General')).toBe('53.98461538');
    expect(formatCell(1.5e12, 'General')).toBe('1.5E+12');
  });

  test('blanks, booleans, errors and text', () => {
    expect(formatCell(null, '0.00')).toBe('');
    expect(formatCell(true, undefined)).toBe('TRUE');
    expect(formatCell({ error: '#N/A' }, undefined)).toBe('#N/A');
    expect(formatCell('=HYPERLINK("x")', '@')).toBe('=HYPERLINK("x")');
  });

  test('a fixed-decimal format always shows exactly that many decimals', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 4 }), (value, digits) => {
      const text = formatCell(value, `0.${'0'.repeat(digits)}`);
      expect(text.split('.')[1]).toHaveLength(digits);
    }));
  });
});
