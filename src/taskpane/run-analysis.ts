import type { Problem } from '../engine/problem';
import type { Progress } from '../engine/recipe/types';
import type { Report } from '../engine/report/types';
import { VERSION } from '../engine/version';
import { readTable } from '../excel/read-table';
import { listRuns, nextRunId, saveRun } from '../excel/run-store';
import { writeReport, type WrittenReport } from '../excel/write-report';
import { EngineCancelled } from '../worker/engine-client';
import type { PaneHost } from './pane-host';

export type RunAnalysisOutcome =
  | { readonly status: 'done'; readonly report: Report; readonly written: WrittenReport; readonly source: string }
  | { readonly status: 'problems'; readonly problems: readonly Problem[] }
  | { readonly status: 'cancelled' };

/** Where each step's progress sits on the bar: reading, computing, writing. */
const READ_END = 0.15;
const RUN_END = 0.85;

/**
 * One run from the task pane: read the selection on the main thread (office-js lives there), compute in the
 * worker, write the report as new sheets and record the run in the workbook. Cancel works at every step:
 * while reading and writing through the readers' own checks (a half-written report is removed by
 * writeReport), while computing by terminating the worker. A cancelled run leaves the workbook unchanged.
 * @example
 * const outcome = await runAnalysis(host, { kind: 'kmeans', columns: ['Age'], k: 'auto' }, { onProgress, signal });
 */
export async function runAnalysis(host: PaneHost, recipe: { readonly kind: string }, call: { onProgress: (p: Progress) => void; signal: AbortSignal }): Promise<RunAnalysisOutcome> {
  const { signal } = call;
  const span = (from: number, to: number, label?: string) => (p: Progress) =>
    call.onProgress({ phase: label ?? p.phase, fraction: from + (to - from) * p.fraction });
  const isCancelled = () => signal.aborted;
  const supportsExcelApi = (v: string) => host.supportsExcelApi(v);
  try {
    const read = await readTable(host.run, { onProgress: span(0, READ_END), isCancelled, supportsExcelApi });
    if (!read.ok) return { status: 'problems', problems: read.problems };
    const source = read.range.address;
    call.onProgress({ phase: 'Preparing the data', fraction: READ_END });
    const outcome = await host.engine.run({ ...recipe, source }, read.table, {
      onProgress: span(READ_END, RUN_END),
      signal,
      ...(host.holdEngineMs === undefined ? {} : { holdMs: host.holdEngineMs }),
    });
    if (!outcome.ok) return { status: 'problems', problems: outcome.problems };
    if (signal.aborted) return { status: 'cancelled' };
    const date = new Date();
    const written = await writeReport(host.run, outcome.report, { runDate: date, isCancelled, supportsExcelApi, onProgress: span(RUN_END, 1, 'Writing the result sheets') });
    await saveRun(host.run, {
      id: nextRunId(await listRuns(host.run)),
      date: date.toISOString(),
      version: VERSION,
      source,
      recipe: outcome.report.recipe,
      sheets: written.sheets.map((s) => ({ id: s.id, name: s.name })),
    });
    return { status: 'done', report: outcome.report, written, source };
  } catch (error) {
    if (signal.aborted || error instanceof EngineCancelled) return { status: 'cancelled' };
    throw error;
  }
}
