/**
 * The text Excel shows for a value under a number format (`Range.text`), for the formats the add-in
 * writes: General, "@", fixed decimals ("0.00"), thousands ("#,##0"), currency ("$#,##0.00"), percent
 * ("0.0%"), scientific ("0.00E+00") and dates (m/d/yyyy, yyyy-mm-dd, d-mmm, d-mmm-yy, mmm-yy). Other formats
 * fall back to General.
 */
import { isCellError, type CellValue } from './cell-value';
import { serialDate } from './date-serial';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function generalText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-9 || abs >= 1e11)) return value.toExponential(5).replace(/\.?0+e/, 'E').replace(/E([+-])(\d)$/, 'E$10$2');
  return String(Number(value.toPrecision(10)));
}

function dateText(value: number, format: string): string {
  const { year, month, day } = serialDate(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return format
    .replace(/yyyy/g, String(year))
    .replace(/yy/g, pad(year % 100))
    .replace(/mmm/g, MONTH_NAMES[month - 1] ?? '')
    .replace(/mm/g, pad(month))
    .replace(/(^|[^a-z])m(?![a-z])/g, `$1${month}`)
    .replace(/dd/g, pad(day))
    .replace(/(^|[^a-z])d(?![a-z])/g, `$1${day}`);
}

function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Display text of a stored value under `format`.
 * @example formatCellText(0.125, '0.0%') // "12.5%"
 * @example formatCellText(45352, 'yyyy-mm-dd') // "2024-03-01"
 */
export function formatCellText(value: CellValue | undefined, format: string): string {
  if (value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === '@') return String(value);
  if (/^[dmy][dmy\-/ ,]*$/i.test(format)) return dateText(value, format.toLowerCase());
  const m = /^(\$?)(#,##)?0(\.0+)?(%|E\+00)?$/.exec(format);
  if (!m) return generalText(value);
  const [, dollar = '', thousands, decimalsPart = '', suffix = ''] = m;
  const decimals = Math.max(0, decimalsPart.length - 1);
  if (suffix === 'E+00') return value.toExponential(decimals).toUpperCase().replace(/E([+-])(\d)$/, 'E$10$2');
  const scaled = suffix === '%' ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [intPart = '', frac] = fixed.split('.');
  const body = (thousands ? withThousands(intPart) : intPart) + (frac === undefined ? '' : `.${frac}`);
  return `${scaled < 0 && Number(fixed) !== 0 ? '-' : ''}${dollar}${body}${suffix}`;
}
