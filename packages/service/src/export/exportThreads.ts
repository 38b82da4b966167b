import { WinnowFailure } from '@winnow/contract/result';
import type { ErrorCode } from '@winnow/contract';

/**
 * The heap of each export thread, kept small: an export streams, so what it holds at once
 * is a few articles and their lines; without a limit V8 lets garbage grow the heap to
 * hundreds of megabytes on a large corpus.
 */
export const EXPORT_HEAP_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** Each export connection's SQLite page cache, as PRAGMA cache_size takes it (negative: KiB). */
export const EXPORT_CACHE_KIB = -2000;

/** How a worker thread reports a failure: a code the caller can act on, and the words. */
export type FailureMessage = { error: { code: ErrorCode; message: string } };

export function failureMessage(error: unknown): FailureMessage {
  return {
    error: {
      code: error instanceof WinnowFailure ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error),
    },
  };
}
