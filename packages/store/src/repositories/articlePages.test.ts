import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store.ts';
import type { Store } from '../store.ts';
import type { ArticleCursor, ArticleFilter, ArticleSort, ListPlan } from './articles.ts';

/**
 * Paging by cursor in every order: page after page must give exactly the one long list —
 * none twice, none left out — however many articles share a sort key (untitled, with a
 * null or an empty title; undated; no facts waiting), with or without a filter, whichever
 * way the page is found. A cursor in a shared key is read as two seeks (articles.ts).
 */
let dir: string;
let store: Store;
const TITLES = ['Harbour', 'harbour', '港口年报', 'Harbour', 'Zebra', ' lead', 'Ärger'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-pages-'));
  store = openStore(join(dir, 'p.sqlite'));
  store.transaction(() => {
    for (let i = 0; i < 240; i++) {
      const sourceFileId = store.sourceFiles.insert({
        sha256: `sha-${i}`,
        path: `${i}.txt`,
        sizeBytes: 10,
        mediaType: 'text/plain',
        encoding: 'utf-8',
        importedAt: 'now',
      });
      // Half untitled (null or empty), a third undated: long stretches of one key.
      const title = i % 2 === 0 ? (i % 4 === 0 ? null : '') : TITLES[i % TITLES.length]!;
      store.articles.insert({
        sourceFileId,
        importJobId: null,
        title,
        publishedAt: i % 3 === 0 ? null : `2025-0${1 + (i % 4)}-01`,
        language: i % 5 === 0 ? 'zh' : 'en',
        script: null,
        raw: '港口 harbour',
        cleaned: '港口 harbour',
        warnings: [],
        importedAt: 'now',
      });
    }
  });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function walk(filter: ArticleFilter, sort: ArticleSort, plan: ListPlan, limit: number) {
  const ids: number[] = [];
  let cursor: ArticleCursor | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const rows = store.articles.page(filter, sort, cursor, limit, plan);
    ids.push(...rows.map((r) => r.id));
    const last = rows.at(-1);
    if (rows.length < limit || !last) return ids;
    cursor = { key: last.sortKey, id: last.id };
  }
  throw new Error('the pages never ended');
}

const filters: ArticleFilter[] = [
  {},
  { language: 'en' },
  { hasPendingFacts: false },
  { query: 'harbour' },
];

describe('pages after a cursor', () => {
  for (const sort of ['title', 'date', 'pendingFacts', 'imported'] as const)
    for (const plan of ['filter-first', 'order-first'] as const)
      it(`give the whole list once, by ${sort}, ${plan}`, () => {
        for (const filter of filters) {
          const whole = store.articles.page(filter, sort, null, 10_000, plan).map((r) => r.id);
          expect(whole.length).toBeGreaterThan(40);
          for (const limit of [1, 7, 50])
            expect(walk(filter, sort, plan, limit), JSON.stringify({ filter, limit })).toEqual(
              whole,
            );
        }
      });

  it('put untitled articles, null or empty, together before the titled, by id', () => {
    const rows = store.articles.page({}, 'title', null, 10_000);
    const untitled = rows.filter((r) => !r.title);
    expect(untitled).toHaveLength(120);
    expect(rows.slice(0, 120)).toEqual(untitled);
    expect(untitled.map((r) => r.id)).toEqual(untitled.map((r) => r.id).sort((a, b) => a - b));
  });
});
