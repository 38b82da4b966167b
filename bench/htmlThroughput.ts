/**
 * Reading and cleaning web pages, on one core: the HTML side of an import (decode, parse,
 * main content, cleaning) over the HTML pages in ../shared/peers (cwced, gne, aeb).
 *   node bench/htmlThroughput.ts     (through pnpm exec: Node 24)
 * Prints MB/s of page bytes (UTF-8) per CPU second. The page text alone is timed apart
 * from the whole read-and-clean.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanArticle, decodeBytes, htmlToText, readArticle } from '@winnow/text';

const peers = join(import.meta.dirname, '..', '..', 'shared', 'peers');
const pages: Array<{ name: string; bytes: Uint8Array }> = [];
const add = (dir: string, unzip = false) => {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) add(path, unzip);
    else if (/\.html?(\.gz)?$/.test(entry.name)) {
      const raw = readFileSync(path);
      pages.push({ name: entry.name.replace(/\.gz$/, ''), bytes: unzip ? gunzipSync(raw) : raw });
    }
  }
};
add(join(peers, 'cwced', 'html'));
add(join(peers, 'gne', 'tests'));
add(join(peers, 'aeb', 'html'), true);
const megabytes = pages.reduce((sum, p) => sum + p.bytes.length, 0) / 1024 / 1024;
const texts = pages.map((p) => decodeBytes(p.bytes).text);

const time = (label: string, run: () => void) => {
  run(); // a first pass warms the JIT
  // CPU time of this process, not wall time: on a shared machine the wall clock measures the
  // neighbours too.
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  process.stdout.write(
    `${label}: ${(megabytes / seconds).toFixed(1)} MB/s (${pages.length} pages, ${megabytes.toFixed(1)} MB, ${seconds.toFixed(2)} s)\n`,
  );
};
time('page text alone (htmlToText)', () => texts.forEach((t) => htmlToText(t)));
time('read + clean (as an import)', () =>
  pages.forEach((p) => {
    const article = readArticle(p.bytes, p.name);
    cleanArticle(article.raw, { mainText: article.mainText, titles: article.titles });
  }),
);
