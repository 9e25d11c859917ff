/**
 * Errors shaped like office-js's `OfficeExtension.Error`: a `code` from `Excel.ErrorCodes` (or
 * `OfficeExtension.ErrorCodes`) and a message. Code that catches real Excel errors by `code` behaves the
 * same against the simulator.
 */

/** The codes the simulator raises. */
export type SimErrorCode =
  | 'AccessDenied'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'ValueNotLoaded';

/** An error from the simulated Excel; `name` is "RichApi.Error" as office-js reports it. */
export class SimError extends Error {
  readonly code: SimErrorCode;
  /** office-js puts extra detail here; the simulator names the failing operation. */
  readonly debugInfo: { readonly code: SimErrorCode; readonly message: string; readonly errorLocation?: string };

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/**
 * The error office-js throws when a property is read before `load` and `sync`, with office-js's own message.
 * @example propertyNotLoaded('values').message // "The property 'values' is not available. Before reading …"
 */
export function propertyNotLoaded(property: string): SimError {
  return new SimError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Thrown for a member of the Excel API the simulator does not model, rather than answering wrongly. */
export function notImplemented(member: string): SimError {
  return new SimError('NotImplemented', `not implemented in the simulator: ${member}`, member);
}
