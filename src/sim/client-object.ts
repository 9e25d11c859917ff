/**
 * The base of every proxy: office-js's ClientObject. Properties read from Excel must be loaded and synced
 * first; reading one earlier throws PropertyNotLoaded. Setting a property remembers the value locally (so
 * reading it back returns what was set, as office-js does) and queues the write.
 */
import type { Command, LoadOutcome, SimRequestContext } from './context';
import { notImplemented, propertyNotLoaded, SimError } from './errors';
import { jsonBytes } from './payload';

/** Names tools probe on any object (promises, test matchers, DOM checks); answering undefined is correct. */
const PROBED = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'hasAttribute']);

/**
 * Wraps a proxy so reading or setting an Excel API member the simulator does not model throws
 * "not implemented in the simulator: Range.getSpillingToRange" instead of quietly returning undefined.
 */
function guard<T extends object>(target: T, typeName: string): T {
  const unknownMember = (prop: string | symbol): prop is string =>
    typeof prop === 'string' && /^[a-z][A-Za-z0-9]*$/.test(prop) && !PROBED.has(prop) && !(prop in target);
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (unknownMember(prop)) throw notImplemented(`${typeName}.${prop}`);
      return Reflect.get(t, prop, receiver);
    },
    set(t, prop, value, receiver) {
      if (unknownMember(prop)) throw notImplemented(`${typeName}.${prop}`);
      return Reflect.set(t, prop, value, receiver);
    },
  });
}

/** What `load` accepts: "a,b", ["a", "b"], { select: "a,b" }, or nothing (every scalar property). */
export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };

