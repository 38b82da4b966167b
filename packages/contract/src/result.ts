/**
 * Every call across a process or network boundary answers with a Result rather than
 * throwing: transports cannot carry exceptions faithfully, and callers must handle
 * failure explicitly.
 */
export type ErrorCode =
  | 'bad_request' // the params do not match the method's schema
  | 'unknown_method'
  | 'not_found'
  | 'bad_input' // a file or bundle the editor supplied is unusable
  | 'io_error'
  | 'conflict'
  | 'cancelled' // the caller stopped long work; nothing was left half-done
  | 'unauthorized'
  | 'forbidden'
  | 'internal';

export type WinnowError = {
  code: ErrorCode;
  message: string;
  details?: unknown;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: WinnowError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, details?: unknown): Result<T> {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}

/**
 * Thrown inside the service to end a call with a specific code; the service boundary
 * turns it into `{ok: false}`. It never crosses a transport.
 */
export class WinnowFailure extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'WinnowFailure';
    this.code = code;
    this.details = details;
  }
}
