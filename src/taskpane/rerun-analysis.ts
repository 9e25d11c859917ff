import type { Problem } from '../engine/problem';
import { rerun, type RerunChanges } from '../excel/rerun';
import type { RunRecord } from '../excel/run-record';
import type { PaneHost } from './pane-host';
import { endedByCancel, engineCompute, type PaneCall } from './run-analysis';

export type RerunAnalysisOutcome =
  | { readonly status: 'done'; readonly record: RunRecord; readonly changes: RerunChanges }
  | { readonly status: 'problems'; readonly problems: readonly Problem[] }
  | { readonly status: 'cancelled' };

/**
 * "Re-run" from the task pane: rerun with the engine in the worker and the pane's progress and Cancel. A
 * cancelled or failed re-run leaves the previous results in place (rerun swaps the new sheets in last).
 * @example const outcome = await rerunAnalysis(host, '1', { onProgress, signal }); // outcome.changes.rowsAdded → 0
 */
export async function rerunAnalysis(host: PaneHost, recordId: string, call: PaneCall): Promise<RerunAnalysisOutcome> {
  const { signal } = call;
  try {
    const outcome = await rerun(host.run, recordId, {
      onProgress: call.onProgress,
      isCancelled: () => signal.aborted,
      supportsExcelApi: (v) => host.supportsExcelApi(v),
      compute: engineCompute(host, signal),
    });
    if (!outcome.ok) return { status: 'problems', problems: outcome.problems };
    return { status: 'done', record: outcome.record, changes: outcome.changes };
  } catch (error) {
    if (endedByCancel(error, signal)) return { status: 'cancelled' };
    throw error;
  }
}