/** Property names asked for by a load option; undefined means "all". */
export function loadNames(option: LoadOption | undefined): string[] | undefined {
  if (option === undefined) return undefined;
  const raw = typeof option === 'string' || Array.isArray(option) ? option : option.select;
  if (raw === undefined) return undefined;
  const names = (Array.isArray(raw) ? raw : raw.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  return names.length === 0 ? undefined : names;
}

export abstract class ClientObject {
  readonly context: SimRequestContext;
  protected readonly typeName: string;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, unknown>();
  /** For *OrNullObject proxies: whether the object exists, decided when the sync runs. */
  private readonly existsNow?: () => boolean;
  private nullResult: boolean | undefined;

  protected constructor(context: SimRequestContext, typeName: string, existsNow?: () => boolean) {
    this.context = context;
    this.typeName = typeName;
    if (existsNow) {
      this.existsNow = existsNow;
      // Like office-js, a null object learns whether it exists at the next sync, without an explicit load.
      context.enqueue({
        sentBytes: 0,
        execute: () => {
          const exists = existsNow();
          return { bytes: 8, apply: () => (this.nullResult = !exists) };
        },
      });
    }
    return guard(this, typeName);
  }

  /** Properties `load` can fetch, each computed from the workbook when the sync runs. */
  protected abstract readers(): Record<string, () => unknown>;

  /** Whether the object exists now (false only for a missing *OrNullObject); used by commands at sync time. */
  protected exists(): boolean {
    return this.existsNow ? this.existsNow() : true;
  }

  /** office-js's isNullObject: false for ordinary objects; for *OrNullObject ones, known after a sync. */
  get isNullObject(): boolean {
    if (!this.existsNow) return false;
    if (this.nullResult === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullResult;
  }

  /** Reads the values of `names` from the workbook now (at sync time) and says how to store them. */
  protected snapshot(names: readonly string[] | undefined): LoadOutcome {
    const readers = this.readers();
    const wanted = names ?? Object.keys(readers);
    const own = wanted.filter((n) => !n.includes('/'));
    for (const n of own) {
      if (!(n in readers)) {
        throw new SimError('InvalidArgument', `${this.typeName} has no property "${n}" that can be loaded here; loadable: ${Object.keys(readers).join(', ')}.`);
      }
    }
    const present = this.exists();
    const values = own.map((n) => (present ? (readers[n] as () => unknown)() : null));
    const nested = present ? this.nestedSnapshots(wanted.filter((n) => n.includes('/'))) : [];
    return {
      bytes: jsonBytes(values) + nested.reduce((s, o) => s + o.bytes, 0),
      apply: () => {
        own.forEach((n, i) => this.loaded.set(n, values[i]));
        for (const o of nested) o.apply();
      },
    };
  }

  /** "format/columnWidth" loads columnWidth on the `format` child. */
  private nestedSnapshots(paths: readonly string[]): LoadOutcome[] {
    const byChild = new Map<string, string[]>();
    for (const path of paths) {
      const [head = '', ...rest] = path.split('/');
      byChild.set(head, [...(byChild.get(head) ?? []), rest.join('/')]);
    }
    return [...byChild].map(([child, rest]) => {
      const target = (this as unknown as Record<string, unknown>)[child];
      if (!(target instanceof ClientObject)) throw new SimError('InvalidArgument', `${this.typeName}.${child} is not an object whose properties can be loaded.`);
      return target.snapshot(rest);
    });
  }

  /** A navigation property's object, made once: office-js returns the same proxy for `table.columns` each time. */
  protected child<T>(key: string, make: () => T): T {
    if (!this.children.has(key)) this.children.set(key, make());
    return this.children.get(key) as T;
  }

  /** Queues a read of `option`'s properties for the next sync. */
  load(option?: LoadOption): this {
    const names = loadNames(option);
    this.context.enqueue({ sentBytes: 0, execute: () => this.snapshot(names) });
    return this;
  }

  /** A loaded (or locally set) value; PropertyNotLoaded otherwise. A null object's properties read as null. */
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Queues a write; `local` is what reading the property returns until the next load. */
  protected queueSet(name: string, local: unknown, sentBytes: number, execute: () => void): void {
    this.loaded.set(name, local);
    this.queue(sentBytes, execute);
  }

  /** Queues a method call; skipped when the object turns out to be a null object. */
  protected queue(sentBytes: number, execute: () => void): void {
    const command: Command = {
      sentBytes,
      execute: () => {
        if (this.exists()) execute();
      },
    };
    this.context.enqueue(command);
  }

  /** Loaded properties as a plain object, as office-js's toJSON gives. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** office-js's ClientResult: a value known only after the sync that computes it. */
export class SimClientResult<T> {
  private known = false;
  private result: T | undefined;

  constructor(context: SimRequestContext, compute: () => T) {
    context.enqueue({
      sentBytes: 0,
      execute: () => {
        const v = compute();
        return { bytes: jsonBytes(v), apply: () => ((this.result = v), (this.known = true)) };
      },
    });
  }

  get value(): T {
    if (!this.known) {
      throw new SimError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
    }
    return this.result as T;
  }
}

/** A collection proxy: `items` after load, `getCount()`, and per-item property loads ("items/name"). */
export abstract class SimCollection<TItem extends ClientObject> extends ClientObject {
  /** Proxies for the items that exist when the sync runs. */
  protected abstract listItems(): TItem[];

  protected override readers(): Record<string, () => unknown> {
    return { count: () => this.listItems().length };
  }

  override load(option?: LoadOption): this {
    const names = loadNames(option)?.map((n) => n.replace(/^items\//, '')).filter((n) => n !== 'items');
    this.context.enqueue({
      sentBytes: 0,
      execute: () => {
        const items = this.listItems();
        const outcomes = items.map((item) => (item as unknown as { snapshot(n: string[] | undefined): LoadOutcome }).snapshot(names && names.length > 0 ? names : undefined));
        const count = this.snapshot(['count']);
        return {
          bytes: outcomes.reduce((s, o) => s + o.bytes, 0),
          apply: () => {
            for (const o of outcomes) o.apply();
            count.apply();
            this.loadedItems = items;
          },
        };
      },
    });
    return this;
  }

  private loadedItems: TItem[] | undefined;

  /** The items, after `load` and `sync`. */
  get items(): TItem[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  get count(): number {
    return this.get<number>('count');
  }

  getCount(): SimClientResult<number> {
    return new SimClientResult(this.context, () => this.listItems().length);
  }
}
