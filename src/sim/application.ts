/** `Excel.Application`: only what bulk writes use, suspending recalculation until the next sync. */
import { ClientObject } from './client-object';
import type { SimRequestContext } from './context';

export class SimApplication extends ClientObject {
  constructor(context: SimRequestContext) {
    super(context, 'Application');
  }

  protected override readers(): Record<string, () => unknown> {
    return { calculationMode: () => 'Automatic' };
  }

  get calculationMode(): string {
    return this.get('calculationMode');
  }

  /** The simulator computes no formulas, so there is nothing to suspend; the call still travels in the request. */
  suspendApiCalculationUntilNextSync(): void {
    this.queue(16, () => undefined);
  }
}
