import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { WinnowFailure } from '@winnow/contract';
import { entryNameProblem, parseManifest } from '@winnow/bundle';
import type { Manifest } from '@winnow/bundle';

/**
 * Opening a bundle someone else made. Every check that needs no decompression runs first,
 * on the zip's central directory: entry names (no `..`, no absolute or drive paths, only
 * the bundle's own files, no duplicates), no symbolic links, no encryption, sizes within
 * limits and believable compression ratios (zip bombs). Reading then checks that no entry
 * grows past the size it declared.
 */
export const LIMITS = {
  /**
   * The largest single file in a bundle, uncompressed. Winnow's own bundle of 100,000
   * articles holds 10 GB of JSON (facts.jsonl alone 4.5 GB); these leave room for ten
   * times that. Nothing is ever unpacked to disk: the ratio below is what stops a bomb.
   */
  entryBytes: 64 * 1024 ** 3,
  /** All files together, uncompressed. */
  totalBytes: 128 * 1024 ** 3,
  /** The manifest is small; read whole. */
  manifestBytes: 1024 * 1024,
  /** JSON text compresses 5–20×; past this the entry is a bomb, not a bundle. */
  ratio: 200,
  /** One JSONL record (one article with its texts). */
  lineBytes: 256 * 1024 * 1024,
};

export class BundleProblem extends WinnowFailure {
  constructor(path: string, problem: string) {
    super('bad_input', `${path} cannot be used as a Winnow bundle: ${problem}.`);
  }
}

export type OpenedBundle = {
  path: string;
  manifest: Manifest;
  /**
   * The lines of a JSONL file, numbered from 1. Its bytes are hashed on the way: read to
   * the end, the file's sha256 is known without a second pass.
   */
  lines(name: string): AsyncGenerator<{ line: number; text: string }>;
  /** A small file, whole (hashed on the way too). */
  text(name: string): Promise<string>;
  /**
   * The sha256 of a file's bytes, for comparison with the manifest: the one found while
   * the file was last read to its end, or read now.
   */
  sha256(name: string): Promise<string>;
  /**
   * Starts hashing files that no record is read from (annotations.jsonld, README.txt)
   * alongside whatever is read next: their inflating runs on another core meanwhile, and
   * sha256() waits for it. A failure is reported by sha256().
   */
  hashAside(names: string[]): void;
  /** Closes the zip, stopping any hashing still under way. */
  close(): void;
};

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false },
      (error, zip) =>
        error
          ? reject(new BundleProblem(path, `it is not a readable zip file (${error.message})`))
          : resolve(zip),
    );
  });
}

/**
 * The zip's entries by name, each checked as it is read (checkEntry): a zip of tens of
 * thousands of entries (or, in ZIP64, millions) is refused at the first one a bundle
 * cannot hold — by the eighth at the latest, as a bundle has seven files, each once —
 * rather than after the reader has taken every one in turn (60,000 took ten seconds).
 */
function readEntries(path: string, zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const byName = new Map<string, Entry>();
    const total = { bytes: 0 };
    zip.on('entry', (entry: Entry) => {
      try {
        checkEntry(path, entry, byName, total);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      zip.readEntry();
    });
    zip.once('end', () => resolve(byName));
    zip.once('error', (error: Error) =>
      reject(new BundleProblem(path, `its zip directory is damaged (${error.message})`)),
    );
    zip.readEntry();
  });
}

function nameOf(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
}

/**
 * Everything that can be told of an entry from the directory alone; a good one joins
 * `byName`, and its size counts towards the total.
 */
