import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { DeflatedEntry } from './deflatedEntry.ts';
import { writeZip } from './writeZip.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-zip-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Reads every entry back with yauzl, which checks sizes and CRC-32 as it inflates. */
function readBack(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const found = new Map<string, Buffer>();
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            found.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on('error', reject);
      zip.on('end', () => resolve(found));
      zip.readEntry();
    });
  });
}

/** Several megabytes of Chinese and English lines: more than one chunk is deflated. */
function longText(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 60_000; i++)
    lines.push(
      `{"line":${i},"quote":"中国已与80多个国家签署了科技合作协定 ${i * 7919}","en":"more than ${i} countries"}\n`,
    );
  return lines;
}

function entry(name: string, texts: string[]) {
  const data = new DeflatedEntry(join(dir, `${name}.part`));
  for (const text of texts) data.write(text);
  return { name, data: data.finish() };
}

describe('zip writer', () => {
  for (const forceZip64 of [false, true]) {
    it(`writes entries deflated in chunks that a zip reader inflates intact${forceZip64 ? ' (ZIP64 fields)' : ''}`, async () => {
      const texts = longText();
      const whole = Buffer.from(texts.join(''));
      expect(whole.length).toBeGreaterThan(4 * 1024 * 1024);
      const entries = [
        entry('articles.jsonl', texts),
        entry('empty.jsonl', []),
        entry('名字.txt', ['一行\n']),
      ];
      expect(entries[0]!.data.compressedBytes).toBeLessThan(whole.length / 4);
      expect(entries[0]!.data.sha256).toBe(createHash('sha256').update(whole).digest('hex'));
      const path = join(dir, 'out.zip');
      writeZip(path, entries, { forceZip64 });
      const read = await readBack(path);
      expect([...read.keys()]).toEqual(['articles.jsonl', 'empty.jsonl', '名字.txt']);
      expect(read.get('articles.jsonl')!.equals(whole)).toBe(true);
      expect(read.get('empty.jsonl')!.length).toBe(0);
      expect(read.get('名字.txt')!.toString()).toBe('一行\n');
    });
  }

  it('refuses to finish an entry twice', () => {
    const data = new DeflatedEntry(join(dir, 'x.part'));
    data.write('x');
    data.finish();
    expect(() => data.finish()).toThrow(/already finished/);
  });
});
