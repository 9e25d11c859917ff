/**
 * A proxy over one record of the model whose properties are plain reads and writes of that record (chart
 * title, axis title, legend, series name…). Each property loads and sets like any office-js property.
 */
import { ClientObject } from './client-object';
import type { SimRequestContext } from './context';
import { jsonBytes } from './payload';

/** How one property reads and (optionally) writes its record. */
export interface PartProperty<M> {
  read(model: M): unknown;
  write?(model: M, value: unknown): void;
}

export class SimModelPart<M> extends ClientObject {
  private readonly record: () => M;
  private readonly properties: Record<string, PartProperty<M>>;

  constructor(context: SimRequestContext, typeName: string, record: () => M, properties: Record<string, PartProperty<M>>, existsNow?: () => boolean) {
    super(context, typeName, existsNow);
    this.record = record;
    this.properties = properties;
    for (const [name, property] of Object.entries(properties)) {
      const write = property.write;
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.get(name),
        set: (value: unknown) => {
          if (!write) throw new TypeError(`${typeName}.${name} is read-only.`);
          this.queueSet(name, value, jsonBytes(value) + 16, () => write(this.record(), value));
        },
      });
    }
  }

  /** Adds a method (chart series' setValues, a setting's delete) that queues `execute` for the next sync. */
  defineCommand(name: string, execute: (...args: never[]) => void): void {
    Object.defineProperty(this, name, { value: (...args: never[]) => this.queue(32, () => execute(...args)) });
  }

  protected override readers(): Record<string, () => unknown> {
    return Object.fromEntries(Object.entries(this.properties).map(([name, p]) => [name, () => p.read(this.record())]));
  }
}
