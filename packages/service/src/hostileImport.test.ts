import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '@winnow/contract';
import type { ImportFileOutcome } from '@winnow/contract';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';

/** Each hostile file must be handled within this time, alone. */
const BOUND_MS = 15_000;

let dir: string;
let service: WinnowService;
let seed = 7;
const randomByte = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed & 0xff;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-hostile-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Imports one file and returns its outcome and how long it took. */
async function importOne(
  name: string,
  bytes: Uint8Array | string,
): Promise<ImportFileOutcome & { ms: number; raw: string | null }> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const started = performance.now();
  const result = await service.call('articles.import', { paths: [path] });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(result.error.message);
  const outcome = result.value.files[0];
  if (!outcome) throw new Error('no outcome');
  const article =
    outcome.articleId === null
      ? null
      : await service.call('articles.get', { id: outcome.articleId });
  return { ...outcome, ms, raw: article?.ok ? article.value.raw : null };
}

const sentence = '联合实验室网络新增成员,培训科研人员约3000人次。';

describe('importing hostile files', () => {
  it('refuses random bytes as binary, naming the file', async () => {
    let ran = 0;
    for (let i = 0; i < 25; i++) {
      const bytes = new Uint8Array(1024 + i * 97).map(randomByte);
      const outcome = await importOne(`random-${i}.txt`, bytes);
      expect(outcome.ms).toBeLessThan(BOUND_MS);
      expect(outcome.outcome === 'failed' || outcome.outcome === 'imported').toBe(true);
      if (outcome.outcome === 'failed') expect(outcome.message).toMatch(/binary/);
      ran++;
    }
    process.stdout.write(`importer fuzz: ${ran} random-byte files handled\n`);
  });

  it('imports truncated UTF-8, GBK and UTF-16 with a warning, never garbled silently', async () => {
    const utf8 = new TextEncoder().encode(sentence.repeat(20));
    const gbk = iconv.encode(sentence.repeat(20), 'gbk');
    const utf16 = iconv.encode(sentence.repeat(20), 'utf-16le', { addBOM: true });
    const cases: Array<[string, Uint8Array]> = [
      ['cut.utf8.txt', utf8.subarray(0, utf8.length - 1)],
      ['cut.gbk.txt', gbk.subarray(0, gbk.length - 1)],
      ['cut.utf16.txt', utf16.subarray(0, utf16.length - 1)],
    ];
    for (const [name, bytes] of cases) {
      const outcome = await importOne(name, bytes);
      expect(outcome.outcome, name).toBe('imported');
      expect(outcome.message, name).toMatch(/cut off|truncated/);
      expect(outcome.raw?.startsWith(sentence.repeat(5)), name).toBe(true);
    }
  });

  it('refuses an empty file and a 200 MB file with a clear reason, quickly', async () => {
    const empty = await importOne('empty.txt', '');
    expect(empty).toMatchObject({ outcome: 'failed', message: 'the file is empty' });
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, 'x');
    truncateSync(huge, 200 * 1024 * 1024); // sparse: the size is real, the disk is spared
    const started = performance.now();
    const result = await service.call('articles.import', { paths: [huge] });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok && result.value.files[0]).toMatchObject({
      outcome: 'failed',
      message: expect.stringMatching(/200 MB.*up to 16 MB/),
    });
  });

  it('imports a line just under the article limit in bounded time', async () => {
    const line = `${'International cooperation in science and technology '.repeat(100)}${sentence.repeat(100)}`;
    const text = `A very long line\n${line.repeat(Math.floor((MAX_ARTICLE_CHARS - 100) / line.length))}\n`;
    const outcome = await importOne('long-line.txt', text);
    expect(outcome.outcome).toBe('imported');
    expect(outcome.raw?.length).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9);
    expect(outcome.ms).toBeLessThan(BOUND_MS);
  }, 60_000);

  it('refuses a 10 MB and a 60 MB article, saying how long it is and what the limit is', async () => {
    // Every export and the background keeper must handle whatever an import accepts; these
    // sizes broke them (bench/largeArticle.ts), so the import refuses them up front.
    const line = `${'International cooperation in science and technology '.repeat(100)}${sentence.repeat(100)}\n`;
    const ten = await importOne(
      'ten.txt',
      line.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(line))),
    );
    expect(ten).toMatchObject({
      outcome: 'failed',
      message: expect.stringMatching(
        /^the article is [\d,]+ characters long; Winnow keeps articles up to 500,000 characters/,
      ),
    });
    const sixty = join(dir, 'sixty.txt');
    writeFileSync(sixty, line.repeat(Math.ceil((60 * 1024 * 1024) / Buffer.byteLength(line))));
    const result = await service.call('articles.import', { paths: [sixty] });
    expect(result.ok && result.value.files[0]).toMatchObject({
      path: sixty,
      outcome: 'failed',
      message: 'the file is 60 MB; Winnow reads articles up to 16 MB',
    });
    const list = await service.call('articles.list', {});
    expect(list.ok && list.value.total).toBe(0);
  }, 60_000);

  it('reads deeply nested and script-laden HTML in bounded time, dropping every script', async () => {
    const nested = `<html><head><title>Nested</title></head><body>${'<div>'.repeat(200_000)}${sentence}${'</div>'.repeat(200_000)}</body></html>`;
    const scripts = `<html><body><p>${sentence}</p>${'<script>window.pwned=1</script><p>段落</p>'.repeat(20_000)}${'<script>'.repeat(50_000)}</body></html>`;
    const broken = `<html><body><p>${sentence}</p>${'<a href="x'.repeat(100_000)}${'<!--'.repeat(100_000)}</body></html>`;
    for (const [name, html] of [
      ['nested.html', nested],
      ['scripts.html', scripts],
      ['broken.html', broken],
    ] as const) {
      const outcome = await importOne(name, html);
      expect(outcome.outcome, name).toBe('imported');
      expect(outcome.ms, name).toBeLessThan(BOUND_MS);
      expect(outcome.raw, name).toContain(sentence);
      expect(outcome.raw, name).not.toContain('pwned');
      expect(outcome.raw, name).not.toContain('<script');
    }
  }, 60_000);
});
