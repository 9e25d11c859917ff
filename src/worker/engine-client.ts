import { proxy, wrap, type Remote } from 'comlink';
import type { RunOutcome } from '../engine/recipe/registry';
import type { Progress } from '../engine/recipe/types';
import type { Table } from '../engine/table/types';
import type { EngineApi, EngineRunOptions } from './engine-api';

/** The run was stopped by its AbortSignal; nothing it computed is used. */
export class EngineCancelled extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'EngineCancelled';
  }
}

export interface EngineCall extends EngineRunOptions {
  readonly onProgress?: (progress: Progress) => void;
  readonly signal?: AbortSignal;
}

/** Runs recipes off the main thread; see createEngine. */
export interface Engine {
  run(recipe: unknown, table: Table, call?: EngineCall): Promise<RunOutcome>;
  dispose(): void;
}

/**
 * An engine in a Web Worker made by `makeWorker` (the page passes `() => new Worker('engine-worker.js')`).
 * Cancel is immediate: the signal terminates the worker, whatever the engine is doing, and the next run gets
 * a fresh one. That is simpler and surer than asking a tight numeric loop to poll a flag across threads.
 * @example
 * const engine = createEngine(() => new Worker('engine-worker.js'));
 * const outcome = await engine.run(recipe, table, { onProgress: setProgress, signal: controller.signal });
 */
export function createEngine(makeWorker: () => Worker): Engine {
  let current: { worker: Worker; api: Remote<EngineApi> } | undefined;
  const live = () => {
    if (!current) {
      const worker = makeWorker();
      current = { worker, api: wrap<EngineApi>(worker) };
    }
    return current;
  };
  const stop = () => {
    current?.worker.terminate();
    current = undefined;
  };
  return {
    async run(recipe, table, call = {}) {
      if (call.signal?.aborted) throw new EngineCancelled();
      const { api } = live();
      const onProgress = proxy((p: Progress) => call.onProgress?.(p));
      const options: EngineRunOptions = call.holdMs === undefined ? {} : { holdMs: call.holdMs };
      return new Promise<RunOutcome>((resolve, reject) => {
        const abort = () => {
          stop();
          reject(new EngineCancelled());
        };
        call.signal?.addEventListener('abort', abort, { once: true });
        api.run(recipe, table, onProgress, options).then(resolve, (error: unknown) => {
          // A worker that failed mid-run may hold half a state; the next run starts clean.
          stop();
          reject(error instanceof Error ? error : new Error(String(error)));
        }).finally(() => call.signal?.removeEventListener('abort', abort));
      });
    },
    dispose: stop,
  };
}
