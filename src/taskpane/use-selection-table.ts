import { useEffect, useState } from 'react';
import { readPreview, type PreviewRead } from '../excel/read-preview';
import type { PaneHost } from './pane-host';

/**
 * The selection as last read. While a newer selection is being read, the last read stays shown with
 * `refreshing` set, so the options form is not torn down (and its folds closed) by every selection event.
 */
export type SelectionState =
  | { readonly status: 'reading' }
  | { readonly status: 'read'; readonly read: PreviewRead; readonly refreshing: boolean }
  | { readonly status: 'failed'; readonly message: string };

/** Selection changes arrive in bursts while a person drags; read once they settle. */
const SETTLE_MS = 200;

/**
 * The selected range as the Data step shows it (address, size, and a Table of its first rows), kept up to
 * date as the selection changes. Only the latest read is shown: a slow read of an old selection never
 * overwrites a newer one. The whole range is read once, by Run, which waits while a read is refreshing.
 */
export function useSelectionTable(host: PaneHost): SelectionState {
  const [state, setState] = useState<SelectionState>({ status: 'reading' });
  useEffect(() => {
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      const request = ++latest;
      setState((current) => (current.status === 'read' ? { ...current, refreshing: true } : { status: 'reading' }));
      readPreview(host.run, { supportsExcelApi: (v) => host.supportsExcelApi(v) }).then(
        (result) => request === latest && setState({ status: 'read', read: result, refreshing: false }),
        (error: unknown) => request === latest && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    };
    read();
    const stop = host.onSelectionChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(read, SETTLE_MS);
    });
    return () => {
      latest = -1;
      clearTimeout(timer);
      stop();
    };
  }, [host]);
  return state;
}
