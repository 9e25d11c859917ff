import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h, type ReactElement } from 'react';
import { columnNotes } from '../column-notes';
import { usePaneHost } from '../pane-host-context';
import { ProblemBars } from '../problem-bars';
import type { SelectionState } from '../use-selection-table';
import { selectCurrentRegion } from '../../excel/workbook-actions';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  address: { display: 'block', fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  notes: { color: tokens.colorPaletteDarkOrangeForeground1 },
  table: { tableLayout: 'auto' },
});

/** Step 1: what is selected — the address, size, each column's type and what the reader noticed. */
export function DataStep({ selection }: { selection: SelectionState }): ReactElement {
  const styles = useStyles();
  const host = usePaneHost();
  const regionButton = h(Button, { size: 'small', onClick: () => void selectCurrentRegion(host.run) }, 'Use current region');
  if (selection.status === 'reading') return h(Spinner, { size: 'tiny', label: 'Reading the selection…' });
  if (selection.status === 'failed') {
    return h(MessageBar, { intent: 'error', layout: 'multiline' }, h(MessageBarBody, null, `The selection could not be read: ${selection.message} Select the data again, or use the current region.`));
  }
  const { read } = selection;
  if (!read.ok) {
    return h('div', null,
      h('div', { className: styles.head }, h(Body1, { className: styles.address }, read.address ?? 'Selection'), regionButton),
      h(ProblemBars, { problems: read.problems, intent: 'error' }));
  }
  const { table } = read;
  return h('div', null,
    h('div', { className: styles.head },
      h('div', null,
        h(Body1, { className: styles.address }, read.range.address),
        h(Caption1, null, `${table.rowCount.toLocaleString('en-US')} rows × ${table.columns.length} columns${table.hasHeader ? ', first row is the header' : ', no header row'}`)),
      regionButton),
    h(Table, { size: 'extra-small', className: styles.table, 'aria-label': 'Columns of the selection' },
      h(TableHeader, null, h(TableRow, null, h(TableHeaderCell, null, 'Column'), h(TableHeaderCell, null, 'Type'), h(TableHeaderCell, null, 'Notes'))),
      h(TableBody, null, table.columns.map((c) => h(TableRow, { key: c.name },
        h(TableCell, null, c.name),
        h(TableCell, null, c.type),
        h(TableCell, { className: styles.notes }, columnNotes(c).join('; ')))))),
    h(ProblemBars, { problems: table.warnings, intent: 'warning' }));
}
