import type { RunOutcome } from '../engine/recipe/registry';
import type { Progress } from '../engine/recipe/types';
import type { Table } from '../engine/table/types';

/** Options of one engine run in the worker. */
export interface EngineRunOptions {
  /**
   * Milliseconds the worker waits before computing. Only the workbench's end-to-end tests set it (through
   * `?holdEngineMs=`), so that a Cancel pressed during the run cannot lose the race against a fast engine.
   */
  readonly holdMs?: number;
}

/**
 * What the engine worker offers the main thread (through comlink). Everything crossing it is plain data:
 * the Table's typed arrays are structured-cloned, the Report comes back as JSON-like values.
 */
export interface EngineApi {
  run(recipe: unknown, table: Table, onProgress: (progress: Progress) => void, options?: EngineRunOptions): Promise<RunOutcome>;
}
