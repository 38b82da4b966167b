/**
 * How long a bundle's bytes alone take on this machine: a floor under any export of the
 * same content, whatever the code around it. Measured on the bundle just written (its
 * facts.jsonl), scaled to all its files, shared over the cores. Two floors:
 * - build: encode the text, deflate it (level 1), sha256 and CRC-32 — an export that
 *   builds every line;
 * - copy: inflate deflated shares (as kept, one per article) for sha256 and CRC-32 — an
 *   export that copies kept shares.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

const SAMPLE_BYTES = 64 * 1024 * 1024;

type Floor = {
  uncompressedBytes: number;
  buildFloorSeconds: number;
  copyFloorSeconds: number;
  cores: number;
};

/** About one article's share of facts.jsonl in the bench corpus. */
const SHARE_BYTES = 30_000;
/** As the export inflates kept shares: several joined at once. */
const JOINED_BYTES = 64 * 1024;

function entries(path: string): Promise<{ total: number; sample: Buffer }> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      let total = 0;
      let sample = Buffer.alloc(0);
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (entry.fileName !== 'facts.jsonl') return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          let got = 0;
          stream.on('data', (chunk: Buffer) => {
            chunks.push(chunk);
            got += chunk.length;
            if (got >= SAMPLE_BYTES) stream.destroy();
          });
          stream.on('close', () => {
            sample = Buffer.concat(chunks).subarray(0, SAMPLE_BYTES);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => {
        zip.close();
        resolve({ total, sample });
      });
      zip.readEntry();
    });
  });
}

export async function exportFloor(path: string): Promise<Floor> {
  const { total, sample } = await entries(path);
  const text = sample.toString('utf8');
  let started = performance.now();
  const encoded = Buffer.from(text);
  deflateRawSync(encoded, { level: 1 });
  createHash('sha256').update(encoded).digest();
  crc32(encoded);
  const buildPerByte = (performance.now() - started) / 1000 / encoded.length;

  const shares: Buffer[] = [];
  for (let at = 0; at < encoded.length; at += SHARE_BYTES)
    shares.push(
      deflateRawSync(encoded.subarray(at, at + SHARE_BYTES), {
        level: 1,
        finishFlush: constants.Z_SYNC_FLUSH,
      }),
    );
  started = performance.now();
  const hash = createHash('sha256');
  let crc = 0;
  for (let i = 0; i < shares.length;) {
    const joined: Buffer[] = [];
    let size = 0;
    while (i < shares.length && size < JOINED_BYTES) {
      size += shares[i]!.length;
      joined.push(shares[i++]!);
    }
    const data = inflateRawSync(Buffer.concat(joined), {
      finishFlush: constants.Z_SYNC_FLUSH,
      chunkSize: joined.length * SHARE_BYTES + 64,
    });
    hash.update(data);
    crc = crc32(data, crc);
  }
  hash.digest();
  const copyPerByte = (performance.now() - started) / 1000 / encoded.length;
  const cores = availableParallelism();
  return {
    uncompressedBytes: total,
    buildFloorSeconds: (buildPerByte * total) / cores,
    copyFloorSeconds: (copyPerByte * total) / cores,
    cores,
  };
}
