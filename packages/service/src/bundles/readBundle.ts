import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { WinnowFailure } from '@winnow/contract';
import { entryNameProblem, parseManifest } from '@winnow/bundle';
import type { Manifest } from '@winnow/bundle';

/**
 * Opening a bundle someone else made. Every check that needs no decompression runs first,
 * on the zip's central directory: entry names (no `..`, no absolute or drive paths, only
 * the bundle's own files, no duplicates), no symbolic links, no encryption, sizes within
 * limits and believable compression ratios (zip bombs). yauzl then checks while inflating
 * that no entry grows past the size it declared.
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
  /** The lines of a JSONL file, numbered from 1, while hashing its bytes. */
  lines(name: string): AsyncGenerator<{ line: number; text: string }>;
  /** A small file, whole. */
  text(name: string): Promise<string>;
  /** The sha256 of a file's bytes, for comparison with the manifest. */
  sha256(name: string): Promise<string>;
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

function readEntries(path: string, zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
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

/** Everything that can be told from the directory alone. */
function checkEntries(path: string, entries: Entry[]): Map<string, Entry> {
  const byName = new Map<string, Entry>();
  let total = 0;
  for (const entry of entries) {
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
    total += entry.uncompressedSize;
    if (total > LIMITS.totalBytes)
      throw new BundleProblem(
        path,
        `its files would unpack to more than ${LIMITS.totalBytes} bytes together`,
      );
    byName.set(name, entry);
  }
  return byName;
}

function stream(zip: ZipFile, path: string, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, readable) =>
      error
        ? reject(new BundleProblem(path, `"${nameOf(entry)}" cannot be read (${error.message})`))
        : resolve(readable),
    );
  });
}

export async function openBundle(path: string): Promise<OpenedBundle> {
  const zip = await openZip(path);
  try {
    const entries = checkEntries(path, await readEntries(path, zip));
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

    async function* chunks(name: string): AsyncGenerator<Buffer> {
      try {
        for await (const chunk of await stream(zip, path, entryOf(name))) yield chunk as Buffer;
      } catch (error) {
        throw wrap(name, error);
      }
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

    return {
      path,
      manifest,
      async *lines(name) {
        let rest = Buffer.alloc(0);
        let line = 0;
        for await (const chunk of chunks(name)) {
          let buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
          for (let newline = buffer.indexOf(10); newline >= 0; newline = buffer.indexOf(10)) {
            line++;
            yield { line, text: buffer.subarray(0, newline).toString('utf8') };
            buffer = buffer.subarray(newline + 1);
          }
          if (buffer.length > LIMITS.lineBytes)
            throw new BundleProblem(
              path,
              `${name} line ${line + 1} is longer than ${LIMITS.lineBytes} bytes`,
            );
          rest = Buffer.from(buffer);
        }
        if (rest.length > 0) yield { line: line + 1, text: rest.toString('utf8') };
      },
      async text(name) {
        const collected: Buffer[] = [];
        for await (const chunk of chunks(name)) collected.push(chunk);
        return Buffer.concat(collected).toString('utf8');
      },
      async sha256(name) {
        const hash = createHash('sha256');
        for await (const chunk of chunks(name)) hash.update(chunk);
        return hash.digest('hex');
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
