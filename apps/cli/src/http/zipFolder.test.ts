import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { zipFolder } from './zipFolder.ts';

const dir = mkdtempSync(join(tmpdir(), 'winnow-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry's name and text, as a zip reader that checks CRCs sees them. */
function unzip(path: string): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const out: Record<string, string> = {};
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (failed, stream) => {
          if (failed) return reject(failed);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            out[entry.fileName] = Buffer.concat(chunks).toString('utf8');
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

describe('zipFolder', () => {
  it('packs every file of a folder, Chinese names and all, readable by a zip reader', async () => {
    const folder = join(dir, 'md');
    mkdirSync(folder);
    const long = '中外合作共享遥感卫星数据。'.repeat(2000);
    writeFileSync(join(folder, '0001-中国与东盟联合实验室.md'), '# 中国与东盟\n\n正文。\n');
    writeFileSync(join(folder, '0002-ocean-forum.md'), `# Ocean forum\n\n${long}\n`);
    const out = join(dir, 'export.md.zip');
    expect(zipFolder(folder, out)).toBe(2);
    expect(await unzip(out)).toEqual({
      '0001-中国与东盟联合实验室.md': '# 中国与东盟\n\n正文。\n',
      '0002-ocean-forum.md': `# Ocean forum\n\n${long}\n`,
    });
  });
});
