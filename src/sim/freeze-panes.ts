/** `Excel.WorksheetFreezePanes`: frozen rows and columns at the top-left of a sheet. */
import { parseAddress } from './address';
import { ClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { SimError } from './errors';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import type { SheetModel } from './model';
import { SimRange } from './range';

export class SimFreezePanes extends ClientObject {
  private readonly sheet: () => SheetModel;

  constructor(context: SimRequestContext, sheet: () => SheetModel) {
    super(context, 'WorksheetFreezePanes');
    this.sheet = sheet;
  }

  protected override readers(): Record<string, () => unknown> {
    return {};
  }

  private set(rows: number, cols: number): void {
    this.queue(16, () => {
      const sheet = this.sheet();
      const next = { rows, cols };
      if (!Number.isInteger(next.rows) || !Number.isInteger(next.cols) || next.rows < 0 || next.cols < 0 || next.rows >= MAX_ROWS || next.cols >= MAX_COLUMNS) {
        throw new SimError('InvalidArgument', `Cannot freeze ${next.rows} row(s) and ${next.cols} column(s) on "${sheet.name}".`);
      }
      sheet.freeze = next;
    });
  }

  /** Freezes the top `count` rows, replacing any earlier freeze as Excel does. */
  freezeRows(count = 1): void {
    this.set(count, 0);
  }

  freezeColumns(count = 1): void {
    this.set(0, count);
  }

  /** Freezes every row above and column left of the cell after `range`'s bottom-right corner. */
  freezeAt(range: SimRange | string): void {
    this.queue(16, () => {
      const sheet = this.sheet();
      const rect = typeof range === 'string' ? parseAddress(range).rect : range.locate().rect;
      sheet.freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }

  unfreeze(): void {
    this.set(0, 0);
  }

  /** The frozen cells as a range, or a null object when nothing is frozen. */
  getLocationOrNullObject(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = this.sheet();
        const { rows, cols } = sheet.freeze;
        return { sheet, rect: { row: 0, col: 0, rows: rows || MAX_ROWS, cols: cols || MAX_COLUMNS } };
      },
      () => {
        const { rows, cols } = this.sheet().freeze;
        return rows > 0 || cols > 0;
      },
    );
  }
}
