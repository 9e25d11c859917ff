/** Days from Excel's day 0 (1899-12-30) to the Unix epoch. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * The text a cell shows for its value and number format: enough of Excel's formats for the sheets the add-in
 * writes (General, fixed decimals, thousands separators, percentages, ISO dates, text). Formats beyond that
 * show as General.
 * @example formatCell(0.325, '0.0%') // '32.5%'
 * @example formatCell(1234.5, '#,##0.00') // '1,234.50'
 * @example formatCell(45000, 'yyyy-mm-dd') // '2023-03-15'
 */
export function formatCell(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object' && 'error' in value) return String((value as { error: unknown }).error);
  if (typeof value !== 'number') return String(value);
  const f = format ?? 'General';
  if (/y{2,4}|d{1,2}/.test(f) && !f.includes('0')) return formatDate(value, f);
  const fixed = /^(#,##)?0(\.(0+))?(%?)$/.exec(f);
  if (fixed) {
    const percent = fixed[4] === '%';
    const digits = fixed[3]?.length ?? 0;
    return (percent ? value * 100 : value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: fixed[1] !== undefined }) + (percent ? '%' : '');
  }
  return formatGeneral(value);
}

/** Excel's General: up to 11 significant characters, scientific for very large or small magnitudes. */
function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e11 || magnitude < 1e-9)) return value.toExponential(5).replace(/\.?0+e/, 'e').toUpperCase();
  return String(Number(value.toPrecision(10)));
}

function formatDate(serial: number, format: string): string {
  const date = new Date(Math.round((serial - EXCEL_EPOCH_DAYS) * 86_400_000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return format
    .replace(/yyyy/g, String(date.getUTCFullYear()))
    .replace(/mm/g, pad(date.getUTCMonth() + 1))
    .replace(/dd/g, pad(date.getUTCDate()));
}
