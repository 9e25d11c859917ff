import { useEffect, useState } from 'react';
import { readTable, type TableRead } from '../excel/read-table';
import type { PaneHost } from './pane-host';

export type SelectionState = { readonly status: 'reading' } | { readonly status: 'read'; readonly read: TableRead } | { readonly status: 'failed'; readonly message: string };

/** Selection changes arrive in bursts while a person drags; read once they settle. */
const SETTLE_MS = 200;

/**
 * The selected range read as a Table, kept up to date as the selection changes. Only the latest read is
 * shown: a slow read of an old selection never overwrites a newer one.
 */
export function useSelectionTable(host: PaneHost): SelectionState {
  const [state, setState] = useState<SelectionState>({ status: 'reading' });
  useEffect(() => {
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      const request = ++latest;
      setState({ status: 'reading' });
      readTable(host.run, { supportsExcelApi: (v) => host.supportsExcelApi(v) }).then(
        (result) => request === latest && setState({ status: 'read', read: result }),
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
