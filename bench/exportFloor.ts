/**
 * How long a bundle's bytes alone take to encode, compress and hash on this machine: a
 * floor under any export of the same content, whatever the code around it. Measured on the
 * bundle just written (its facts.jsonl), scaled to all its files, shared over the cores.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

const SAMPLE_BYTES = 64 * 1024 * 1024;

type Floor = { uncompressedBytes: number; floorSeconds: number; cores: number };

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
  const started = performance.now();
  const encoded = Buffer.from(text);
  deflateRawSync(encoded, { level: 1 });
  createHash('sha256').update(encoded).digest();
  crc32(encoded);
  const perByte = (performance.now() - started) / 1000 / encoded.length;
  const cores = availableParallelism();
  return { uncompressedBytes: total, floorSeconds: (perByte * total) / cores, cores };
}
