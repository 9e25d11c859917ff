/**
 * Excel's limits, as the simulator enforces them. Numbers come from Microsoft's "Excel specifications and
 * limits" and "Resource limits and performance optimization for Office Add-ins" (Excel on the web).
 */

/** Rows in a worksheet: 1,048,576 (2^20). */
export const MAX_ROWS = 1_048_576;

/** Columns in a worksheet: 16,384 (2^14, A to XFD). */
export const MAX_COLUMNS = 16_384;

/** Characters in a worksheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters Excel refuses in a worksheet name. */
export const SHEET_NAME_FORBIDDEN = ['[', ']', ':', '*', '?', '/', '\\'] as const;

/** Characters one cell can hold. */
export const MAX_CELL_CHARACTERS = 32_767;

/** Excel on the web refuses one request, or one response, larger than 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Cells one range read may return; more fails with RangeExceedsLimit. */
export const MAX_CELLS_PER_READ = 5_000_000;

/**
 * Bytes counted for each queued command on top of the data it carries: office-js sends every action as a
 * small JSON object (ids, method name, argument list), so a request of many tiny writes still has weight.
 */
export const ACTION_OVERHEAD_BYTES = 64;

/** Limits a host enforces; tests lower them to reach the edges quickly. */
export interface HostLimits {
  readonly payloadLimitBytes: number;
  readonly maxCellsPerRead: number;
}

/** Excel on the web's limits. */
export const EXCEL_ON_THE_WEB: HostLimits = {
  payloadLimitBytes: DEFAULT_PAYLOAD_LIMIT_BYTES,
  maxCellsPerRead: MAX_CELLS_PER_READ,
};
