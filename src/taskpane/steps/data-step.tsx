import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { selectCurrentRegion } from '../../excel/workbook-actions';
import { columnNotes } from '../column-notes';
import { usePaneHost } from '../pane-host-context';
import { ProblemBars } from '../problem-bars';
import type { SelectionState } from '../use-selection-table';

/** A selection that only says "nothing chosen yet" (one cell, a blank area, as after a run): guidance, not an error. */
const NOTHING_CHOSEN_YET = new Set(['single-cell', 'empty-selection', 'blank-selection']);

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  address: { display: 'block', fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  notes: { color: tokens.colorPaletteDarkOrangeForeground1 },
  table: { tableLayout: 'auto' },
  // A wide selection's column list scrolls on its own, so the analysis and options stay a short scroll away.
  columns: { maxHeight: '240px', overflowY: 'auto', marginTop: tokens.spacingVerticalS },
  button: { flexShrink: 0 },
});

/** A count as the pane writes it: "1,048,575 rows". */
function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * Step 1: what is selected — the address, size, each column's type and what the reader noticed. Types and
 * notes come from the first rows only when the selection is larger; the caption says so.
 */
export function DataStep({ selection }: { selection: SelectionState }): ReactElement {
  const styles = useStyles();
  const host = usePaneHost();
  const regionButton = <Button className={styles.button} size="small" onClick={() => void selectCurrentRegion(host.run)}>Use current region</Button>;
  if (selection.status === 'reading') return <Spinner size="tiny" label="Reading the selection…" />;
  if (selection.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{`The selection could not be read: ${selection.message} Select the data again, or use the current region.`}</MessageBarBody>
      </MessageBar>
    );
  }
  const { read } = selection;
  const refreshing = selection.refreshing ? <Spinner size="tiny" label="Reading the selection…" /> : null;
  if (!read.ok) {
    return (
      <div>
        <div className={styles.head}>
          <Body1 className={styles.address}>{read.address}</Body1>
          {regionButton}
        </div>
        {refreshing}
        <ProblemBars problems={read.problems} intent={read.problems.every((p) => NOTHING_CHOSEN_YET.has(p.code)) ? 'info' : 'error'} />
      </div>
    );
  }
  const { table } = read.preview;
  const dataRows = read.rowCount - (table.hasHeader ? 1 : 0);
  const size = `${count(dataRows, 'row', 'rows')} × ${count(read.columnCount, 'column', 'columns')}${table.hasHeader ? ', first row is the header' : ', no header row'}`;
  return (
    <div>
      <div className={styles.head}>
        <div>
          <Body1 className={styles.address}>{read.address}</Body1>
          <Caption1>{size}</Caption1>
        </div>
        {regionButton}
      </div>
      {refreshing}
      <div className={styles.columns} tabIndex={0} role="region" aria-label="Column list">
        <Table size="extra-small" className={styles.table} aria-label="Columns of the selection">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Column</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
              <TableHeaderCell>Notes</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.columns.map((c) => (
              <TableRow key={c.name}>
                <TableCell>{c.name}</TableCell>
                <TableCell>{c.type}</TableCell>
                <TableCell className={styles.notes}>{columnNotes(c).join('; ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {read.partial ? <Caption1>{`Types and notes from the first ${count(table.rowCount, 'row', 'rows')}; Run reads all ${dataRows.toLocaleString('en-US')}.`}</Caption1> : null}
      <ProblemBars problems={table.warnings} intent="warning" />
    </div>
  );
}
