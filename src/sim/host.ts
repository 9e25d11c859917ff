/**
 * The simulated Excel host: `createExcelHost(workbook).run` has the signature of `Excel.run`, so code in
 * src/excel takes `run: ExcelRun` as a parameter and works unchanged against real Excel (pass `Excel.run`)
 * and against the simulator (tests, the command line, the browser workbench).
 */
import { SimRequestContext, type HostSession, type RequestLogEntry } from './context';
import { EXCEL_ON_THE_WEB, type HostLimits } from './limits';
import type { WorkbookModel } from './model';
import { createWorkbook, exportState, type WorkbookState } from './state';
import { SimWorkbook } from './workbook';

/** The shape of `Excel.run` that src/excel depends on. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  readonly run: ExcelRun;
  /** The workbook the runs change, for the workbench to draw and tests to inspect. */
  readonly workbook: WorkbookModel;
  /** One entry per sync, in order: actions, bytes sent and received, error code. */
  readonly requestLog: readonly RequestLogEntry[];
  /** The workbook as plain JSON. */
  exportState(): WorkbookState;
}

/**
 * A host over `workbook` (a new one-sheet workbook when omitted), with Excel on the web's limits unless
 * `limits` overrides some.
 * @example
 * const host = createExcelHost(createWorkbook({ sheets: [{ name: 'Data', values: [[1, 2]] }] }));
 * const sum = await host.run(async (context) => {
 *   const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1').load('values');
 *   await context.sync();
 *   return (range.values[0] as number[]).reduce((a, b) => a + b, 0); // 3
 * });
 */
export function createExcelHost(workbook: WorkbookModel = createWorkbook({ sheets: [] }), limits: Partial<HostLimits> = {}): ExcelHost {
  const session: HostSession = { workbook, limits: { ...EXCEL_ON_THE_WEB, ...limits }, log: [] };
  const run: ExcelRun = async (batch) => {
    const context = new SimRequestContext(session, (c) => new SimWorkbook(c));
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends whatever the batch queued after its last sync.
      if (context.hasPending) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };
  return { run, workbook, requestLog: session.log, exportState: () => exportState(workbook) };
}
