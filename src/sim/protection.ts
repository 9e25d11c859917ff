/** `Excel.WorksheetProtection`: a protected sheet refuses changes to its cells (AccessDenied). */
import { ClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { SimError } from './errors';
import type { SheetModel } from './model';

export class SimWorksheetProtection extends ClientObject {
  private readonly sheet: () => SheetModel;

  constructor(context: SimRequestContext, sheet: () => SheetModel) {
    super(context, 'WorksheetProtection');
    this.sheet = sheet;
  }

  protected override readers(): Record<string, () => unknown> {
    return { protected: () => this.sheet().protected };
  }

  get protected(): boolean {
    return this.get('protected');
  }

  /** Protects the sheet. Options and passwords are accepted but not modelled: every cell is locked. */
  protect(): void {
    this.queue(16, () => {
      const sheet = this.sheet();
      if (sheet.protected) throw new SimError('InvalidOperation', `The worksheet "${sheet.name}" is already protected.`);
      sheet.protected = true;
    });
  }

  unprotect(): void {
    this.queue(16, () => {
      this.sheet().protected = false;
    });
  }
}
