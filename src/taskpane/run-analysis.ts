import type { Problem } from '../engine/problem';
import type { Progress } from '../engine/recipe/types';
import type { Report } from '../engine/report/types';
import { runToWorkbook } from '../excel/run-to-workbook';
import type { WrittenReport } from '../excel/write-report';
import { EngineCancelled } from '../worker/engine-client';
import type { PaneHost } from './pane-host';

export type RunAnalysisOutcome =
  | { readonly status: 'done'; readonly report: Report; readonly written: WrittenReport; readonly source: string }
  | { readonly status: 'problems'; readonly problems: readonly Problem[] }
  | { readonly status: 'cancelled' };

/**
 * One run from the task pane: runToWorkbook (read on the main thread, where office-js lives; write the
 * report; record the run) with the engine in the worker. Cancel works at every step: while reading and
 * writing through their own checks (a half-written report is removed), while computing by terminating the
 * worker. A cancelled run leaves the workbook unchanged.
 * @example
 * const outcome = await runAnalysis(host, { kind: 'kmeans', columns: ['Age'], k: 'auto' }, { onProgress, signal });
 */
export async function runAnalysis(host: PaneHost, recipe: { readonly kind: string }, call: { onProgress: (p: Progress) => void; signal: AbortSignal }): Promise<RunAnalysisOutcome> {
  const { signal } = call;
  try {
    const outcome = await runToWorkbook(host.run, recipe, {
      onProgress: call.onProgress,
      isCancelled: () => signal.aborted,
      supportsExcelApi: (v) => host.supportsExcelApi(v),
      compute: (r, table, context) =>
        host.engine.run(r, table, {
          signal,
          ...(context.onProgress ? { onProgress: context.onProgress } : {}),
          ...(host.holdEngineMs === undefined ? {} : { holdMs: host.holdEngineMs }),
        }),
    });
    if (!outcome.ok) return { status: 'problems', problems: outcome.problems };
    return { status: 'done', report: outcome.report, written: outcome.written, source: outcome.record.source };
  } catch (error) {
    if (signal.aborted || error instanceof EngineCancelled) return { status: 'cancelled' };
    throw error;
  }
}