function checkEntry(
  path: string,
  entry: Entry,
  byName: Map<string, Entry>,
  total: { bytes: number },
): void {
  const name = nameOf(entry);
  const problem = entryNameProblem(name);
  if (problem) throw new BundleProblem(path, problem);
  if (byName.has(name)) throw new BundleProblem(path, `the entry "${name}" appears twice`);
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (mode === S_IFLNK) throw new BundleProblem(path, `the entry "${name}" is a symbolic link`);
  if ((entry.generalPurposeBitFlag & 0x1) !== 0)
    throw new BundleProblem(path, `the entry "${name}" is encrypted`);
  if (entry.uncompressedSize > LIMITS.entryBytes)
    throw new BundleProblem(
      path,
      `the entry "${name}" would unpack to ${entry.uncompressedSize} bytes, over the limit of ${LIMITS.entryBytes}`,
    );
  if (
    entry.uncompressedSize > 1024 * 1024 &&
    entry.uncompressedSize > entry.compressedSize * LIMITS.ratio
  )
    throw new BundleProblem(
      path,
      `the entry "${name}" is compressed ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}:1, which only a zip bomb is`,
    );
  total.bytes += entry.uncompressedSize;
  if (total.bytes > LIMITS.totalBytes)
    throw new BundleProblem(
      path,
      `its files would unpack to more than ${LIMITS.totalBytes} bytes together`,
    );
  byName.set(name, entry);
}

/**
 * Checks that a file's bytes, arriving in chunks, are UTF-8. A bundle's files are JSON and
 * text, which Winnow writes as UTF-8; decoded leniently, a damaged or forged byte would
 * come in as U+FFFD, an article's text garbled without a word. A character split between
 * two chunks is held back (at most three bytes) and checked with the next.
 */
export function utf8Checker() {
  let carry: Buffer = Buffer.alloc(0);
  let checked = 0;
  /** Where an unfinished character at the end of `data` starts (data.length if none). */
  const unfinishedFrom = (data: Buffer) => {
    for (let i = data.length - 1; i >= Math.max(0, data.length - 4); i--) {
      const byte = data[i]!;
      if ((byte & 0xc0) === 0x80) continue;
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return data.length - i >= length ? data.length : i;
    }
    return data.length;
  };
  const fail = () =>
    new Error(`it is not valid UTF-8 text (the first bad byte comes after byte ${checked})`);
  return {
    update(chunk: Buffer): void {
      const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = unfinishedFrom(data);
      if (!isUtf8(data.subarray(0, cut))) throw fail();
      checked += cut;
      carry = Buffer.from(data.subarray(cut));
    },
    end(): void {
      if (carry.length > 0) throw fail();
    },
  };
}

/** Inflated 256 KB at a time: yauzl's 16 KB made inflating a bundle five times slower. */
const INFLATE_CHUNK = 256 * 1024;

/**
 * An entry's bytes as stored in the zip, inflated here rather than by yauzl. Only the two
 * methods a bundle can use are read: deflate (8) and stored (0).
 */
async function stream(zip: ZipFile, path: string, entry: Entry): Promise<Readable> {
  const method = entry.compressionMethod;
  if (method !== 0 && method !== 8)
    throw new BundleProblem(
      path,
      `"${nameOf(entry)}" is compressed with method ${method}, which Winnow does not read (only deflate and stored)`,
    );
  const raw = await new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, { decompress: false }, (error, readable) =>
      error
        ? reject(new BundleProblem(path, `"${nameOf(entry)}" cannot be read (${error.message})`))
        : resolve(readable),
    );
  });
  if (method === 0) return raw;
  // pipeline destroys both streams when either fails or the reader stops early.
  return pipeline(raw, createInflateRaw({ chunkSize: INFLATE_CHUNK }), () => {});
}

