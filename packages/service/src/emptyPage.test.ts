import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_ARTICLE_WARNING, NO_TEXT_WARNING } from '@winnow/text';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';

/** A page that yields no article text is imported with a warning the desk shows, never silently. */
let dir: string;
let service: WinnowService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-empty-page-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importPage(name: string, page: string) {
  const path = join(dir, name);
  writeFileSync(path, page);
  const result = await service.call('articles.import', { paths: [path] });
  if (!result.ok) throw new Error(result.error.message);
  const outcome = result.value.files[0]!;
  const article = await service.call('articles.get', { id: outcome.articleId ?? -1 });
  if (!article.ok) throw new Error(article.error.message);
  return { outcome, article: article.value };
}

describe('a page with no article text', () => {
  it('is imported with a warning on the article and in the import report', async () => {
    const page = `<!doctype html><html><head><title>新闻中心</title>
      <script>window.app = { render: true };</script></head>
      <body><div id="app"></div><div style="display:none">加载中……</div><script src="/app.js"></script></body></html>`;
    const { outcome, article } = await importPage('app.html', page);
    expect(outcome.outcome).toBe('imported');
    expect(outcome.message).toContain(NO_TEXT_WARNING);
    expect(article.raw).toBe('');
    expect(article.warnings.some((w) => w.startsWith(NO_TEXT_WARNING))).toBe(true);

    // A re-clean finds the article's warnings again without doubling the file's own.
    const again = await service.call('articles.reclean', { id: article.id });
    expect(again.ok).toBe(true);
    const after = await service.call('articles.get', { id: article.id });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.warnings.filter((w) => w.startsWith(NO_TEXT_WARNING))).toHaveLength(1);
  });

  it('warns when the article cannot be told apart from the page', async () => {
    const { outcome, article } = await importPage(
      'menu.html',
      '<html><body><a href="/">首页</a> <a href="/news">新闻</a></body></html>',
    );
    expect(outcome.outcome).toBe('imported');
    expect(article.warnings.some((w) => w.startsWith(NO_ARTICLE_WARNING))).toBe(true);
  });

  it('gives no such warning for a page with an article', async () => {
    const paragraph =
      '青岛海洋科学研究院与三所外国大学签署合作协议，共建深海观测联合实验室，四方将在五年内共享观测数据，并每年互派二十名研究人员。';
    const { article } = await importPage(
      'story.html',
      `<html><head><title>深海观测</title><body><h1>深海观测联合实验室成立</h1><p>${paragraph}</p><p>${paragraph}</p></body></html>`,
    );
    expect(article.warnings).toEqual([]);
    expect(article.cleaned).toContain(paragraph);
  });
});
