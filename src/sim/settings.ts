/** `Excel.SettingCollection`: key/value pairs saved in the workbook (where the add-in keeps its recipe). */
import { SimCollection } from './client-object';
import type { SimRequestContext } from './context';
import { SimError } from './errors';
import { SimModelPart } from './model-part';
import { jsonBytes } from './payload';

type SettingRecord = { readonly key: string; readonly settings: Map<string, unknown> };

/** Excel keeps settings as JSON, so what comes back is what JSON preserves. */
function asStored(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

/** A Setting proxy: key and value; `delete()` removes it. Null object when `nullable` and the key is missing. */
function setting(context: SimRequestContext, key: string, nullable: boolean): SimModelPart<SettingRecord> {
  const settings = context.session.workbook.settings;
  const part = new SimModelPart<SettingRecord>(
    context,
    'Setting',
    () => {
      if (!settings.has(key)) throw new SimError('ItemNotFound', `There is no workbook setting "${key}".`);
      return { key, settings };
    },
    {
      key: { read: (r) => r.key },
      value: { read: (r) => r.settings.get(r.key) ?? null, write: (r, v) => r.settings.set(r.key, asStored(v)) },
    },
    nullable ? () => settings.has(key) : undefined,
  );
  part.defineCommand('delete', () => settings.delete(key));
  return part;
}

export class SimSettingCollection extends SimCollection<SimModelPart<SettingRecord>> {
  constructor(context: SimRequestContext) {
    super(context, 'SettingCollection');
  }

  protected override listItems(): SimModelPart<SettingRecord>[] {
    return [...this.context.session.workbook.settings.keys()].map((key) => setting(this.context, key, false));
  }

  /** Sets (or replaces) a setting. */
  add(key: string, value: unknown): SimModelPart<SettingRecord> {
    this.queue(jsonBytes(value) + key.length, () => {
      if (key === '') throw new SimError('InvalidArgument', 'A workbook setting needs a non-empty key.');
      this.context.session.workbook.settings.set(key, asStored(value));
    });
    return setting(this.context, key, false);
  }

  getItem(key: string): SimModelPart<SettingRecord> {
    return setting(this.context, key, false);
  }

  getItemOrNullObject(key: string): SimModelPart<SettingRecord> {
    return setting(this.context, key, true);
  }
}
