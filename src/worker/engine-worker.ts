/**
 * The Web Worker that runs the engine, so a long clustering never freezes the task pane. It never touches
 * office-js: the main thread reads the range, sends the Table here, and writes the Report that comes back.
 */
import { expose } from 'comlink';
import { runRecipe } from '../engine/recipe/registry';
import type { EngineApi } from './engine-api';

const api: EngineApi = {
  async run(recipe, table, onProgress, options = {}) {
    if (options.holdMs) await new Promise((resolve) => setTimeout(resolve, options.holdMs));
    // Progress is posted at most every 50 ms: a clustering reports far more often than a bar can show.
    let last = 0;
    return runRecipe(recipe, table, {
      onProgress: (progress) => {
        const now = Date.now();
        if (now - last < 50 && progress.fraction < 1) return;
        last = now;
        void onProgress(progress);
      },
    });
  },
};

expose(api);
