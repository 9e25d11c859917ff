/**
 * The request context: the heart of office-js's batching model. Setting a property or calling a method only
 * queues a command; `load` queues a read. `sync()` sends the queue as one request: if the request is over the
 * payload limit nothing runs; otherwise commands run in order against the workbook, the first failing one
 * rejects the sync (commands before it stay applied, as in Excel), and loaded values reach the proxies only
 * once the whole request has succeeded and the response is within the limit.
 */
import { SimError } from './errors';
import { ACTION_OVERHEAD_BYTES, type HostLimits } from './limits';
import type { WorkbookModel } from './model';

/** What a load returns from a sync: its size, and how to hand its values to the proxy. */
export interface LoadOutcome {
  readonly bytes: number;
  apply(): void;
}

/** One queued command. */
export interface Command {
  /** Bytes the command sends (the JSON of the data it writes). */
  readonly sentBytes: number;
  execute(): LoadOutcome | void;
}

/** One entry per `sync`: what travelled each way, and the error code if it failed. */
export interface RequestLogEntry {
  readonly actions: number;
  readonly sentBytes: number;
  readonly receivedBytes: number;
  readonly error?: string;
}

/** What every context of one host shares: the workbook, the limits and the request log. */
export interface HostSession {
  readonly workbook: WorkbookModel;
  readonly limits: HostLimits;
  readonly log: RequestLogEntry[];
}

function sizeError(code: 'RequestPayloadSizeLimitExceeded' | 'ResponsePayloadSizeLimitExceeded', bytes: number, limit: number): SimError {
  const what = code === 'RequestPayloadSizeLimitExceeded' ? 'request' : 'response';
  return new SimError(
    code,
    `The ${what} payload size has exceeded the limit: this sync ${what === 'request' ? 'sends' : 'returns'} ${bytes.toLocaleString('en-US')} bytes and Excel on the web accepts ${limit.toLocaleString('en-US')}. Split the work into smaller blocks with a context.sync() after each.`,
  );
}

/** A request context for one `run`; its `workbook` is the proxy the batch function starts from. */
export class SimRequestContext {
  readonly session: HostSession;
  readonly workbook: unknown;
  /** office-js keeps tracked objects across batches; the simulator's proxies never expire, so these do nothing. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Command[] = [];
  private closed = false;

  constructor(session: HostSession, makeWorkbook: (context: SimRequestContext) => unknown) {
    this.session = session;
    this.workbook = makeWorkbook(this);
  }

  /** `context.application`, the same object as `context.workbook.application`. */
  get application(): unknown {
    return (this.workbook as { readonly application: unknown }).application;
  }

  /** Queues a command for the next sync. Refused once the run this context belongs to has ended. */
  enqueue(command: Command): void {
    if (this.closed) {
      throw new SimError('InvalidRequestContext', 'This object belongs to an Excel.run that has already finished; do the work inside the run, or track the object.');
    }
    this.queue.push(command);
  }

  /** Sends the queued commands as one request; see the file comment for the rules. */
  async sync(): Promise<void> {
    if (this.closed) throw new SimError('InvalidRequestContext', 'context.sync() was called after its Excel.run finished.');
    const batch = this.queue;
    this.queue = [];
    // The request travels to Excel and back: nothing is loaded until the caller awaits, as in office-js.
    await Promise.resolve();
    const { limits, log } = this.session;
    const sentBytes = batch.reduce((sum, c) => sum + c.sentBytes + ACTION_OVERHEAD_BYTES, 0);
    const record = (receivedBytes: number, error?: unknown) => {
      const code = error instanceof SimError ? error.code : error instanceof Error ? error.name : undefined;
      log.push({ actions: batch.length, sentBytes, receivedBytes, ...(code === undefined ? {} : { error: code }) });
    };
    if (sentBytes > limits.payloadLimitBytes) {
      const error = sizeError('RequestPayloadSizeLimitExceeded', sentBytes, limits.payloadLimitBytes);
      record(0, error);
      throw error;
    }
    const outcomes: LoadOutcome[] = [];
    try {
      for (const command of batch) {
        const outcome = command.execute();
        if (outcome) outcomes.push(outcome);
      }
    } catch (error) {
      record(0, error);
      throw error;
    }
    const receivedBytes = outcomes.reduce((sum, o) => sum + o.bytes, 0);
    if (receivedBytes > limits.payloadLimitBytes) {
      const error = sizeError('ResponsePayloadSizeLimitExceeded', receivedBytes, limits.payloadLimitBytes);
      record(receivedBytes, error);
      throw error;
    }
    for (const outcome of outcomes) outcome.apply();
    record(receivedBytes);
  }

  /** Ends the context when its run finishes; later use fails as office-js does. */
  close(): void {
    this.closed = true;
  }

  /** Whether commands are waiting for a sync (Excel.run flushes them when the batch returns). */
  get hasPending(): boolean {
    return this.queue.length > 0;
  }
}
