/**
 * Whether an Excel number format shows its number as a date or time, so the cell holds a serial.
 * Scans the format code the way Excel reads it: quoted literals ("days"), escaped characters (\d),
 * padding (_x) and fill (*x) are skipped; bracketed sections are skipped too (colours [Red],
 * conditions [>100], locales [$-409] and currencies [$€-407]) except elapsed-time codes [h] [mm] [ss];
 * digit placeholders swallow an exponent (0.00E+00), and "General" is not read as letters.
 * Any remaining y, m, d, h, s, e (year), g (era), b (Buddhist year) or AM/PM / A/P makes it a date or time.
 * @example isDateFormat('yyyy-mm-dd') // → true
 * @example isDateFormat('[$-409]h:mm AM/PM') // → true
 * @example isDateFormat('0.00E+00') // → false
 * @example isDateFormat('0 "days"') // → false
 */
export function isDateFormat(format: string): boolean {
  const n = format.length;
  let i = 0;
  while (i < n) {
    const c = format[i] as string;
    switch (c) {
      case '"':
        i = format.indexOf('"', i + 1);
        if (i < 0) return false;
        i++;
        break;
      case '\\':
      case '_':
      case '*':
        i += 2;
        break;
      case '[': {
        const close = format.indexOf(']', i);
        if (close < 0) return false;
        if (isElapsedTime(format.slice(i + 1, close))) return true;
        i = close + 1;
        break;
      }
      case '0':
      case '#':
      case '?':
      case '.':
        i++;
        while (i < n && '0#?.,E+-%e'.includes(format[i] as string)) i++;
        break;
      case 'G':
      case 'g':
        if (format.slice(i, i + 7).toLowerCase() === 'general') {
          i += 7;
          break;
        }
        return true;
      case 'A':
      case 'a': {
        const ahead = format.slice(i, i + 5).toUpperCase();
        if (ahead === 'AM/PM' || ahead.startsWith('A/P')) return true;
        i++;
        break;
      }
      default:
        if ('yYmMdDhHsSeEbB'.includes(c)) return true;
        i++;
    }
  }
  return false;
}

/** [h], [hh], [m], [mm], [s], [ss]: durations such as "[h]:mm:ss". */
function isElapsedTime(inside: string): boolean {
  const lower = inside.toLowerCase();
  if (lower.length === 0) return false;
  const first = lower[0] as string;
  return 'hms'.includes(first) && [...lower].every((ch) => ch === first);
}
