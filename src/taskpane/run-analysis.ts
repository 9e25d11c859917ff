import type { Problem } from '../engine/problem';
import type { Progress } from '../engine/recipe/types';
import type { Report } from '../engine/report/types';
import { runToWorkbook, type Compute } from '../excel/run-to-workbook';
import type { WrittenReport } from '../excel/write-report';
import { EngineCancelled } from '../worker/engine-client';
import type { PaneHost } from './pane-host';
import { NO_WRITE_OPTIONS, type WriteOptions } from './write-options';

export type RunAnalysisOutcome =
  | { readonly status: 'done'; readonly report: Report; readonly written: WrittenReport; readonly source: string; readonly runId: string }
  | { readonly status: 'problems'; readonly problems: readonly Problem[] }
  | { readonly status: 'cancelled' };

/** What the pane hands a run: progress to show, the signal Cancel aborts and, for a new run, the write opt-ins. */
export interface PaneCall {
  readonly onProgress: (p: Progress) => void;
  readonly signal: AbortSignal;
  readonly write?: WriteOptions;
}

/** The engine in the host's worker as runToWorkbook's `compute`: aborting `signal` terminates the worker. */
export function engineCompute(host: PaneHost, signal: AbortSignal): Compute {
  return (recipe, table, context) =>
    host.engine.run(recipe, table, {
      signal,
      ...(context.onProgress ? { onProgress: context.onProgress } : {}),
      ...(host.holdEngineMs === undefined ? {} : { holdMs: host.holdEngineMs }),
    });
}

/** Whether an error is how a cancelled run ends (a check inside reading or writing, or the worker terminated). */
export function endedByCancel(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || error instanceof EngineCancelled;
}

/**
 * One run from the task pane: runToWorkbook (read on the main thread, where office-js lives; write the
 * report; record the run) with the engine in the worker. Cancel works at every step: while reading and
 * writing through their own checks (a half-written report is removed), while computing by terminating the
 * worker. A cancelled run leaves the workbook unchanged.
 * @example
 * const outcome = await runAnalysis(host, { kind: 'kmeans', columns: ['Age'], k: 'auto' }, { onProgress, signal, write: { appendResult: true, liveFormulas: false } });
 */
export async function runAnalysis(host: PaneHost, recipe: { readonly kind: string }, call: PaneCall): Promise<RunAnalysisOutcome> {
  const { signal } = call;
  const write = call.write ?? NO_WRITE_OPTIONS;
  try {
    const outcome = await runToWorkbook(host.run, recipe, {
      onProgress: call.onProgress,
      isCancelled: () => signal.aborted,
      supportsExcelApi: (v) => host.supportsExcelApi(v),
      compute: engineCompute(host, signal),
      appendResult: write.appendResult,
      liveFormulas: write.liveFormulas,
    });
    if (!outcome.ok) return { status: 'problems', problems: outcome.problems };
    return { status: 'done', report: outcome.report, written: outcome.written, source: outcome.record.source, runId: outcome.record.id };
  } catch (error) {
    if (endedByCancel(error, signal)) return { status: 'cancelled' };
    throw error;
  }
}
