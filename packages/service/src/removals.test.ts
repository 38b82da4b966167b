import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@winnow/contract';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

let dir: string;
let service: WinnowService;
const editor = 'zhou';

/** Our own page: a spam line the cleaner takes for the title, a trailing headline list. */
/**
 * A page of one sentence under an advert, then a list of headlines: with so little prose
 * the cleaner only proposes removing the advert (a second sentence makes it sure).
 */
const PAGE =
  '限时领取888元红包，点击进入幸运大厅\n来源：海滨日报\n\n' +
  '海滨市港口今年前十个月完成货物吞吐量3.2亿吨，同比增长8%。\n\n' +
  '海滨市举办国际马拉松赛，2万名选手参赛\n海滨大学新增5个本科专业\n' +
  '海滨市地铁3号线开通运营，日均客流30万人次\n海滨市公园数量达到120个\n';

const FOOTER = '海滨潮声 每周五与您相约 扫一扫加入读者群';
const story = (n: number, source = '海滨日报') =>
  `海滨新闻第${n}篇\n来源：${source}\n\n海滨市第${n}届渔业节开幕，吸引游客${n}万人次。\n\n${FOOTER}\n`;

async function importText(name: string, text: string): Promise<Article> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const report = await value(service.call('articles.import', { paths: [path] }));
  const id = report.files[0]?.articleId;
  if (!id) throw new Error(`not imported: ${JSON.stringify(report)}`);
  return get(id);
}
const get = (id: number) => value(service.call('articles.get', { id }));
const undo = () => value(service.call('decisions.undo', { editor }));
const redo = () => value(service.call('decisions.redo', { editor }));
const pending = (a: Article) => a.facts.filter((f) => f.status === 'pending');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-removals-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('removing a selection', () => {
  it('from here to the end drops the list and its facts; one undo brings both back', async () => {
    const article = await importText('port.txt', PAGE);
    const listAt = article.cleaned.indexOf('海滨市举办');
    const inList = article.facts.filter((f) => f.start >= listAt);
    expect(inList.length).toBeGreaterThanOrEqual(3);
    const decision = await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'cleaned',
        start: listAt,
        end: listAt + 3,
        as: 'chrome',
        toEnd: true,
        editor,
      }),
    );
    expect(decision?.action).toBe('text.remove');
    const after = await get(article.id);
    expect(after.cleaned).not.toContain('马拉松');
    expect(after.cleaned).toContain('3.2亿吨');
    const edit = after.edits.find((e) => e.rule === 'chrome.by-editor');
    expect(edit?.state).toBe('accepted');
    for (const f of inList) {
      const now = after.facts.find((x) => x.id === f.id);
      expect(now).toMatchObject({ status: 'rejected', orphan: true });
    }
    // None of them waits as an orphan; the others are where they were.
    expect(pending(after).every((f) => !f.orphan)).toBe(true);
    expect(after.pendingFacts).toBe(article.pendingFacts - inList.length);

    await undo();
    const back = await get(article.id);
    expect(back.cleaned).toBe(article.cleaned);
    for (const f of inList) {
      const now = back.facts.find((x) => x.id === f.id);
      expect(now).toMatchObject({ status: 'pending', orphan: false, start: f.start, end: f.end });
    }
    expect(back.pendingFacts).toBe(article.pendingFacts);

    await redo();
    expect((await get(article.id)).cleaned).toBe(after.cleaned);
  });

  it('a selection in the raw pane is removed as spam, and the title follows the first line', async () => {
    const article = await importText('port.txt', PAGE);
    // The cleaner only proposes removing the spam line (it stands before the article with
    // no mark of page furniture), so it is still in the cleaned text for the editor to take.
    expect(article.cleaned.startsWith('限时领取888元红包')).toBe(true);
    const end = article.raw.indexOf('\n') + 1;
    await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'raw',
        start: 0,
        end,
        as: 'spam',
        editor,
      }),
    );
    const after = await get(article.id);
    expect(after.cleaned.startsWith('海滨市港口')).toBe(true);
    // The title follows: the story's first sentence is left, which is no headline, so none.
    expect(after.title).toBeNull();
    expect(after.edits.some((e) => e.rule === 'spam.by-editor')).toBe(true);
    // The 888元 quoted from the spam line went with it.
    expect(after.facts.find((f) => f.quote === '888元')?.status).toBe('rejected');
    await undo();
    expect((await get(article.id)).title).toBe(article.title);
  });

  it('removing the title’s own line: the title follows, undo brings it back, redo drops it again', async () => {
    const article = await importText('story.txt', story(7));
    expect(article.title).toBe('海滨新闻第7篇');
    const lineEnd = article.cleaned.indexOf('\n');
    await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'cleaned',
        start: 0,
        end: lineEnd + 1,
        as: 'other',
        editor,
      }),
    );
    const after = await get(article.id);
    expect(after.cleaned).not.toContain('海滨新闻第7篇');
    expect(after.title).not.toBe(article.title);
    expect(after.title).toBe(after.cleaned.split('\n').find((l) => l.trim() !== ''));
    await undo();
    const back = await get(article.id);
    expect(back.cleaned).toBe(article.cleaned);
    expect(back.title).toBe(article.title);
    await redo();
    expect((await get(article.id)).title).toBe(after.title);
  });

  it('deleting the list in the text editor (E) drops its facts too, and undo brings them back', async () => {
    const article = await importText('port.txt', PAGE);
    const listAt = article.cleaned.indexOf('海滨市举办');
    const inList = article.facts.filter((f) => f.start >= listAt).map((f) => f.id);
    await value(
      service.call('articles.editCleaned', {
        id: article.id,
        cleaned: article.cleaned.slice(0, listAt),
        editor,
      }),
    );
    const after = await get(article.id);
    for (const id of inList)
      expect(after.facts.find((f) => f.id === id)).toMatchObject({ status: 'rejected' });
    expect(after.facts.filter((f) => f.orphan && f.status === 'pending')).toEqual([]);
    await undo();
    const back = await get(article.id);
    for (const id of inList)
      expect(back.facts.find((f) => f.id === id)).toMatchObject({
        status: 'pending',
        orphan: false,
      });
  });

  it('refuses a selection with nothing left to remove', async () => {
    const article = await importText('port.txt', PAGE);
    const source = article.raw.indexOf('来源');
    const result = await service.call('articles.removeText', {
      id: article.id,
      pane: 'raw',
      start: source,
      end: source + 4,
      editor,
    });
    expect(result.ok).toBe(false);
  });
});

