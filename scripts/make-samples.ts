/**
 * Writes resources/samples/ from the UTF-8 sources in resources/sample-sources/, giving
 * some of them the damage real crawls have: a GBK file with CRLF line ends, a UTF-16 file
 * with a BOM, and GBK byte-shift mojibake runs (`{{gbkshift:text}}` is encoded as GB18030,
 * loses its first byte, and is read back as GB18030 — what a broken crawler stores).
 *
 *   pnpm exec node scripts/make-samples.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const root = join(import.meta.dirname, '..', 'resources');
const sources = join(root, 'sample-sources');
const target = join(root, 'samples');
mkdirSync(target, { recursive: true });

function byteShift(text: string): string {
  const bytes = iconv.encode(text, 'gb18030');
  return new TextDecoder('gb18030').decode(bytes.subarray(1));
}

for (const name of readdirSync(sources).sort()) {
  const text = readFileSync(join(sources, name), 'utf8').replace(
    /\{\{gbkshift:([^}]*)\}\}/g,
    (_, run: string) => byteShift(run),
  );
  if (name.endsWith('.gbk.txt')) {
    writeFileSync(
      join(target, name.replace('.gbk.txt', '.txt')),
      iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk'),
    );
  } else if (name.endsWith('.utf16.txt')) {
    writeFileSync(
      join(target, name.replace('.utf16.txt', '.txt')),
      iconv.encode(text, 'utf-16le', { addBOM: true }),
    );
  } else {
    writeFileSync(join(target, name.replace(/\.(zh-hans|zh-hant|en)\.txt$/, '.txt')), text);
  }
}
