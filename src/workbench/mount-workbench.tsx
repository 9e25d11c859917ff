import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { Workbench } from './workbench';
import type { WorkbenchHost } from './workbench-host';

/** Renders the workbench into `element` with Office's light theme. */
export function mountWorkbench(element: HTMLElement, bench: WorkbenchHost): void {
  createRoot(element).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <Workbench bench={bench} />
    </FluentProvider>,
  );
}