describe('removing a block wherever it appears', () => {
  it('removes it here at once, from the source’s other articles on re-clean, and undoes', async () => {
    const first = await importText('a.txt', story(1));
    const others = [];
    for (const n of [2, 3, 4]) others.push(await importText(`s${n}.txt`, story(n)));
    const elsewhere = await importText('other.txt', story(5, '山城晚报'));
    expect(first.cleaned).toContain(FOOTER);
    await value(
      service.call('articles.removeBlock', {
        id: first.id,
        text: FOOTER,
        scope: 'source',
        editor,
      }),
    );
    expect((await get(first.id)).cleaned).not.toContain(FOOTER);
    const listed = await value(service.call('blocks.list', {}));
    expect(listed).toEqual([{ text: FOOTER, source: '海滨日报', articleId: first.id }]);
    for (const a of [...others, elsewhere])
      await value(service.call('articles.reclean', { id: a.id }));
    for (const a of others) expect((await get(a.id)).cleaned).not.toContain(FOOTER);
    expect((await get(elsewhere.id)).cleaned).toContain(FOOTER);
    // A later import of the source is cleaned of it too.
    expect((await importText('s6.txt', story(6))).cleaned).not.toContain(FOOTER);

    await undo();
    expect(await value(service.call('blocks.list', {}))).toEqual([]);
    expect((await get(first.id)).cleaned).toBe(first.cleaned);
  });

  it('applies on the import threads too, to the blocks’ own source only', async () => {
    const first = await importText('a.txt', story(1));
    await value(
      service.call('articles.removeBlock', { id: first.id, text: FOOTER, scope: 'source', editor }),
    );
    // Enough files for the import to prepare them on worker threads.
    const folder = join(dir, 'incoming');
    mkdirSync(folder);
    for (let n = 10; n < 50; n++)
      writeFileSync(join(folder, `${n}.txt`), story(n, n % 2 === 0 ? '海滨日报' : '山城晚报'));
    const report = await value(service.call('articles.import', { paths: [folder] }));
    expect(report.imported).toBe(40);
    for (const file of report.files) {
      const article = await get(file.articleId!);
      const ours = article.sourceName === '海滨日报';
      expect(article.cleaned.includes(FOOTER), file.path).toBe(!ours);
    }
  });

  it('is taken off the list in the Cleaning dialog with a decision of its own', async () => {
    const first = await importText('a.txt', story(1));
    await value(
      service.call('articles.removeBlock', { id: first.id, text: FOOTER, scope: 'corpus', editor }),
    );
    const [block] = await value(service.call('blocks.list', {}));
    expect(block?.source).toBeNull();
    await value(service.call('blocks.set', { ...block!, on: false, editor }));
    expect(await value(service.call('blocks.list', {}))).toEqual([]);
    await undo();
    expect(await value(service.call('blocks.list', {}))).toHaveLength(1);
  });
});

