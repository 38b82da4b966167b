import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textDigest } from '@winnow/contract';
import type { Article } from '@winnow/contract';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

/**
 * Editors changing one article's text by hand, one after another or at once: removals by
 * selection and the text editor (E), on a page of our own (removals.test's port page).
 */
let dir: string;
let service: WinnowService;
const editor = 'zhou';

const PAGE =
  '限时领取888元红包，点击进入幸运大厅\n来源：海滨日报\n\n' +
  '海滨市港口今年前十个月完成货物吞吐量3.2亿吨，同比增长8%。\n\n' +
  '海滨市举办国际马拉松赛，2万名选手参赛\n海滨大学新增5个本科专业\n' +
  '海滨市地铁3号线开通运营，日均客流30万人次\n海滨市公园数量达到120个\n';

async function importText(name: string, text: string): Promise<Article> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const report = await value(service.call('articles.import', { paths: [path] }));
  const id = report.files[0]?.articleId;
  if (!id) throw new Error(`not imported: ${JSON.stringify(report)}`);
  return get(id);
}
const get = (id: number) => value(service.call('articles.get', { id }));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-text-edits-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an editor typing back removed text', () => {
  it('text removed by an editor can be typed back in the text editor', async () => {
    const article = await importText('port.txt', PAGE);
    const line = '海滨大学新增5个本科专业\n';
    const at = article.cleaned.indexOf(line);
    await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'cleaned',
        start: at,
        end: at + line.length,
        editor: 'wu',
      }),
    );
    // Typed back where it was (and at the very end, after a removal that reached it).
    const removed = (await get(article.id)).cleaned;
    expect(removed).not.toContain('海滨大学');
    await value(
      service.call('articles.editCleaned', { id: article.id, cleaned: article.cleaned, editor }),
    );
    expect((await get(article.id)).cleaned).toBe(article.cleaned);
    const last = '海滨市公园数量达到120个\n';
    const end = article.cleaned.length;
    await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'cleaned',
        start: end - last.length,
        end,
        editor: 'wu',
      }),
    );
    await value(
      service.call('articles.editCleaned', {
        id: article.id,
        cleaned: `${article.cleaned}补充一句。`,
        editor,
      }),
    );
    expect((await get(article.id)).cleaned).toBe(`${article.cleaned}补充一句。`);
  });
});

describe('two editors changing one article’s text', () => {
  it('a removal chosen on text another editor changed since is refused, not applied elsewhere', async () => {
    const article = await importText('port.txt', PAGE);
    // Lin selects the port's tonnage on the text her desk shows.
    const start = article.cleaned.indexOf('3.2亿吨');
    const end = start + '3.2亿吨'.length;
    // Meanwhile Wu removes the advert line above it: every offset below moves up.
    const line = article.cleaned.indexOf('\n') + 1;
    await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'cleaned',
        start: 0,
        end: line,
        as: 'spam',
        editor: 'wu',
      }),
    );
    const between = await get(article.id);
    const removal = await service.call('articles.removeText', {
      id: article.id,
      pane: 'cleaned',
      start,
      end,
      seen: '3.2亿吨',
      editor,
    });
    expect(removal.ok).toBe(false);
    if (!removal.ok) {
      expect(removal.error.code).toBe('conflict');
      expect(removal.error.message).toMatch(/changed since/);
    }
    expect((await get(article.id)).cleaned).toBe(between.cleaned);
    // Chosen on the text as it is now, it goes.
    const now = between.cleaned.indexOf('3.2亿吨');
    await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'cleaned',
        start: now,
        end: now + '3.2亿吨'.length,
        seen: '3.2亿吨',
        editor,
      }),
    );
    expect((await get(article.id)).cleaned).not.toContain('3.2亿吨');
  });

  it('a text edited from a version another editor changed since is refused, theirs kept', async () => {
    const article = await importText('port.txt', PAGE);
    const began = article.cleaned;
    // Wu removes the list of headlines at the end while Lin is typing.
    const listAt = began.indexOf('海滨市举办');
    await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'cleaned',
        start: listAt,
        end: listAt + 3,
        toEnd: true,
        editor: 'wu',
      }),
    );
    const between = await get(article.id);
    // Lin's version still holds the list: saved, it would have brought it back unseen.
    const hers = began.replace('同比增长8%', '同比增长百分之八');
    const saved = await service.call('articles.editCleaned', {
      id: article.id,
      cleaned: hers,
      seen: textDigest(began),
      editor,
    });
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.code).toBe('conflict');
    expect((await get(article.id)).cleaned).toBe(between.cleaned);
    // Made on the text as it is now, the edit is saved.
    await value(
      service.call('articles.editCleaned', {
        id: article.id,
        cleaned: between.cleaned.replace('同比增长8%', '同比增长百分之八'),
        seen: textDigest(between.cleaned),
        editor,
      }),
    );
    const after = await get(article.id);
    expect(after.cleaned).toContain('百分之八');
    expect(after.cleaned).not.toContain('马拉松');
  });
});
