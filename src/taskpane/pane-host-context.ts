import { createContext, useContext } from 'react';
import type { PaneHost } from './pane-host';

/** Provides the PaneHost to every step of the pane. */
export const PaneHostContext = createContext<PaneHost | null>(null);

/** The PaneHost of the surrounding provider; a pane rendered without one is a programming error. */
export function usePaneHost(): PaneHost {
  const host = useContext(PaneHostContext);
  if (!host) throw new Error('The task pane must be rendered inside PaneHostContext.Provider.');
  return host;
}
