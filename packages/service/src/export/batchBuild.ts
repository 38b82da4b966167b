import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { BundleFragment, Store } from '@winnow/store';
import { KEPT_PART, SHARED_PARTS, sharesFromFacts, writeAllShares } from './articleShare.ts';
import { bundleRecordOf } from './recordBatches.ts';
import { PortableNames, portableDecision } from '../bundles/portableIds.ts';
import { DamagedChunkError, DEFLATE_LEVEL } from './zip/deflatedEntry.ts';

/** The files of a bundle that grow with the selection, written while the articles stream. */
export const PART_NAMES = [
  'articles.jsonl',
  'facts.jsonl',
  'annotations.jsonld',
  'decisions.jsonl',
] as const;
export type PartName = (typeof PART_NAMES)[number];

/**
 * Articles built together: the unit the export's threads share out, in import order — up
 * to 16 articles, fewer once their source files come to 128 KB (a long article's lines
 * are megabytes, and a few batches wait in memory to be written). Where a batch ends (and
 * with it a deflated chunk) depends only on the selection, never on which thread built it
 * or when, so the bundle's bytes stay the same.
 */
export const BATCH_ARTICLES = 16;
export const BATCH_SOURCE_BYTES = 128 * 1024;

/**
 * Text gathered before it is encoded and compressed: enough for deflate to find repeats,
 * little enough that a batch of long articles stays small in the heap.
 */
const SEGMENT_CHARS = 1 << 18;

/** Pieces of a share joined before they are encoded: a few facts' lines. */
const JOINED_CHARS = 4096;

/**
 * A piece of one file, as the writer puts it into the zip: its bytes (for the sha256 and
 * CRC-32, which must run over the whole file in order) and the same bytes deflated on their
 * own, ended by a sync flush, so that pieces join into one deflate stream. Each buffer
 * owns its memory whole, so it can be handed to another thread without a copy.
 */
export type Segment = { raw: Uint8Array; deflated: Uint8Array };

/** One batch, built: each file's segments, and what it counted. */
export type BuiltBatch = {
  index: number;
  parts: Record<PartName, Segment[]>;
  articles: number;
  facts: number;
  decisions: number;
};

/** A buffer that is the whole of its memory (a pooled or sliced one is copied). */
function owned(buffer: Buffer): Uint8Array {
  if (buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.length) return buffer;
  const copy = Buffer.allocUnsafeSlow(buffer.length);
  buffer.copy(copy);
  return copy;
}

/**
 * Node's own UTF-8 writer behind Buffer#write, without its argument checks: the fastest
 * of Node's encoders for a line at a time (Buffer#write, TextEncoder#encodeInto).
 */
type Utf8Writable = Buffer & { utf8Write(text: string, offset: number): number };

/**
 * Where one file's text is encoded as it comes, kept by the builder from batch to batch:
 * a line becomes bytes at once and its string is garbage while still young, where text
 * held until the segment is full outlived a few collections and was copied by each. Grows
 * (rarely: a long article's share) to what a segment needs; UTF-8 takes at most 3 bytes
 * per UTF-16 unit.
 */
class Scratch {
  private buffer = Buffer.allocUnsafeSlow(SEGMENT_CHARS * 3) as Utf8Writable;
  /** Bytes written since the last take. */
  length = 0;

  write(text: string): void {
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(
        Math.max(needed, this.buffer.length * 2),
      ) as Utf8Writable;
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.utf8Write(text, this.length);
  }

  /** The bytes written, in a buffer of their own; the scratch is empty again. */
  take(): Buffer {
    const out = Buffer.allocUnsafeSlow(this.length);
    this.buffer.copy(out, 0, 0, this.length);
    this.length = 0;
    return out;
  }
}