export async function openBundle(path: string): Promise<OpenedBundle> {
  const zip = await openZip(path);
  try {
    const entries = await readEntries(path, zip);
    const entryOf = (name: string) => {
      const entry = entries.get(name);
      if (!entry) throw new BundleProblem(path, `it has no ${name}`);
      return entry;
    };
    const wrap = (name: string, error: unknown) =>
      error instanceof WinnowFailure
        ? error
        : new BundleProblem(
            path,
            `"${name}" is damaged (${error instanceof Error ? error.message : String(error)})`,
          );

    /** sha256 of each file read to its end, so that checking it needs no second pass. */
    const digests = new Map<string, string>();
    /** Files being hashed aside, and the streams open, to be stopped on close. */
    const hashing = new Map<string, Promise<string>>();
    const open = new Set<Readable>();
    async function* chunks(name: string): AsyncGenerator<Buffer> {
      const hash = createHash('sha256');
      try {
        const entry = entryOf(name);
        const declared = entry.uncompressedSize;
        const readable = await stream(zip, path, entry);
        open.add(readable);
        readable.once('close', () => open.delete(readable));
        const utf8 = utf8Checker();
        let seen = 0;
        for await (const chunk of readable) {
          seen += (chunk as Buffer).length;
          // A bomb stops here, at the size it declared, not when the memory runs out.
          if (seen > declared)
            throw new Error(`it holds more than the ${declared} bytes its entry declares`);
          hash.update(chunk as Buffer);
          utf8.update(chunk as Buffer);
          yield chunk as Buffer;
        }
        if (seen !== declared)
          throw new Error(`it holds ${seen} bytes, not the ${declared} its entry declares`);
        utf8.end();
      } catch (error) {
        throw wrap(name, error);
      }
      digests.set(name, hash.digest('hex'));
    }

    const manifestEntry = entryOf('manifest.json');
    if (manifestEntry.uncompressedSize > LIMITS.manifestBytes)
      throw new BundleProblem(path, 'its manifest.json is larger than a manifest can be');
    const parts: Buffer[] = [];
    for await (const chunk of chunks('manifest.json')) parts.push(chunk);
    const parsed = parseManifest(Buffer.concat(parts).toString('utf8'));
    if ('problem' in parsed) throw new BundleProblem(path, parsed.problem);
    const { manifest } = parsed;
    for (const name of entries.keys()) {
      if (name !== 'manifest.json' && !(name in manifest.files))
        throw new BundleProblem(path, `"${name}" is in the zip but not in the manifest`);
    }
    for (const name of Object.keys(manifest.files)) {
      if (!entries.has(name))
        throw new BundleProblem(path, `the manifest lists "${name}", which is missing`);
    }

    async function sha256(name: string): Promise<string> {
      const known = digests.get(name) ?? (await hashing.get(name));
      if (known !== undefined) return known;
      // Read to the end for the digest, which chunks() records when it gets there.
      const all = chunks(name);
      while (!(await all.next()).done) continue;
      return digests.get(name)!;
    }

    return {
      path,
      manifest,
      async *lines(name) {
        // A line's bytes are gathered as pieces and joined once at its end: a long line
        // over many chunks is copied once, not once per chunk. The pieces stay valid, as
        // zlib (and the zip reader, for a stored file) hands out fresh memory per chunk.
        const pieces: Buffer[] = [];
        let pieceBytes = 0;
        let line = 0;
        for await (const chunk of chunks(name)) {
          let from = 0;
          for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, from)) {
            const last = chunk.subarray(from, newline);
            const bytes = pieces.length > 0 ? Buffer.concat([...pieces, last]) : last;
            pieces.length = 0;
            pieceBytes = 0;
            line++;
            yield { line, text: bytes.toString('utf8') };
            from = newline + 1;
          }
          if (from < chunk.length) {
            pieces.push(chunk.subarray(from));
            pieceBytes += chunk.length - from;
          }
          if (pieceBytes > LIMITS.lineBytes)
            throw new BundleProblem(
              path,
              `${name} line ${line + 1} is longer than ${LIMITS.lineBytes} bytes`,
            );
        }
        if (pieces.length > 0)
          yield { line: line + 1, text: Buffer.concat(pieces).toString('utf8') };
      },
      async text(name) {
        const collected: Buffer[] = [];
        for await (const chunk of chunks(name)) collected.push(chunk);
        return Buffer.concat(collected).toString('utf8');
      },
      sha256,
      hashAside(names) {
        for (const name of names) {
          if (digests.has(name) || hashing.has(name)) continue;
          const digest = sha256(name);
          digest.catch(() => {}); // reported when sha256(name) is awaited
          hashing.set(name, digest);
        }
      },
      close: () => {
        for (const readable of open) readable.destroy();
        zip.close();
      },
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
