import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary, Params } from '@winnow/contract';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

const samplesDir = join(import.meta.dirname, '..', '..', '..', 'resources', 'samples');
let dir: string;
let dbPath: string;
let service: WinnowService;

/** Publication dates for the eight samples, one missing and two equal, to exercise sorting. */
function setSampleDates(): void {
  const dates = [
    '2025-03-18',
    '2025-01-02',
    null,
    '2025-04-09',
    '2025-05-12',
    '2025-03-18',
    '2025-07-21',
    '2025-08-30',
  ];
  dates.forEach((date, i) =>
    service.store.db.prepare('UPDATE article SET published_at = ? WHERE id = ?').run(date, i + 1),
  );
}

const status = async (id: number) => (await value(service.call('articles.get', { id }))).status;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-review-'));
  dbPath = join(dir, 'corpus.sqlite');
  service = openService({ dbPath });
  await value(service.call('articles.import', { paths: [samplesDir] }));
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('decisions, undo and redo', () => {
  it('undoes and redoes an editor’s acts in order, and survives closing the corpus', async () => {
    await value(service.call('articles.setStatus', { id: 1, status: 'approved', editor: 'lin' }));
    await value(service.call('articles.setStatus', { id: 2, status: 'rejected', editor: 'lin' }));
    service.close();
    service = openService({ dbPath });

    const undone = await value(service.call('decisions.undo', { editor: 'lin' }));
    expect(undone).toMatchObject({
      kind: 'undo',
      action: 'article.status',
      targetId: 2,
      before: 'rejected',
      after: 'pending',
    });
    expect(await status(2)).toBe('pending');
    await value(service.call('decisions.undo', { editor: 'lin' }));
    expect(await status(1)).toBe('pending');
    expect(await value(service.call('decisions.undo', { editor: 'lin' }))).toBeNull();

    service.close();
    service = openService({ dbPath });
    await value(service.call('decisions.redo', { editor: 'lin' }));
    expect(await status(1)).toBe('approved');
    await value(service.call('decisions.redo', { editor: 'lin' }));
    expect(await status(2)).toBe('rejected');
    expect(await value(service.call('decisions.redo', { editor: 'lin' }))).toBeNull();
  });

  it('clears the redo stack when the editor acts again', async () => {
    await value(service.call('articles.setStatus', { id: 1, status: 'approved', editor: 'lin' }));
    await value(service.call('decisions.undo', { editor: 'lin' }));
    await value(service.call('articles.setStatus', { id: 3, status: 'approved', editor: 'lin' }));
    expect(await value(service.call('decisions.redo', { editor: 'lin' }))).toBeNull();
    expect(await status(1)).toBe('pending');
  });

  it('keeps one undo stack per editor, and refuses to undo over someone else’s later change', async () => {
    await value(service.call('articles.setStatus', { id: 1, status: 'approved', editor: 'lin' }));
    await value(service.call('articles.setStatus', { id: 2, status: 'approved', editor: 'zhou' }));
    await value(service.call('decisions.undo', { editor: 'lin' }));
    expect(await status(1)).toBe('pending');
    expect(await status(2)).toBe('approved');

    await value(service.call('articles.setStatus', { id: 4, status: 'approved', editor: 'lin' }));
    await value(service.call('articles.setStatus', { id: 4, status: 'rejected', editor: 'zhou' }));
    const refused = await service.call('decisions.undo', { editor: 'lin' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await status(4)).toBe('rejected');
  });

  it('records nothing when nothing changes, and names a missing target', async () => {
    expect(
      await value(service.call('articles.setStatus', { id: 1, status: 'pending', editor: 'lin' })),
    ).toBeNull();
    expect(await value(service.call('decisions.undo', { editor: 'lin' }))).toBeNull();
    expect(
      await service.call('articles.setStatus', { id: 999, status: 'approved', editor: 'lin' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('tags articles with undo, and keeps the article’s history', async () => {
    const tag = await value(service.call('tags.create', { name: '一带一路', colour: '#aa3300' }));
    expect(await service.call('tags.create', { name: '一带一路' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await value(service.call('articles.tag', { id: 1, tagId: tag.id, on: true, editor: 'lin' }));
    let tagged = await value(service.call('articles.list', { tagId: tag.id }));
    expect(tagged.articles.map((a) => a.id)).toEqual([1]);
    await value(service.call('decisions.undo', { editor: 'lin' }));
    tagged = await value(service.call('articles.list', { tagId: tag.id }));
    expect(tagged.total).toBe(0);
    const history = await value(service.call('articles.history', { id: 1 }));
    expect(history.map((d) => d.kind)).toEqual(['act', 'undo']);
    expect(history[0]).toMatchObject({
      editor: 'lin',
      action: 'article.tag',
      after: { tagId: tag.id, on: true },
    });
  });

  it('sets fact status with undo, and "has pending facts" follows', async () => {
    const pending = async () =>
      (
        await value(service.call('articles.list', { hasPendingFacts: true, limit: 500 }))
      ).articles.map((a) => a.id);
    // The facts the importer extracted from the sample's cleaned text.
    const article = await value(service.call('articles.get', { id: 3 }));
    expect(article.facts.length).toBeGreaterThan(0);
    expect(await pending()).toContain(3);
    for (const fact of article.facts)
      await value(
        service.call('facts.setStatus', { id: fact.id, status: 'approved', editor: 'lin' }),
      );
    expect(await pending()).not.toContain(3);
    await value(service.call('decisions.undo', { editor: 'lin' }));
    expect(await pending()).toContain(3);
    const after = await value(service.call('articles.get', { id: 3 }));
    expect(after.facts.filter((f) => f.status === 'pending')).toHaveLength(1);
    expect(after.pendingFacts).toBe(1);
  });
});

describe('listing and search', () => {
  async function everyPage(params: Params<'articles.list'>): Promise<ArticleSummary[]> {
    const all: ArticleSummary[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await value(
        service.call('articles.list', { ...params, limit: 3, ...(after ? { after } : {}) }),
      );
      all.push(...page.articles);
      if (!page.nextCursor) return all;
      after = page.nextCursor;
    }
  }

  it('pages through every sort order with cursors, each article exactly once', async () => {
    setSampleDates();
    for (const sort of ['imported', 'date', 'title'] as const) {
      const rows = await everyPage({ sort });
      expect(
        rows.map((r) => r.id).sort((a, b) => a - b),
        sort,
      ).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    }
    const byDate = await everyPage({ sort: 'date' });
    expect(byDate.map((r) => r.publishedAt)).toEqual([
      '2025-08-30',
      '2025-07-21',
      '2025-05-12',
      '2025-04-09',
      '2025-03-18',
      '2025-03-18',
      '2025-01-02',
      null,
    ]);
    const byTitle = (await everyPage({ sort: 'title' })).map((r) => r.title ?? '');
    expect(byTitle).toEqual([...byTitle].sort());
    const inRange = await everyPage({ from: '2025-03-01', to: '2025-05-01' });
    expect(inRange.map((r) => r.id)).toEqual([1, 4, 6]);
  });

  it('filters by status, language and source together', async () => {
    service.store.db
      .prepare("UPDATE article SET source_name = '华夏科技网' WHERE id IN (1, 5)")
      .run();
    await value(service.call('articles.setStatus', { id: 5, status: 'approved', editor: 'lin' }));
    const page = await value(
      service.call('articles.list', { source: '华夏科技网', status: 'approved', language: 'zh' }),
    );
    expect(page.articles.map((a) => a.id)).toEqual([5]);
    expect(page.total).toBe(1);
  });

  it('searches Chinese of 1, 2 and 3+ characters across scripts, and English words', async () => {
    const ids = async (query: string) =>
      (await value(service.call('articles.list', { query }))).articles.map((a) => a.title);
    expect(await ids('技術')).toEqual(expect.arrayContaining(['兩岸科學園區交流會在新竹舉行']));
    expect(await ids('科学园区')).toEqual(['兩岸科學園區交流會在新竹舉行']);
    expect(await ids('遥感')).toEqual(['中外合作共享遥感卫星数据']);
    expect(await ids('猫')).toEqual(['多地出台流浪动物包养新规']);
    expect(await ids('observation')).toEqual([
      'Ocean Science Forum Agrees on Shared Observation Network',
    ]);
    expect(await ids('IASP')).toEqual(['兩岸科學園區交流會在新竹舉行']);
    expect(await ids('nothing-like-this')).toEqual([]);
  });

  it('finds the same pages whichever plan drives the query', () => {
    setSampleDates();
    // Four articles with every fact decided, so "no facts waiting" has pages to compare.
    for (const articleId of [1, 3, 5, 7])
      for (const fact of service.store.facts.byArticle(articleId))
        service.store.facts.setStatus(fact.id, 'approved');
    expect(service.store.articles.count({ hasPendingFacts: false }).total).toBe(4);
    const filters = [
      {},
      { language: 'zh' },
      { status: 'pending' as const, from: '2025-03-01' },
      { hasPendingFacts: false },
      { query: '合作' },
    ];
    for (const filter of filters) {
      for (const sort of ['imported', 'date', 'title'] as const) {
        const first = service.store.articles.page(filter, sort, null, 3, 'filter-first');
        expect(
          service.store.articles.page(filter, sort, null, 3, 'order-first'),
          `${JSON.stringify(filter)} ${sort}`,
        ).toEqual(first);
        const last = first.at(-1);
        if (!last) continue;
        const cursor = { key: last.sortKey, id: last.id };
        expect(service.store.articles.page(filter, sort, cursor, 50, 'order-first')).toEqual(
          service.store.articles.page(filter, sort, cursor, 50, 'filter-first'),
        );
      }
    }
  });

  it('refuses a cursor it did not give out', async () => {
    expect(await service.call('articles.list', { after: 'not-a-cursor' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });
});

describe('corpus.check', () => {
  it('finds a damaged index and a stale anchor, repairs them with fix, and is then clean', async () => {
    expect(await value(service.call('corpus.check', {}))).toEqual({ ok: true, problems: [] });
    // Article 2's one chunk (its search row is article * 4096 + chunk).
    service.store.db.prepare('DELETE FROM article_search WHERE rowid = 2 * 4096').run();
    service.store.facts.insert({
      articleId: 1,
      kind: 'quantity',
      quote: '42家',
      start: 5000,
      end: 5003,
      prefix: '',
      suffix: '',
      value: 42,
      unit: '家',
      qualifier: 'exact',
      role: null,
      speaker: null,
      valueMax: null,
      subject: null,
      corroborationKey: null,
      topicKey: null,
      confidence: 1,
      extractor: 'test',
      extractorVersion: '1',
    });
    const found = await value(service.call('corpus.check', {}));
    expect(found.ok).toBe(false);
    expect(found.problems.map((p) => p.check).sort()).toEqual(['anchor.fact', 'search.missing']);
    expect(found.problems.every((p) => !p.fixed)).toBe(true);
    // Reporting changed nothing.
    expect((await value(service.call('articles.list', { query: '兩岸' }))).total).toBe(0);

    const fixed = await value(service.call('corpus.check', { fix: true }));
    expect(fixed.ok).toBe(true);
    expect(await value(service.call('corpus.check', {}))).toEqual({ ok: true, problems: [] });
    expect((await value(service.call('articles.list', { query: '兩岸' }))).total).toBe(1);
    expect(service.store.facts.byArticle(1)[0]).toMatchObject({ orphan: true, start: null });
  });
});