export function deflateSegment(raw: Buffer): Segment {
  const deflated = deflateRawSync(raw, {
    level: DEFLATE_LEVEL,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  return { raw, deflated: owned(deflated) };
}

/** One file's segments of a batch, from text built here and fragments kept in the corpus. */
class SegmentsOf {
  readonly segments: Segment[] = [];
  private readonly scratch: Scratch;
  private pendingChars = 0;
  /** Pieces not yet encoded: a few joined make one call to the encoder, not one each. */
  private joined = '';

  constructor(scratch: Scratch) {
    this.scratch = scratch;
  }

  text(text: string): void {
    if (text === '') return;
    this.scratch.write(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= SEGMENT_CHARS) this.flush();
  }

  /**
   * A kept fragment: inflated here (not by the writer) for the hashes, and checked; its
   * text is returned, for the shares written from it.
   */
  kept(fragment: BundleFragment, what: string): Buffer {
    if (fragment.bytes === 0) return Buffer.alloc(0);
    this.flush();
    let raw: Buffer;
    try {
      raw = inflateRawSync(fragment.data, {
        finishFlush: constants.Z_SYNC_FLUSH,
        chunkSize: Math.max(64, fragment.bytes + 64),
      });
    } catch {
      throw new DamagedChunkError(`${what} is not a deflate stream`);
    }
    if (raw.length !== fragment.bytes)
      throw new DamagedChunkError(
        `${what} inflates to ${raw.length} bytes, not the ${fragment.bytes} recorded`,
      );
    const owns = owned(raw);
    this.segments.push({ raw: owns, deflated: owned(fragment.data) });
    return Buffer.from(owns.buffer, owns.byteOffset, owns.byteLength);
  }

  /**
   * Part of a share, encoded at once; whether a segment ends is asked after the whole share
   * (endShare), as text() asks after it: segments end where they did when shares were
   * written whole, and so do the deflated chunks.
   */
  piece(text: string): void {
    this.joined += text;
    this.pendingChars += text.length;
    if (this.joined.length >= JOINED_CHARS) this.writeJoined();
  }

  endShare(): void {
    this.writeJoined();
    if (this.pendingChars >= SEGMENT_CHARS) this.flush();
  }

  private writeJoined(): void {
    if (this.joined === '') return;
    this.scratch.write(this.joined);
    this.joined = '';
  }

  flush(): void {
    if (this.pendingChars === 0) return;
    this.pendingChars = 0;
    this.segments.push(deflateSegment(this.scratch.take()));
  }
}

/**
 * Builds one batch of articles on the calling thread, reading the caller's snapshot: each
 * article's share of every file, built from its rows — or, where the corpus keeps a
 * current share of facts.jsonl (bundle_fragment), that share copied and the others
 * written from its lines and the article's rows without its facts: the same bytes either
 * way. An article's annotations follow the previous one's after a comma; the writer puts
 * the comma between two batches.
 */
export class BatchBuilder {
  private readonly store: Store;
  private readonly recipe: string;
  private readonly portable: PortableNames;
  private readonly scratch = {
    'articles.jsonl': new Scratch(),
    'facts.jsonl': new Scratch(),
    'annotations.jsonld': new Scratch(),
    'decisions.jsonl': new Scratch(),
  } satisfies Record<PartName, Scratch>;

  constructor(store: Store, recipe: string) {
    this.store = store;
    this.recipe = recipe;
    this.portable = new PortableNames(store);
  }

  build(index: number, ids: readonly number[], beforeArticle: () => void): BuiltBatch {
    const { store } = this;
    const files = {
      'articles.jsonl': new SegmentsOf(this.scratch['articles.jsonl']),
      'facts.jsonl': new SegmentsOf(this.scratch['facts.jsonl']),
      'annotations.jsonld': new SegmentsOf(this.scratch['annotations.jsonld']),
      'decisions.jsonl': new SegmentsOf(this.scratch['decisions.jsonl']),
    } satisfies Record<PartName, SegmentsOf>;
    const kept = store.bundleFragments.many(ids, KEPT_PART, this.recipe);
    const counts = { articles: 0, facts: 0, decisions: 0 };
    let annotated = false;
    const annotate = (text: string) => {
      if (text === '') return;
      if (annotated) files['annotations.jsonld'].text(',\n');
      files['annotations.jsonld'].text(text);
      annotated = true;
    };
    for (const id of ids) {
      beforeArticle();
      const row = store.articles.get(id);
      if (!row) continue;
      const fragment = kept.get(id);
      let facts: number;
      let sha256: string;
      if (fragment) {
        // facts.jsonl copied as kept; the other two written from its lines.
        const what = `the kept ${KEPT_PART} fragment of article ${id}`;
        const factsText = files['facts.jsonl'].kept(fragment, what).toString('utf8');
        const record = bundleRecordOf(store, row, 'withoutFacts');
        const derived = sharesFromFacts(record, factsText);
        files['articles.jsonl'].text(derived['articles.jsonl']);
        annotate(derived['annotations.jsonld']);
        facts = fragment.facts;
        sha256 = record.sha256;
      } else {
        const record = bundleRecordOf(store, row, 'full');
        // Each piece encoded as it is written: no share is held whole as a string.
        if (record.facts.length > 0 && annotated) files['annotations.jsonld'].text(',\n');
        writeAllShares(record, {
          article: (text) => files['articles.jsonl'].piece(text),
          fact: (text) => files['facts.jsonl'].piece(text),
          annotation: (text) => files['annotations.jsonld'].piece(text),
        });
        for (const name of SHARED_PARTS) files[name].endShare();
        if (record.facts.length > 0) annotated = true;
        facts = record.facts.length;
        sha256 = record.sha256;
      }
      const log = store.decisions.forArticle(id);
      let lines = '';
      for (const decision of log)
        lines += `${JSON.stringify(portableDecision(this.portable, decision, sha256))}\n`;
      files['decisions.jsonl'].text(lines);
      counts.decisions += log.length;
      counts.articles++;
      counts.facts += facts;
    }
    const parts = {} as Record<PartName, Segment[]>;
    for (const name of PART_NAMES) {
      files[name].flush();
      parts[name] = files[name].segments;
    }
    return { index, parts, ...counts };
  }
}

/**
 * Frees a written batch's buffers at once (a detached ArrayBuffer gives its memory back):
 * left to the collector, batches already written — tens of megabytes of them — waited for
 * a full collection that a small heap seldom needs.
 */
export function releaseBatch(batch: BuiltBatch): void {
  for (const name of PART_NAMES)
    for (const { raw, deflated } of batch.parts[name]) {
      detach(raw);
      detach(deflated);
    }
}

/** ArrayBuffer#transfer (ES2024, in Node since 21), which this TypeScript lib does not list yet. */
type Transferable = ArrayBuffer & { transfer(newLength: number): ArrayBuffer };
const detach = (bytes: Uint8Array) => (bytes.buffer as Transferable).transfer(0);

/** Every buffer of a batch, to hand it to another thread without copying. */
export function buffersOf(batch: BuiltBatch): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const name of PART_NAMES)
    for (const { raw, deflated } of batch.parts[name])
      buffers.push(raw.buffer as ArrayBuffer, deflated.buffer as ArrayBuffer);
  return buffers;
}
