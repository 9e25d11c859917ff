/**
 * The task pane inside Excel: office.js (loaded by taskpane.html from Microsoft's CDN, as Office requires)
 * provides Excel.run and the selection event; everything else is the same pane the workbench shows.
 */
import { createEngine } from '../worker/engine-client';
import { mountPane } from './mount-pane';
import type { PaneHost } from './pane-host';

function officeHost(): PaneHost {
  return {
    run: (batch) => Excel.run(batch),
    engine: createEngine(() => new Worker('engine-worker.js')),
    onSelectionChanged(listener) {
      const handler = () => listener();
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },
    supportsExcelApi: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

void Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) mountPane(root, officeHost());
});
