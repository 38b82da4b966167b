import { WinnowFailure } from '@winnow/contract';
import type { ArticleCursor } from '@winnow/store';

/** Cursors are opaque to callers: the sort key and id of the last row, base64url JSON. */
export function encodeCursor(cursor: ArticleCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): ArticleCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2) {
      const [key, id] = value as [unknown, unknown];
      if (
        (typeof key === 'string' || typeof key === 'number') &&
        typeof id === 'number' &&
        Number.isSafeInteger(id)
      ) {
        return { key, id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new WinnowFailure(
    'bad_request',
    `"after" is not a cursor this corpus gave out: ${text.slice(0, 40)}`,
  );
}
