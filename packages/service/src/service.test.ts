import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportRecord } from '@winnow/contract';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';

let dir: string;
let service: WinnowService;

const samplesDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'samples');

function writeCorpus(): string {
  const folder = join(dir, 'incoming');
  mkdirSync(join(folder, 'nested'), { recursive: true });
  writeFileSync(join(folder, 'a.txt'), '科技合作报道\r\n双方签署了12份合作文件。\r\n');
  writeFileSync(
    join(folder, 'nested', 'b.txt'),
    iconv.encode('遥感数据共享\n今年以来提供数据逾2.6万景。\n', 'gbk'),
  );
  writeFileSync(
    join(folder, 'c.html'),
    '<html><head><title>Joint lab opens</title></head><body><p>More than 80 countries.</p></body></html>',
  );
  writeFileSync(join(folder, 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(join(folder, 'broken.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  return folder;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-service-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('articles.import', () => {
  it('imports a folder recursively, names each outcome, and stores nothing twice', async () => {
    const folder = writeCorpus();
    const first = await service.call('articles.import', { paths: [folder] });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value).toMatchObject({ imported: 3, duplicates: 0, skipped: 1, failed: 1 });
    const broken = first.value.files.find((f) => f.path.endsWith('broken.txt'));
    expect(broken).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/binary/) });

    const second = await service.call('articles.import', {
      paths: [folder, join(folder, 'a.txt')],
    });
    // a.txt is asked for twice (in the folder and on its own): each request is answered.
    expect(second.ok && second.value).toMatchObject({ imported: 0, duplicates: 4 });
    const list = await service.call('articles.list', {});
    expect(list.ok && list.value.total).toBe(3);
  });

  it('records the detected encoding and normalizes line ends', async () => {
    const folder = writeCorpus();
    await service.call('articles.import', { paths: [folder] });
    const list = await service.call('articles.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const gbk = list.value.articles.find((a) => a.title === '遥感数据共享');
    expect(gbk?.encoding).toBe('gb18030');
    const crlf = list.value.articles.find((a) => a.title === '科技合作报道');
    const article = await service.call('articles.get', { id: crlf?.id ?? 0 });
    expect(article.ok && article.value.raw).toBe('科技合作报道\n双方签署了12份合作文件。\n');
  });

  it('reports a missing path as a failed file, not a crash', async () => {
    const result = await service.call('articles.import', { paths: [join(dir, 'nowhere')] });
    expect(result.ok && result.value.files[0]).toMatchObject({
      outcome: 'failed',
      message: 'no such file or folder',
    });
  });

  it('reports progress for every file', async () => {
    const folder = writeCorpus();
    const seen: number[] = [];
    await service.call(
      'articles.import',
      { paths: [folder] },
      { onProgress: (e) => seen.push(e.done) },
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('validation at the service boundary', () => {
  it('answers bad params with bad_request naming the field', async () => {
    const result = await service.callByName('articles.get', { id: 'seven' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!result.ok && result.error.message).toMatch(/"id"/);
  });

  it('answers an unknown method and an unknown article clearly', async () => {
    expect(await service.callByName('articles.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await service.call('articles.get', { id: 4242 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no article 4242 in this corpus.' },
    });
  });

  it('refuses extra fields', async () => {
    const result = await service.callByName('articles.list', { limit: 5, drop: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});

describe('articles.list', () => {
  it('pages with a cursor and filters by language and query', async () => {
    await service.call('articles.import', { paths: [samplesDir] });
    const first = await service.call('articles.list', { limit: 3 });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.articles).toHaveLength(3);
    expect(first.value.nextCursor).not.toBeNull();
    const second = await service.call('articles.list', {
      limit: 3,
      after: first.value.nextCursor ?? '',
    });
    if (!second.ok) throw new Error(second.error.message);
    const firstIds = first.value.articles.map((a) => a.id);
    expect(second.value.articles.every((a) => !firstIds.includes(a.id))).toBe(true);

    const english = await service.call('articles.list', { language: 'en' });
    expect(english.ok && english.value.articles.every((a) => a.language === 'en')).toBe(true);
    expect(english.ok && english.value.total).toBe(2);
    const search = await service.call('articles.list', { query: '遥感卫星' });
    expect(search.ok && search.value.articles.map((a) => a.title)).toEqual([
      '中外合作共享遥感卫星数据',
    ]);
    // A LIKE wildcard in the query is matched literally.
    const literal = await service.call('articles.list', { query: '%' });
    expect(literal.ok && literal.value.total).toBe(0);
  });
});

describe('articles.export', () => {
  it('writes one complete record per article with every field of the export record', async () => {
    await service.call('articles.import', { paths: [samplesDir] });
    const out = join(dir, 'out.jsonl');
    const result = await service.call('articles.export', { status: 'any', out });
    expect(result.ok && result.value.articles).toBe(8);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(8);
    const records = lines.map((line) => JSON.parse(line) as ExportRecord);
    const fields = [
      'id',
      'sourcePath',
      'sha256',
      'encoding',
      'title',
      'publishedAt',
      'sourceName',
      'language',
      'script',
      'status',
      'raw',
      'cleaned',
      'tags',
      'edits',
      'facts',
    ];
    for (const record of records) expect(Object.keys(record).sort()).toEqual([...fields].sort());
    const gbk = records.find((r) => r.sourcePath.endsWith('04-satellite-data.txt'));
    expect(gbk).toMatchObject({
      encoding: 'gb18030',
      language: 'zh',
      script: 'Hans',
      status: 'pending',
    });
    expect(gbk?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(dir).filter((n) => n.includes('.partial'))).toEqual([]);
  });

  it('exports only approved articles when asked, and leaves no file behind on failure', async () => {
    await service.call('articles.import', { paths: [samplesDir] });
    const approved = await service.call('articles.export', {
      status: 'approved',
      out: join(dir, 'a.jsonl'),
    });
    expect(approved.ok && approved.value.articles).toBe(0);
    const bad = await service.call('articles.export', {
      out: join(dir, 'missing-folder', 'x.jsonl'),
    });
    expect(bad.ok).toBe(false);
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });
});

describe('first run', () => {
  it('seeds a new corpus with the samples once, and never again', async () => {
    const path = join(dir, 'fresh.sqlite');
    const seeded = openService({ dbPath: path, samplesDir });
    const stats = await seeded.call('corpus.stats', {});
    expect(stats.ok && stats.value.articles).toBe(8);
    seeded.store.db.exec('DELETE FROM article; DELETE FROM source_file;');
    seeded.close();
    const reopened = openService({ dbPath: path, samplesDir });
    const after = await reopened.call('corpus.stats', {});
    expect(after.ok && after.value.articles).toBe(0);
    reopened.close();
  });
});
