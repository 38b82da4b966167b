import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { value } from './testing/value.ts';
import { tempCorpora } from './testing/tempCorpora.ts';

const desks = tempCorpora('winnow-exports-');
const { corpus, reviewedCorpus } = desks;

describe('other export formats', () => {
  it('CSV of facts: BOM, CRLF, quoted cells, formulas defused', async () => {
    const service = await reviewedCorpus('c');
    const out = join(desks.dir, 'facts.csv');
    const summary = await value(service.call('articles.export', { format: 'csv', out }));
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^article_id,article_title,published_at,language,kind,quote,value/);
    expect(lines).toHaveLength(summary.facts + 1);
    expect(text).toContain('中国与东盟联合实验室网络正式启动');
  });

  it('Markdown: a folder with one file per article and its facts as a table', async () => {
    const service = await reviewedCorpus('m');
    const out = join(desks.dir, 'md');
    await value(service.call('articles.export', { format: 'md', out, language: 'zh' }));
    const files = readdirSync(out);
    expect(files.length).toBe(6);
    const first = readFileSync(join(out, files.sort()[0]!), 'utf8');
    expect(first).toMatch(/^# 中国与东盟联合实验室网络正式启动/);
    expect(first).toContain('| kind | quote | value |');
  });

  it('ClaimReview: only approved facts tagged "checked"', async () => {
    const service = await reviewedCorpus('r');
    const out = join(desks.dir, 'claims.jsonld');
    const summary = await value(service.call('articles.export', { format: 'claimreview', out }));
    expect(summary.facts).toBe(1);
    const reviews = JSON.parse(readFileSync(out, 'utf8')) as {
      '@type': string;
      claimReviewed: string;
    }[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!['@type']).toBe('ClaimReview');
  });

  it('a selection exports only what it selects', async () => {
    const service = await reviewedCorpus('s');
    const out = join(desks.dir, 'tagged.jsonl');
    const summary = await value(
      service.call('articles.export', { format: 'jsonl', out, tag: '重要' }),
    );
    expect(summary.articles).toBe(1);
    const unknown = await service.call('articles.export', { format: 'jsonl', out, tag: 'nope' });
    expect(unknown.ok).toBe(false);
  });

  it('a cancelled export leaves nothing behind', async () => {
    const service = await reviewedCorpus('x');
    const out = join(desks.dir, 'cancelled.zip');
    const controller = new AbortController();
    controller.abort();
    const result = await service.call(
      'articles.export',
      { format: 'bundle', out },
      { signal: controller.signal },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(readdirSync(desks.dir).filter((name) => name.includes('cancelled'))).toEqual([]);
  });

  it('an export cancelled halfway, on its own thread, stops and leaves nothing behind', async () => {
    const service = corpus('halfway');
    const ARTICLES = 160;
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const folder = join(desks.dir, 'many');
    mkdirSync(folder);
    // Ten batches of the bundle writer (16 articles each): the cancel, sent when the first
    // is written, reaches the export while most are still to build.
    for (let i = 0; i < ARTICLES; i++)
      writeFileSync(
        join(folder, `n${i}.txt`),
        `第${i}号简讯\n\n联合实验室今年新增${i + 3}个合作项目,涉及${i + 10}个国家。\n`,
      );
    await value(service.call('articles.import', { paths: [folder] }));
    const out = join(desks.dir, 'halfway.zip');
    const controller = new AbortController();
    const seen: number[] = [];
    const result = await service.call(
      'articles.export',
      { format: 'bundle', out },
      {
        signal: controller.signal,
        onProgress: (event) => {
          seen.push(event.done);
          controller.abort();
        },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThan(ARTICLES);
    expect(readdirSync(desks.dir).filter((name) => name.includes('halfway.zip'))).toEqual([]);
    // The corpus is untouched and exports whole afterwards.
    const whole = await value(service.call('articles.export', { format: 'bundle', out }));
    expect(whole.articles).toBe(ARTICLES);
  });
});
