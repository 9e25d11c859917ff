import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { PaneHost } from './pane-host';
import { PaneHostContext } from './pane-host-context';
import { TaskPane } from './task-pane';

/** Renders the task pane into `element` with Office's light theme, against `host`. */
export function mountPane(element: HTMLElement, host: PaneHost): void {
  createRoot(element).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <PaneHostContext.Provider value={host}>
        <TaskPane />
      </PaneHostContext.Provider>
    </FluentProvider>,
  );
}
