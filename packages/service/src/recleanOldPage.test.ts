import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';

/**
 * An article imported before the page reader changed keeps the raw text it was read into.
 * Re-cleaning must not lay the new extractor's lines on that older text: what it left
 * outside the article stays as it was decided.
 */
let dir: string;
let service: WinnowService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-reclean-page-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

const story =
  '青岛海洋科学研究院与三所外国大学签署合作协议，共建深海观测联合实验室，四方将在五年内共享观测数据。';

describe('re-cleaning a web page read by an older reader', () => {
  it('carries its outside-article edits over instead of re-placing them', async () => {
    const path = join(dir, 'page.html');
    writeFileSync(
      path,
      `<html><body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div>` +
        `<article><h1>深海观测联合实验室成立</h1><p>${story}</p><p>${story}</p></article></body></html>`,
    );
    const imported = await service.call('articles.import', { paths: [path] });
    if (!imported.ok) throw new Error(imported.error.message);
    const id = imported.value.files[0]!.articleId!;
    // The older reader broke a paragraph where the page's source broke its line.
    const older = (raw: string) => raw.replace(story, `${story.slice(0, 12)}\n${story.slice(12)}`);
    const db = service.store.db;
    const raw = service.store.articles.raw(id)!;
    // Stored as plain text (a row not deflated reads as before migration 9).
    db.prepare('UPDATE article_text SET raw = ?, raw_deflated = NULL WHERE article_id = ?').run(
      older(raw),
      id,
    );
    const title = service.store.articles.get(id)?.title ?? null;
    service.store.articles.setCleaned(id, title, older(raw));
    db.prepare('DELETE FROM edit WHERE article_id = ?').run(id);

    const report = await service.call('articles.reclean', { id });
    if (!report.ok) throw new Error(report.error.message);
    const after = await service.call('articles.get', { id });
    if (!after.ok) throw new Error(after.error.message);
    // Laid on the older text, the new extractor would have cut the paragraph's first piece.
    expect(after.value.cleaned).toContain(older(story));
    expect(after.value.edits.filter((e) => e.rule === 'chrome.outside-article')).toEqual([]);
  });
});
