import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Deflate level 1: JSON still shrinks about tenfold, and the export stays fast. */
export const DEFLATE_LEVEL = 1;
const LEVEL = DEFLATE_LEVEL;
/**
 * Text gathered before it is encoded and compressed: enough for deflate to find repeats,
 * little enough that two threads' buffers stay small (1M characters cost ~20 MB of RSS more).
 */
const CHUNK_CHARS = 1 << 18;

/** Text deflated on its own and ended by a sync flush: such chunks join into one stream. */
export type DeflatedChunk = { bytes: number; data: Buffer };

export function deflateChunk(text: string, level = LEVEL): DeflatedChunk {
  const data = Buffer.from(text);
  return {
    bytes: data.length,
    data: deflateRawSync(data, { level, finishFlush: constants.Z_SYNC_FLUSH }),
  };
}

/** What a finished entry needs in the zip's headers and in the bundle's manifest. */
export type DeflatedEntrySummary = {
  path: string;
  /** Uncompressed bytes. */
  bytes: number;
  compressedBytes: number;
  crc32: number;
  sha256: string;
};

/**
 * One zip entry's data, deflated into a file of its own as the text is written, with its
 * CRC-32 and sha256 computed on the way. Everything is synchronous: the entry is written
 * on a worker thread that has nothing else to do, and a synchronous writer needs no
 * back-pressure and holds at most one chunk.
 *
 * Each chunk is compressed on its own and ended with a sync flush (byte-aligned, not
 * final), so the chunks join into one valid deflate stream; `finish` adds the final,
 * empty block. Each chunk starts without the previous one's history: about 1% larger.
 */
export class DeflatedEntry {
  readonly path: string;
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private pendingChars = 0;
  private bytes = 0;
  private compressedBytes = 0;
  private crc = 0;
  private finished = false;

  constructor(path: string) {
    this.path = path;
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    if (text === '') return;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHUNK_CHARS) this.flush();
  }

  /**
   * Appends bytes deflated elsewhere (by whichever thread built them), with the bytes
   * themselves for the hashes: nothing is compressed or inflated here.
   */
  writeSegment(raw: Uint8Array, deflated: Uint8Array): void {
    if (raw.length === 0) return;
    this.flush();
    this.account(raw);
    this.put(deflated);
  }

  private flush(): void {
    if (this.pendingChars === 0) return;
    const data = Buffer.from(this.pending.length === 1 ? this.pending[0]! : this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
    this.account(data);
    this.put(deflateRawSync(data, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH }));
  }

  private account(data: Uint8Array): void {
    this.hash.update(data);
    this.crc = crc32(data, this.crc);
    this.bytes += data.length;
  }

  private put(compressed: Uint8Array): void {
    writeSync(this.fd, compressed);
    this.compressedBytes += compressed.length;
  }

  finish(): DeflatedEntrySummary {
    if (this.finished) throw new Error(`${this.path} is already finished`);
    this.flush();
    // An empty input with the default finish flush is exactly the final block the
    // stream still needs.
    this.put(deflateRawSync(Buffer.alloc(0), { level: LEVEL }));
    closeSync(this.fd);
    this.finished = true;
    return {
      path: this.path,
      bytes: this.bytes,
      compressedBytes: this.compressedBytes,
      crc32: this.crc >>> 0,
      sha256: this.hash.digest('hex'),
    };
  }

  /** Closes the file after a failure; the caller removes the work folder. */
  abandon(): void {
    if (this.finished) return;
    this.finished = true;
    closeSync(this.fd);
  }
}

/** A chunk deflated earlier that does not inflate to what was recorded of it. */
export class DamagedChunkError extends Error {}
