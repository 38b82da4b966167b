import { WinnowFailure } from '@winnow/contract/result';
import type { ErrorCode } from '@winnow/contract';

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
