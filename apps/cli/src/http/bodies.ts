import type { IncomingMessage } from 'node:http';
import { MAX_ARTICLE_CHARS, MAX_ARTICLE_FILE_BYTES } from '@winnow/contract';

/**
 * How much of the server's memory request bodies may take. A call's JSON body is held in
 * memory while it is parsed and answered; the largest legitimate one is an editor's own
 * version of an article (articles.editCleaned): MAX_ARTICLE_CHARS characters, at most six
 * bytes each when escaped in JSON. Files travel as uploads, streamed to disk.
 */
export const MAX_BODY_BYTES =
  Math.ceil((MAX_ARTICLE_CHARS * 6 + 64 * 1024) / 1024 / 1024) * 1024 * 1024;

/** All JSON bodies being received or answered at once: eight of the largest. */
export const MAX_BUFFERED_BYTES = 8 * MAX_BODY_BYTES;

/** Bodies up to this size are not counted: the desk's everyday calls are never refused. */
const SMALL_BODY_BYTES = 64 * 1024;

/** Uploads received at once (each streams to disk; the desk sends one file at a time). */
export const MAX_UPLOADS_AT_ONCE = 4;

/** One article upload may be as large as the importer reads. */
export const MAX_UPLOAD_BYTES = MAX_ARTICLE_FILE_BYTES;

/** The server is at its limit for now: answered 503, try again shortly. */
export class BusyError extends Error {}

/** A body over MAX_BODY_BYTES. */
export class BodyTooLargeError extends Error {}

/**
 * The bytes of JSON bodies this server holds. A body reserves its declared length on
 * arrival (or its bytes as they come, when it declares none) and keeps it until the call
 * is answered, so that many large bodies at once are refused rather than let grow the
 * process by hundreds of megabytes.
 */
export class BodyBudget {
  private used = 0;
  private uploads = 0;

  /** Reads a JSON body within the limits; `release` must be called once it is answered. */
  read(req: IncomingMessage): { body: Promise<string>; release: () => void } {
    let reserved = 0;
    let released = false;
    const release = () => {
      if (!released) this.used -= reserved;
      released = true;
    };
    /** Counts `bytes` so far against the budget; the error when they do not fit. */
    const reserve = (bytes: number): Error | null => {
      if (bytes > MAX_BODY_BYTES)
        return new BodyTooLargeError(
          `The request body is ${bytes} bytes or more; calls take up to ${MAX_BODY_BYTES} (files go through an upload).`,
        );
      if (bytes > SMALL_BODY_BYTES && bytes > reserved) {
        if (this.used + (bytes - reserved) > MAX_BUFFERED_BYTES)
          return new BusyError(
            'The server is already receiving other large requests; try again in a moment.',
          );
        this.used += bytes - reserved;
        reserved = bytes;
      }
      return null;
    };
    const body = new Promise<string>((resolve, reject) => {
      const declared = Number(req.headers['content-length'] ?? NaN);
      const refused = Number.isFinite(declared) ? reserve(declared) : null;
      if (refused) {
        reject(refused);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        const tooMuch = reserve(size);
        if (tooMuch) {
          reject(tooMuch);
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
    return { body, release };
  }

  /**
   * Counts a message already received whole (a call on the socket) until it is answered;
   * throws BusyError when it does not fit. Small ones, as small bodies, are not counted.
   */
  hold(bytes: number): () => void {
    if (bytes <= SMALL_BODY_BYTES) return () => {};
    if (this.used + bytes > MAX_BUFFERED_BYTES)
      throw new BusyError(
        'The server is already holding other large requests; try again in a moment.',
      );
    this.used += bytes;
    let released = false;
    return () => {
      if (!released) this.used -= bytes;
      released = true;
    };
  }

  /** Admits one upload, or throws BusyError; call the result when it has been received. */
  admitUpload(): () => void {
    if (this.uploads >= MAX_UPLOADS_AT_ONCE)
      throw new BusyError(
        `The server is already receiving ${MAX_UPLOADS_AT_ONCE} uploads; send this file when one has finished.`,
      );
    this.uploads++;
    let done = false;
    return () => {
      if (!done) this.uploads--;
      done = true;
    };
  }
}
