import { describe, expect, test } from '@jest/globals';
import { excelSerial } from '../../../src/engine/table/excel-serial';
import { parseDateText } from '../../../src/engine/table/parse-date-text';

describe('excelSerial(year, month, day, time) gives the number Excel stores', () => {
  // Excel: 1900-01-01 is 1, and the fictitious 1900-02-29 is 60, so 1900-03-01 is 61.
  // 2000-01-01: 100 years from 1900-01-01 hold 25 leap days minus 1900 itself = 24, plus Excel's fake
  // 29 Feb: 1 + 100 × 365 + 24 + 1 = 36526. 2024-03-01: 36526 + 24 × 365 + 6 leap days (2000…2020)
  // + 31 (Jan) + 29 (Feb 2024) = 45352.
  test.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [2000, 1, 1, 36526],
    [2024, 3, 1, 45352],
  ])('%i-%i-%i → %i', (y, m, d, serial) => {
    expect(excelSerial(y, m, d)).toBe(serial);
  });

  test('time of day is the fraction: noon adds 0.5', () => {
    expect(excelSerial(2024, 3, 1, 0.5)).toBe(45352.5);
  });

  test.each([
    [2023, 2, 29],
    [2024, 13, 1],
    [2024, 4, 31],
    [1899, 12, 31],
  ])('%i-%i-%i does not exist in Excel → NaN', (y, m, d) => {
    expect(excelSerial(y, m, d)).toBeNaN();
  });
});

describe('parseDateText(text) reads dates written as text', () => {
  // 14:05:00 is (14 × 3600 + 5 × 60) / 86400 of a day.
  const t1405 = (14 * 3600 + 5 * 60) / 86400;
  test.each([
    ['2024-03-01', { year: 2024, month: 3, day: 1, time: 0, swappable: false }],
    ['2024-03-01 14:05:00', { year: 2024, month: 3, day: 1, time: t1405, swappable: false }],
    ['2024-03-01T14:05:00Z', { year: 2024, month: 3, day: 1, time: t1405, swappable: false }],
    ['2024/3/1', { year: 2024, month: 3, day: 1, time: 0, swappable: false }],
    ['01/03/2024', { year: 2024, month: 1, day: 3, time: 0, swappable: true }],
    ['25.03.2024', { year: 2024, month: 25, day: 3, time: 0, swappable: true }],
    ['3/1/24 2:05 PM', { year: 2024, month: 3, day: 1, time: t1405, swappable: true }],
    ['1 Mar 2024', { year: 2024, month: 3, day: 1, time: 0, swappable: false }],
    ['1-Mar-24', { year: 2024, month: 3, day: 1, time: 0, swappable: false }],
    ['01-mar-95', { year: 1995, month: 3, day: 1, time: 0, swappable: false }],
    ['Mar 1, 2024', { year: 2024, month: 3, day: 1, time: 0, swappable: false }],
    ['September 30 2023', { year: 2023, month: 9, day: 30, time: 0, swappable: false }],
    [" '2024-03-01 ", { year: 2024, month: 3, day: 1, time: 0, swappable: false }],
  ])('%p', (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });

  test.each(['Male', 'Marketing 2024', '2024-03', '1/2', '2024-03-01 25:00', '2024-03-01 13:00 PM', '1 Foo 2024', '12345', '2024-03-01+01:00', 'Mar 2024'])(
    '%p is not a date',
    (text) => {
      expect(parseDateText(text)).toBeUndefined();
    },
  );
});
