import { useRef, useState, type MouseEvent, type ReactElement, type UIEvent } from 'react';
import { columnLetters, parseAddress, type Rect } from '../sim/address';
import { gridGet } from '../sim/grid';
import type { SheetModel, WorkbookModel } from '../sim/model';
import { usedRect } from '../sim/region';
import { chartData } from './chart-data';
import { ChartSvg } from './chart-svg';
import { formatCell } from './format-cell';
import { columnAt, columnLayout, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, spanRect, type ColumnLayout } from './grid-geometry';

/** Rows drawn above and below the visible ones, so a fast scroll shows no blank band. */
const OVERSCAN = 10;
/** Excel's chart size when the writer gave only a top-left cell. */
const CHART_SIZE = { width: 480, height: 288 };

type CellStyle = 'table-header' | 'table-band' | 'table-body' | 'plain';

/** Excel table styling for a cell: header row, banded rows, or none. */
function tableStyles(book: WorkbookModel, sheet: SheetModel): (row: number, col: number) => CellStyle {
  const tables = book.tables.filter((t) => t.sheetId === sheet.id).map((t) => t.rect);
  return (row, col) => {
    const t = tables.find((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
    if (!t) return 'plain';
    if (row === t.row) return 'table-header';
    return (row - t.row) % 2 === 1 ? 'table-band' : 'table-body';
  };
}

function chartBox(layout: ColumnLayout, position: { start: string; end?: string } | undefined): { left: number; top: number; width: number; height: number } {
  const start = parseAddress(position?.start ?? 'H2').rect;
  const left = layout.lefts[Math.min(start.col, layout.lefts.length - 1)] ?? 0;
  const top = start.row * ROW_HEIGHT;
  if (!position?.end) return { left, top, ...CHART_SIZE };
  const end = parseAddress(position.end).rect;
  const right = layout.lefts[Math.min(end.col + 1, layout.lefts.length - 1)] ?? left + CHART_SIZE.width;
  return { left, top, width: Math.max(240, right - left), height: Math.max(160, (end.row + 1) * ROW_HEIGHT - top) };
}

/**
 * One sheet as a scrollable grid: column letters, row numbers, cell text in its number format, Excel-style
 * table banding, charts drawn where the writer placed them, and the selection. Only the rows in view are
 * drawn, so a sheet of a million rows scrolls like one of a hundred. Dragging (or Shift+click) selects.
 */
export function SheetGrid(props: { book: WorkbookModel; sheet: SheetModel; selection: Rect | null; onSelect: (rect: Rect) => void }): ReactElement {
  const { book, sheet } = props;
  const [scroll, setScroll] = useState({ top: 0, left: 0, height: 600 });
  const [dragging, setDragging] = useState<Rect | null>(null);
  const anchor = useRef<{ row: number; col: number }>({ row: 0, col: 0 });
  const charts = book.charts.filter((c) => c.sheetId === sheet.id);
  const used = usedRect(sheet, false);
  const chartEnds = charts.map((c) => parseAddress(c.position?.end ?? c.position?.start ?? 'A1').rect);
  const cols = Math.max(12, (used ? used.col + used.cols : 0) + 3, ...chartEnds.map((r) => r.col + 2));
  const rows = Math.max(60, (used ? used.row + used.rows : 0) + 30, ...chartEnds.map((r) => r.row + 10));
  const layout = columnLayout(sheet, cols);
  const width = layout.lefts[cols] as number;
  const first = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows, Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN);
  const style = tableStyles(book, sheet);
  const shown = dragging ?? props.selection;

  const cellAt = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { row: Math.min(rows - 1, Math.max(0, Math.floor((event.clientY - box.top) / ROW_HEIGHT))), col: columnAt(layout, event.clientX - box.left) };
  };

  const cells: ReactElement[] = [];
  for (let r = first; r < last; r++) {
    for (let c = 0; c < cols; c++) {
      const value = gridGet(sheet.values, r, c);
      // The simulator has no formula engine: a formula it could not compute is shown as its text, as Excel's "Show Formulas" would.
      const formula = value === undefined || value === '' ? gridGet(sheet.formulas, r, c) : undefined;
      const kind = style(r, c);
      if (value === undefined && formula === undefined && kind === 'plain') continue;
      const left = layout.lefts[c] as number;
      // Text spills into empty cells to its right, as in Excel, so the notes above a table stay readable.
      let end = c + 1;
      if (typeof value === 'string' && kind === 'plain') while (end < cols && gridGet(sheet.values, r, end) === undefined && style(r, end) === 'plain') end++;
      cells.push(
        <div key={`${r}:${c}`} className={`wb-cell wb-${kind}${typeof value === 'number' ? ' wb-number' : ''}${formula ? ' wb-formula' : ''}`} style={{ top: r * ROW_HEIGHT, left, width: (layout.lefts[end] as number) - left }} title={formula ? 'Excel calculates this formula; the workbench shows its text.' : undefined}>
          {formula ?? formatCell(value, gridGet(sheet.formats, r, c))}
        </div>,
      );
    }
  }
  const rowHeads: ReactElement[] = [];
  for (let r = first; r < last; r++) {
    rowHeads.push(<div key={r} className="wb-row-head" style={{ top: HEADER_HEIGHT + r * ROW_HEIGHT, left: scroll.left }}>{r + 1}</div>);
  }

  return (
    <div
      className="wb-grid-scroll"
      onScroll={(e: UIEvent<HTMLDivElement>) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft, height: e.currentTarget.clientHeight })}
      ref={(el: HTMLDivElement | null) => {
        if (el && el.clientHeight !== scroll.height) setScroll((s) => ({ ...s, height: el.clientHeight }));
      }}
    >
      <div className="wb-grid-canvas" style={{ width: ROW_HEADER_WIDTH + width, height: HEADER_HEIGHT + rows * ROW_HEIGHT }}>
        <div className="wb-col-heads" style={{ top: scroll.top, width: ROW_HEADER_WIDTH + width }}>
          {Array.from({ length: cols }, (_, c) => (
            <div key={c} className="wb-col-head" style={{ left: ROW_HEADER_WIDTH + (layout.lefts[c] as number), width: (layout.lefts[c + 1] as number) - (layout.lefts[c] as number) }}>{columnLetters(c)}</div>
          ))}
        </div>
        {rowHeads}
        <div
          className="wb-cells"
          data-testid="cells"
          style={{ left: ROW_HEADER_WIDTH, top: HEADER_HEIGHT, width, height: rows * ROW_HEIGHT }}
          onMouseDown={(e) => {
            const cell = cellAt(e);
            if (!e.shiftKey) anchor.current = cell;
            setDragging(spanRect(anchor.current, cell));
          }}
          onMouseMove={(e) => {
            if (dragging && e.buttons === 1) setDragging(spanRect(anchor.current, cellAt(e)));
          }}
          onMouseUp={() => {
            if (dragging) props.onSelect(dragging);
            setDragging(null);
          }}
        >
          {cells}
          {shown
            ? <div className="wb-selection" style={{ top: shown.row * ROW_HEIGHT, left: layout.lefts[shown.col], width: (layout.lefts[Math.min(cols, shown.col + shown.cols)] as number) - (layout.lefts[shown.col] as number), height: shown.rows * ROW_HEIGHT }} />
            : null}
          {charts.map((chart) => {
            const box = chartBox(layout, chart.position);
            return (
              <div key={chart.id} className="wb-chart" data-chart={chart.title ?? chart.name} style={{ left: box.left, top: box.top, width: box.width, height: box.height }}>
                <ChartSvg data={chartData(book, chart)} width={box.width} height={box.height} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
