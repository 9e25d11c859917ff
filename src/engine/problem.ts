/**
 * A problem a person can act on: what is wrong, where (column, cell), and what to do.
 * Problems are plain values so they cross a worker boundary and land in a report or a message bar.
 */
export interface Problem {
  /** Stable identifier for tests and the task pane ("column-text", "too-few-rows", …). */
  readonly code: string;
  /** One or two sentences naming the column or cell and the fix. */
  readonly message: string;
  readonly column?: string;
  /** A1-style address of the first offending cell, when there is one. */
  readonly cell?: string;
}

/** Thrown inside the engine when input cannot be used; caught at the analysis boundary and returned as a value. */
export class InputError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: Problem | readonly Problem[]) {
    const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
    super(list.map((p) => p.message).join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}

/** Raise a single problem. */
export function fail(code: string, message: string, where: { column?: string; cell?: string } = {}): never {
  throw new InputError({ code, message, ...where });
}
