const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Excel's serial number for a calendar date and a time of day (fraction of a day), or NaN when the
 * date does not exist or Excel cannot hold it (before 1900-01-01, after 9999-12-31).
 * Excel counts 1900-01-01 as 1 and keeps a fictitious 1900-02-29 (serial 60) for Lotus
 * compatibility, so dates before March 1900 sit one lower than a plain day count from 1899-12-30.
 * @example excelSerial(2024, 3, 1) // → 45352
 * @example excelSerial(2024, 3, 1, 0.5) // → 45352.5 (noon)
 * @example excelSerial(2023, 2, 29) // → NaN
 */
export function excelSerial(year: number, month: number, day: number, time = 0): number {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return NaN;
  if (!Number.isInteger(month) || month < 1 || month > 12) return NaN;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (!(time >= 0 && time < 1)) return NaN;
  const days = (Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY;
  return (days < 61 ? days - 1 : days) + time;
}
