/**
 * Excel date serials (1900 date system): day 1 is 1900-01-01, and Excel keeps Lotus 1-2-3's fictitious
 * 1900-02-29 as serial 60, so every date from 1900-03-01 on is one more than a plain day count.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * Serial of a calendar date, or undefined when the date does not exist or is before 1900.
 * @example dateSerial(2024, 3, 1) // 45352
 * @example dateSerial(1900, 1, 1) // 1
 */
export function dateSerial(year: number, month: number, day: number): number | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const t = Date.UTC(year, month - 1, day);
  const check = new Date(t);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const days = Math.round((t - EPOCH) / MS_PER_DAY);
  return t < Date.UTC(1900, 2, 1) ? days - 1 : days;
}

/**
 * Calendar date of a serial (whole part), for formatting. Serial 60 is reported as 1900-02-29 as Excel does.
 * @example serialDate(45352) // { year: 2024, month: 3, day: 1 }
 */
export function serialDate(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(EPOCH + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
