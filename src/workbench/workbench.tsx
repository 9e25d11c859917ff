import { Body1Strong, Caption1, Field, Input, Tab, TabList } from '@fluentui/react-components';
import { useState, useSyncExternalStore, type ReactElement } from 'react';
import { parseAddress, rectA1, type Rect } from '../sim/address';
import { sheetById } from '../sim/model';
import { PaneHostContext } from '../taskpane/pane-host-context';
import { TaskPane } from '../taskpane/task-pane';
import { SheetGrid } from './sheet-grid';
import type { WorkbenchHost } from './workbench-host';

/** Excel's Name Box: shows the selection's address; type an address and press Enter to select it. */
function NameBox(props: { address: string; onGo: (address: string) => string | null }): ReactElement {
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Field label="Name box" orientation="horizontal" className="wb-namebox" {...(error ? { validationMessage: error, validationState: 'error' as const } : {})}>
      <Input
        value={typed ?? props.address}
        onChange={(_event, data) => setTyped(data.value)}
        onBlur={() => setTyped(null)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || typed === null) return;
          setError(props.onGo(typed));
          setTyped(null);
        }}
      />
    </Field>
  );
}

/**
 * The workbench: the in-memory workbook (grid, sheet tabs, charts) on the left, the real task pane on the
 * right. Everything the pane does goes through the same ExcelRun it gets inside Excel.
 */
export function Workbench({ bench }: { bench: WorkbenchHost }): ReactElement {
  useSyncExternalStore(bench.subscribe, bench.version);
  const book = bench.excel.workbook;
  const run = bench.pane.run;
  const active = sheetById(book, book.activeSheetId);
  const selection = book.selection.sheetId === active.id ? book.selection.rect : null;
  const select = (sheet: string, rect: Rect) => void run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(rectA1(rect)).select();
    await context.sync();
  });
  const goTo = (address: string): string | null => {
    try {
      const parsed = parseAddress(address.trim());
      const sheet = parsed.sheet ?? active.name;
      if (!book.sheets.some((s) => s.name === sheet)) return `There is no sheet named "${sheet}".`;
      select(sheet, parsed.rect);
      return null;
    } catch {
      return `"${address}" is not a cell or range address; type one like A1:E201 or 'Mall customers'!A1:E201.`;
    }
  };
  const visible = book.sheets.filter((s) => s.visibility === 'Visible');
  const activate = (id: unknown) => void run(async (context) => {
    const sheet = book.sheets.find((s) => s.id === id);
    if (sheet) context.workbook.worksheets.getItem(sheet.name).activate();
    await context.sync();
  });
  return (
    <div className="wb-app">
      <div className="wb-book">
        <header className="wb-bar">
          <Body1Strong>Segments workbench</Body1Strong>
          <Caption1 className="wb-bar-note">An in-memory workbook standing in for Excel; the task pane on the right is the real add-in.</Caption1>
          <NameBox address={selection ? rectA1(selection) : ''} onGo={goTo} />
        </header>
        <SheetGrid key={active.id} book={book} sheet={active} selection={selection} onSelect={(rect) => select(active.name, rect)} />
        <TabList className="wb-tabs" size="small" aria-label="Sheets" selectedValue={active.id} onTabSelect={(_event, data) => activate(data.value)}>
          {visible.map((s) => <Tab key={s.id} value={s.id}>{s.name}</Tab>)}
        </TabList>
      </div>
      <aside className="wb-pane" aria-label="Segments task pane">
        <div className="wb-pane-title">Segments</div>
        <div className="wb-pane-body">
          <PaneHostContext.Provider value={bench.pane}>
            <TaskPane />
          </PaneHostContext.Provider>
        </div>
      </aside>
    </div>
  );
}
