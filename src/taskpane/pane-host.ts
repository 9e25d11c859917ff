import type { ExcelRun } from '../excel/excel-run';
import type { Engine } from '../worker/engine-client';

/**
 * Everything the task pane needs from where it runs. In Excel, main.ts builds it from office-js; in the
 * workbench, from the in-memory host. Components receive it through PaneHostContext and never reach for
 * office-js globals themselves.
 */
export interface PaneHost {
  /** `Excel.run`, or the in-memory host's run. */
  readonly run: ExcelRun;
  /** Runs recipes in a Web Worker. */
  readonly engine: Engine;
  /** Calls `listener` whenever the user selects another range; returns the function that stops it. */
  onSelectionChanged(listener: () => void): () => void;
  /** Whether the host supports an ExcelApi requirement set ("1.13"). */
  supportsExcelApi(version: string): boolean;
  /** The workbench's end-to-end hook (see EngineRunOptions.holdMs); undefined in Excel. */
  readonly holdEngineMs?: number;
}