describe('titles and fields', () => {
  it('an editor’s title, date and source are decisions; re-clean keeps the title', async () => {
    const article = await importText('port.txt', PAGE);
    await value(
      service.call('articles.setFields', {
        id: article.id,
        title: '海滨港口吞吐量创新高',
        publishedAt: '2026-11-20',
        editor,
      }),
    );
    let now = await get(article.id);
    expect(now).toMatchObject({ title: '海滨港口吞吐量创新高', publishedAt: '2026-11-20' });
    const found = await value(service.call('articles.list', { query: '吞吐量创新高' }));
    expect(found.articles.map((a) => a.id)).toContain(article.id);
    await value(service.call('articles.reclean', { id: article.id }));
    expect((await get(article.id)).title).toBe('海滨港口吞吐量创新高');
    await undo();
    now = await get(article.id);
    expect(now.title).toBe(article.title);
    expect(now.publishedAt).toBe(article.publishedAt);
    await value(
      service.call('articles.setFields', { id: article.id, sourceName: '海滨晚报', editor }),
    );
    expect((await get(article.id)).sourceName).toBe('海滨晚报');
  });

  it('without an editor’s title, re-clean reads it again from the cleaned text', async () => {
    const article = await importText('port.txt', PAGE);
    await value(service.call('spam.set', { phrases: ['限时领取888元红包，点击进入幸运大厅'] }));
    await value(service.call('articles.reclean', { id: article.id }));
    const now = await get(article.id);
    expect(now.title).toBe(
      now.cleaned
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim(),
    );
    expect(now.title).not.toContain('红包');
  });
});

describe('many articles at once', () => {
  it('approves, tags and undoes a selection in one decision each', async () => {
    const ids = [];
    for (const n of [1, 2, 3]) ids.push((await importText(`s${n}.txt`, story(n))).id);
    await value(service.call('articles.setStatusMany', { ids, status: 'approved', editor }));
    for (const id of ids) expect((await get(id)).status).toBe('approved');
    const tag = await value(service.call('tags.create', { name: '港口' }));
    await value(service.call('articles.tagMany', { ids, tagId: tag.id, on: true, editor }));
    for (const id of ids) expect((await get(id)).tags).toEqual(['港口']);
    await undo();
    for (const id of ids) expect((await get(id)).tags).toEqual([]);
    await undo();
    for (const id of ids) expect((await get(id)).status).toBe('pending');
    await redo();
    for (const id of ids) expect((await get(id)).status).toBe('approved');
  });

  it('filters by warnings, proposed edits and rule, and sorts by pending facts', async () => {
    const port = await importText('port.txt', PAGE);
    await importText('s1.txt', story(1));
    const byRule = await value(service.call('articles.list', { rule: 'meta.source' }));
    expect(byRule.total).toBe(2);
    const none = await value(service.call('articles.list', { rule: 'no.such-rule' }));
    expect(none.total).toBe(0);
    const sorted = await value(service.call('articles.list', { sort: 'pendingFacts', limit: 1 }));
    expect(sorted.articles[0]?.id).toBe(port.id);
    const next = await value(
      service.call('articles.list', { sort: 'pendingFacts', limit: 1, after: sorted.nextCursor! }),
    );
    expect(next.articles[0]?.id).not.toBe(port.id);
    expect((await value(service.call('articles.list', { hasWarnings: true }))).total).toBe(0);
    // The spam line over the port story is a proposed removal; the other story has none.
    const proposing = await value(service.call('articles.list', { hasProposedEdits: true }));
    expect(proposing.articles.map((a) => a.id)).toContain(port.id);
    const notProposing = await value(service.call('articles.list', { hasProposedEdits: false }));
    expect(proposing.total + notProposing.total).toBe(2);
    expect(notProposing.articles.map((a) => a.id)).not.toContain(port.id);
    const rules = await value(service.call('edits.rules', {}));
    expect(rules.find((r) => r.rule === 'meta.source')?.edits).toBe(2);
  });
});

describe('in a bundle', () => {
  it('an article another desk removed text from, and retitled, merges into this corpus', async () => {
    const path = join(dir, 'port.txt');
    writeFileSync(path, PAGE);
    const other = openService({ dbPath: join(dir, 'other.sqlite') });
    try {
      const report = await value(other.call('articles.import', { paths: [path] }));
      await importText('port.txt', PAGE);
      const id = report.files[0]!.articleId!;
      const article = await value(other.call('articles.get', { id }));
      const at = article.cleaned.indexOf('海滨市举办');
      await value(
        other.call('articles.removeText', {
          id,
          pane: 'cleaned',
          start: at,
          end: at + 4,
          toEnd: true,
          editor,
        }),
      );
      await value(other.call('articles.setFields', { id, title: '海滨港口', editor }));
      const out = join(dir, 'desk.zip');
      await value(other.call('articles.export', { format: 'bundle', out }));
      const merged = await value(service.call('bundles.import', { path: out }));
      expect(merged.articles.merged).toBe(1);
      expect(merged.decisions.added).toBe(2);
      // The title and the removal come across: the editor's edit joins this corpus's copy
      // (as an editor's edit) and the removal is applied to it, as on the other desk.
      const here = await get(id);
      expect(here.title).toBe('海滨港口');
      expect(here.cleaned).not.toContain('马拉松');
      expect(here.cleaned).toBe((await value(other.call('articles.get', { id }))).cleaned);
      expect(merged.conflicts).toEqual([]);
      // Undone here, the title, then the removal, come back on this corpus's copy.
      expect(await value(service.call('decisions.undo', { editor }))).toMatchObject({
        action: 'article.fields',
      });
      expect(await value(service.call('decisions.undo', { editor }))).toMatchObject({
        action: 'text.remove',
      });
      expect((await get(id)).cleaned).toContain('马拉松');
    } finally {
      other.close();
    }
  });
});
