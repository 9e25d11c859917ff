/**
 * The signature of `Excel.run`. Every function in src/excel takes it as a parameter, so the add-in passes
 * office-js's `Excel.run` and tests, the command line and the workbench pass the in-memory host's.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
