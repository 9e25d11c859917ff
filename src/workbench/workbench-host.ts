import type { ExcelRun } from '../excel/excel-run';
import { createExcelHost, type ExcelHost } from '../sim/index';
import type { WorkbookModel } from '../sim/model';
import type { PaneHost } from '../taskpane/pane-host';
import type { Engine } from '../worker/engine-client';

/** The in-memory workbook as the workbench page sees it: the task pane's host plus change notifications. */
export interface WorkbenchHost {
  readonly excel: ExcelHost;
  readonly pane: PaneHost;
  /** Calls `listener` after every batch that ran against the workbook; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  /** Counts batches run, so React redraws the grid when it changes. */
  version(): number;
}

/**
 * Wraps the simulator's run so the page redraws after each batch and the task pane hears of selection
 * changes, whoever made them (a click in the grid, or the pane's "Use current region"), as in Excel.
 * @example
 * const bench = createWorkbenchHost(createWorkbook(state), createEngine(() => new Worker('engine-worker.js')));
 */
export function createWorkbenchHost(workbook: WorkbookModel, engine: Engine, holdEngineMs?: number): WorkbenchHost {
  const excel = createExcelHost(workbook);
  const changeListeners = new Set<() => void>();
  const selectionListeners = new Set<() => void>();
  let version = 0;
  const run: ExcelRun = async (batch) => {
    const before = JSON.stringify(workbook.selection);
    try {
      return await excel.run(batch);
    } finally {
      version += 1;
      changeListeners.forEach((l) => l());
      if (JSON.stringify(workbook.selection) !== before) selectionListeners.forEach((l) => l());
    }
  };
  const listen = (set: Set<() => void>) => (listener: () => void) => {
    set.add(listener);
    return () => void set.delete(listener);
  };
  return {
    excel,
    pane: {
      run,
      engine,
      onSelectionChanged: listen(selectionListeners),
      supportsExcelApi: () => true,
      ...(holdEngineMs === undefined ? {} : { holdEngineMs }),
    },
    subscribe: listen(changeListeners),
    version: () => version,
  };
}
