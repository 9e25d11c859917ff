/** The simulated Excel host: what tests, the command line and the workbench import. */
export { createExcelHost, type ExcelHost, type ExcelRun } from './host';
export { createWorkbook, exportState, type ChartState, type CustomXmlPartState, type SeriesState, type SheetState, type StateCell, type WorkbookState } from './state';
export type { RequestLogEntry } from './context';
export { SimError, type SimErrorCode } from './errors';
export { EXCEL_ON_THE_WEB, MAX_CELLS_PER_READ, MAX_COLUMNS, MAX_ROWS, MAX_SHEET_NAME_LENGTH, type HostLimits } from './limits';
export type { WorkbookModel } from './model';
