import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

let dir: string;
let service: WinnowService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-raw-search-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('searching the raw text', () => {
  it('finds what the cleaner removed, which the cleaned-text search does not', async () => {
    const files = {
      'spam.txt':
        '海洋论坛在青岛开幕\n\n来自30多个国家的500名代表参加论坛。包养网\n本届论坛共签署合作协议12项。\n',
      'clean.txt': 'Ocean Forum Opens\n\nDelegates from 30 countries attended the Forum.\n',
    };
    const paths = Object.entries(files).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    await value(service.call('articles.import', { paths }));
    const list = (params: object) =>
      value(service.call('articles.list', params)).then((page) => ({
        total: page.total,
        titles: page.articles.map((a) => a.title),
      }));
    expect(await list({ query: '包养网' })).toEqual({ total: 0, titles: [] });
    expect(await list({ query: '包养网', searchIn: 'raw' })).toEqual({
      total: 1,
      titles: ['海洋论坛在青岛开幕'],
    });
    // English ignores case; other filters still apply.
    expect(await list({ query: 'DELEGATES', searchIn: 'raw' })).toMatchObject({ total: 1 });
    expect(await list({ query: 'delegates', searchIn: 'raw', language: 'zh' })).toMatchObject({
      total: 0,
    });
  });
});
