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
 * A re-clean replaces the cleaner's edits that it no longer makes. Decisions name edits by
 * id, so an id must never come back on another edit: an undo, a redo or a decision sent
 * from a desk that showed the old edit would otherwise act on text the editor never saw.
 */
let dir: string;
let dbPath: string;
let service: WinnowService;

const OLD = '免费领取优惠券';
const NEW = '扫码加群领红包';
// The phrase the list drops is the corpus's last edit; the one it gains comes before it.
const PAGE = `港口扩建工程启动\n\n新码头将于明年投入使用。${NEW}\n年吞吐能力增加300万标箱。${OLD}\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-reclean-ids-'));
  dbPath = join(dir, 'corpus.sqlite');
  service = openService({ dbPath });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (id: number, desk = service) => value(desk.call('articles.get', { id }));

async function importPage(text = PAGE): Promise<Article> {
  const path = join(dir, 'port.txt');
  writeFileSync(path, text);
  const report = await value(service.call('articles.import', { paths: [path] }));
  const id = report.files[0]?.articleId;
  if (!id) throw new Error(`not imported: ${JSON.stringify(report)}`);
  return get(id);
}

/** The spam list gains `add` and loses `drop`; the article is cleaned again (another desk may do it). */
async function changeSpamList(articleId: number, add: string, drop: string, desk = service) {
  const list = await value(desk.call('spam.list', {}));
  const phrases = [...list.phrases.filter((p) => p !== drop), add];
  await value(desk.call('spam.set', { phrases }));
  return value(desk.call('articles.reclean', { id: articleId }));
}

const spamEditOf = (article: Article, phrase: string) =>
  article.edits.find(
    (e) => e.rule === 'spam.injected-phrase' && article.raw.slice(e.start, e.end) === phrase,
  );

async function setUp() {
  const list = await value(service.call('spam.list', {}));
  await value(service.call('spam.set', { phrases: [...list.phrases, OLD] }));
  const article = await importPage();
  const edit = spamEditOf(article, OLD);
  if (!edit) throw new Error('the page has no spam edit');
  expect(Math.max(...article.edits.map((e) => e.id))).toBe(edit.id);
  return { article, edit };
}

describe('edit ids across a re-clean', () => {
  it('a redo of a decision made before a re-clean never acts on the edit that replaced it', async () => {
    const { article, edit } = await setUp();
    await value(service.call('edits.setState', { id: edit.id, state: 'reverted', editor: 'lin' }));
    await value(service.call('decisions.undo', { editor: 'lin' }));
    await changeSpamList(article.id, NEW, OLD);
    const cleaned = await get(article.id);
    expect(cleaned.cleaned).not.toContain(NEW);
    expect(cleaned.edits.map((e) => e.id)).not.toContain(edit.id);

    // Lin's redo named the edit of the dropped phrase; it must not revert the new one.
    const redone = await service.call('decisions.redo', { editor: 'lin' });
    expect(redone).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = await get(article.id);
    expect(now.cleaned).not.toContain(NEW);
    expect(spamEditOf(now, NEW)?.state).toBe('applied');
  });

  it('a decision sent from a desk that showed the old edit is refused after another desk re-cleaned', async () => {
    const { article, edit } = await setUp();
    // Lin's desk shows the edit applied; on another desk the list changes and the article is cleaned again.
    const other = openService({ dbPath });
    try {
      await changeSpamList(article.id, NEW, OLD, other);
    } finally {
      other.close();
    }
    const sent = await service.call('edits.setState', {
      id: edit.id,
      state: 'reverted',
      seen: 'applied',
      editor: 'lin',
    });
    expect(sent).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = await get(article.id);
    expect(now.cleaned).not.toContain(NEW);
    expect(spamEditOf(now, NEW)?.state).toBe('applied');
  });
});

describe('an editor’s work across a re-clean', () => {
  it('keeps a revert whose edit the cleaner no longer makes, and undo still finds it', async () => {
    const { article, edit } = await setUp();
    await value(service.call('edits.setState', { id: edit.id, state: 'reverted', editor: 'lin' }));
    const report = await changeSpamList(article.id, NEW, OLD);
    expect(report.edits.decisionsKept).toBe(1);
    const now = await get(article.id);
    expect(now.edits.find((e) => e.id === edit.id)).toMatchObject({ state: 'reverted' });
    expect(now.cleaned).toContain(OLD);
    // Lin takes her revert back: the phrase she had kept goes, as she asks.
    await value(service.call('decisions.undo', { editor: 'lin' }));
    expect((await get(article.id)).cleaned).not.toContain(OLD);
  });

  it('a new edit over text an editor kept comes proposed, and the report names it', async () => {
    const { article, edit } = await setUp();
    await value(service.call('edits.setState', { id: edit.id, state: 'reverted', editor: 'lin' }));
    // The list now holds part of the phrase Lin kept.
    const report = await changeSpamList(article.id, OLD.slice(2), OLD);
    const now = await get(article.id);
    expect(now.cleaned).toContain(OLD);
    const proposed = now.edits.find((e) => now.raw.slice(e.start, e.end) === OLD.slice(2));
    expect(proposed?.state).toBe('proposed');
    expect(report.edits.toReview).toEqual([proposed?.id]);
    // Cleaned again, it still waits for an editor rather than being applied now.
    const again = await value(service.call('articles.reclean', { id: article.id }));
    expect(again.edits.toReview).toEqual([proposed?.id]);
    expect((await get(article.id)).cleaned).toContain(OLD);
  });

  it('a new edit over text an editor typed comes proposed instead of covering it', async () => {
    const { article } = await setUp();
    const typed = article.cleaned.replace(NEW, '扫码关注领红包');
    await value(
      service.call('articles.editCleaned', { id: article.id, cleaned: typed, editor: 'lin' }),
    );
    expect((await get(article.id)).cleaned).toBe(typed);
    const report = await changeSpamList(article.id, NEW, '');
    const now = await get(article.id);
    expect(now.cleaned).toContain('扫码关注领红包');
    const proposed = now.edits.find((e) => now.raw.slice(e.start, e.end) === NEW);
    expect(proposed?.state).toBe('proposed');
    expect(report.edits.toReview).toEqual([proposed?.id]);
    // Accepted, the cleaner's removal takes the stretch, the editor's text with it.
    await value(
      service.call('edits.setState', { id: proposed!.id, state: 'accepted', editor: 'mei' }),
    );
    expect((await get(article.id)).cleaned).not.toContain('领红包');
  });
});

describe('a removal chosen before another desk re-cleaned the article', () => {
  it('is refused, not laid on the text the same offsets hold now', async () => {
    // A scraped page that repeats a sentence as long as the spam phrase before it.
    const repeated = '数据平台上线。'.repeat(3);
    expect(repeated.length).toBe(3 * NEW.length);
    const article = await importPage(
      `港口扩建工程启动\n\n新码头将于明年投入使用。${NEW}${repeated}\n`,
    );
    expect(article.cleaned).toContain(NEW);
    const shown = article.cleaned;
    const other = openService({ dbPath });
    try {
      await changeSpamList(article.id, NEW, '', other);
    } finally {
      other.close();
    }
    const recleaned = (await get(article.id)).cleaned;
    // Lin had selected a character past the phrase the re-clean removed, one that the
    // same offset of the new text holds too: the selection alone cannot tell them apart.
    let start = shown.indexOf(NEW) + NEW.length;
    while (start < recleaned.length && shown[start] !== recleaned[start]) start++;
    expect(start).toBeLessThan(recleaned.length);
    const chosen = shown.slice(start, start + 1);
    const sent = await service.call('articles.removeText', {
      id: article.id,
      pane: 'cleaned',
      start,
      end: start + 1,
      seen: chosen,
      seenCleaned: textDigest(shown),
      editor: 'lin',
    });
    expect(sent).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await get(article.id)).cleaned).toBe(recleaned);
  });
});

describe('facts brought back by an undo after a re-clean', () => {
  it('find their own sentence again, not the one the old offsets hold now', async () => {
    // Three sentences alike, each as long as the spam phrase a re-clean will remove.
    const sentence = '新增泊位3个。';
    expect(sentence.length).toBe(NEW.length);
    const article = await importPage(
      `港口扩建工程启动\n\n新码头将于明年投入使用。${NEW}${sentence.repeat(3)}\n`,
    );
    const second = article.cleaned.indexOf(sentence, article.cleaned.indexOf(sentence) + 1);
    const fact = article.facts.find(
      (f) => f.start !== null && f.start >= second && f.end <= second + sentence.length,
    );
    if (!fact) throw new Error(`no fact in the second sentence: ${JSON.stringify(article.facts)}`);
    // Lin removes the second sentence (its fact goes with it); another desk re-cleans.
    await value(
      service.call('articles.removeText', {
        id: article.id,
        pane: 'cleaned',
        start: second,
        end: second + sentence.length,
        editor: 'lin',
      }),
    );
    const other = openService({ dbPath });
    try {
      await changeSpamList(article.id, NEW, '', other);
    } finally {
      other.close();
    }
    await value(service.call('decisions.undo', { editor: 'lin' }));
    const now = await get(article.id);
    const back = now.facts.find((f) => f.id === fact.id)!;
    const secondNow = now.cleaned.indexOf(sentence, now.cleaned.indexOf(sentence) + 1);
    expect(back.orphan).toBe(false);
    expect(back.start).toBeGreaterThanOrEqual(secondNow);
    expect(back.end).toBeLessThanOrEqual(secondNow + sentence.length);
  });
});
