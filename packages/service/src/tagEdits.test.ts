import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

/**
 * Renaming and merging tags are decisions: undo gives back the old name, or the merged
 * tag on exactly what it was on; redo does it again; and when another editor changed the
 * tag in between, both are refused as a conflict naming it, with nothing changed. Two
 * desks on one corpus file, each its own connection, as two `serve`s or two windows.
 */

let dir: string;
let lin: WinnowService;
let mei: WinnowService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-tag-edits-'));
  const dbPath = join(dir, 'corpus.sqlite');
  lin = openService({ dbPath });
  mei = openService({ dbPath });
});
afterEach(() => {
  lin.close();
  mei.close();
  rmSync(dir, { recursive: true, force: true });
});

const TEXTS = [
  '海洋论坛在青岛开幕\n\n来自30多个国家的500名代表参加论坛。本届论坛共签署合作协议12项。\n',
  '港口吞吐量创新高\n\n今年前三季度港口货物吞吐量达到8亿吨，同比增长6%。\n',
  '新航线开通\n\n首批120名旅客乘坐新航线抵达，票价为800元。\n',
];

/** Three articles and each one's first two facts. */
async function corpus() {
  const paths = TEXTS.map((text, i) => {
    const path = join(dir, `a${i}.txt`);
    writeFileSync(path, text);
    return path;
  });
  const report = await value(lin.call('articles.import', { paths }));
  const articles = report.files.map((f) => f.articleId ?? 0);
  const facts: number[] = [];
  for (const id of articles) {
    const article = await value(lin.call('articles.get', { id }));
    facts.push(...article.facts.slice(0, 2).map((f) => f.id));
  }
  expect(facts.length).toBeGreaterThanOrEqual(4);
  return { articles, facts };
}

/** Every tag with its fields and exactly what carries it, read from the file. */
function tagging(service: WinnowService, articles: number[], facts: number[]) {
  const { tags } = service.store;
  return {
    tags: tags.list(),
    articles: articles.map((id) => tags.onArticle(id)),
    facts: facts.map((id) => tags.onFact(id)),
  };
}

describe('renaming a tag', () => {
  it('is a decision: undo gives the old name back, redo the new, colours alike', async () => {
    const tag = await value(lin.call('tags.create', { name: '待核实' }));
    const renamed = await value(
      lin.call('tags.update', { id: tag.id, name: '已核实', colour: '#aa3300', editor: 'lin' }),
    );
    expect(renamed).toMatchObject({
      action: 'tag.update',
      targetType: 'tag',
      targetId: tag.id,
      articleId: null,
      before: { name: '待核实', colour: '#6b7280' },
      after: { name: '已核实', colour: '#aa3300' },
    });
    const undone = await value(lin.call('decisions.undo', { editor: 'lin' }));
    expect(undone).toMatchObject({ kind: 'undo', reverts: renamed?.id });
    expect(lin.store.tags.get(tag.id)).toMatchObject({ name: '待核实', colour: '#6b7280' });
    await value(lin.call('decisions.redo', { editor: 'lin' }));
    expect(lin.store.tags.get(tag.id)).toMatchObject({ name: '已核实', colour: '#aa3300' });
    // Nothing changed, nothing recorded.
    expect(
      await value(lin.call('tags.update', { id: tag.id, name: '已核实', editor: 'lin' })),
    ).toBe(null);
  });

  it('undoes only the name: a colour another editor chose since stays', async () => {
    const tag = await value(lin.call('tags.create', { name: 'check' }));
    await value(lin.call('tags.update', { id: tag.id, name: 'checked', editor: 'lin' }));
    await value(mei.call('tags.update', { id: tag.id, colour: '#2f6f5e', editor: 'mei' }));
    await value(lin.call('decisions.undo', { editor: 'lin' }));
    expect(lin.store.tags.get(tag.id)).toMatchObject({ name: 'check', colour: '#2f6f5e' });
  });

  it('refuses undo and redo after another editor renamed the tag, naming it, changing nothing', async () => {
    const tag = await value(lin.call('tags.create', { name: 'check' }));
    await value(lin.call('tags.update', { id: tag.id, name: 'checked', editor: 'lin' }));
    await value(mei.call('tags.update', { id: tag.id, name: 'verified', editor: 'mei' }));
    const decisions = lin.store.decisions.count();
    const undo = await lin.call('decisions.undo', { editor: 'lin' });
    expect(undo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!undo.ok) expect(undo.error.message).toContain('“verified”');
    expect(lin.store.tags.get(tag.id)?.name).toBe('verified');
    expect(lin.store.decisions.count()).toBe(decisions);

    // Redo: mei undoes hers, lin undoes the rename, mei renames again, lin's redo is refused.
    await value(mei.call('decisions.undo', { editor: 'mei' }));
    await value(lin.call('decisions.undo', { editor: 'lin' }));
    expect(lin.store.tags.get(tag.id)?.name).toBe('check');
    await value(mei.call('tags.update', { id: tag.id, name: 'to check', editor: 'mei' }));
    const redo = await lin.call('decisions.redo', { editor: 'lin' });
    expect(redo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!redo.ok) expect(redo.error.message).toContain('“to check”');
    expect(lin.store.tags.get(tag.id)?.name).toBe('to check');
  });

  it('refuses the undo when another tag took the old name since, as a conflict', async () => {
    const tag = await value(lin.call('tags.create', { name: 'check' }));
    await value(lin.call('tags.update', { id: tag.id, name: 'checked', editor: 'lin' }));
    await value(mei.call('tags.create', { name: 'CHECK' }));
    const undo = await lin.call('decisions.undo', { editor: 'lin' });
    expect(undo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!undo.ok) expect(undo.error.message).toContain('"CHECK" already exists');
    expect(lin.store.tags.get(tag.id)?.name).toBe('checked');
  });

  it('refuses a rename made on a name the desk no longer shows (seen)', async () => {
    const tag = await value(lin.call('tags.create', { name: 'check' }));
    // Both desks show "check"; mei renames first.
    const seen = { name: 'check' };
    await value(mei.call('tags.update', { id: tag.id, name: 'verified', seen, editor: 'mei' }));
    const late = await lin.call('tags.update', {
      id: tag.id,
      name: 'checked',
      seen,
      editor: 'lin',
    });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!late.ok) expect(late.error.message).toMatch(/mei made the tag “verified”/);
    expect(lin.store.tags.get(tag.id)?.name).toBe('verified');
    // A colour change checks the colour the desk showed, not the name it did not send.
    await value(
      lin.call('tags.update', {
        id: tag.id,
        colour: '#aa3300',
        seen: { colour: '#6b7280' },
        editor: 'lin',
      }),
    );
    expect(lin.store.tags.get(tag.id)?.colour).toBe('#aa3300');
  });
});

describe('merging two tags', () => {
  /** `from` on articles 0 and 1 and facts 0 and 1; `into` on article 0, facts 1 and 2. */
  async function twoTags() {
    const { articles, facts } = await corpus();
    const from = await value(
      lin.call('tags.create', { name: '待核实', colour: '#aa3300', description: '要再看' }),
    );
    const into = await value(lin.call('tags.create', { name: 'check' }));
    const on = (call: Promise<{ ok: boolean }>) => value(call as never);
    for (const id of [articles[0]!, articles[1]!])
      await on(lin.call('articles.tag', { id, tagId: from.id, on: true, editor: 'lin' }));
    await on(
      lin.call('articles.tag', { id: articles[0]!, tagId: into.id, on: true, editor: 'lin' }),
    );
    for (const id of [facts[0]!, facts[1]!])
      await on(lin.call('facts.tag', { id, tagId: from.id, on: true, editor: 'lin' }));
    for (const id of [facts[1]!, facts[2]!])
      await on(lin.call('facts.tag', { id, tagId: into.id, on: true, editor: 'lin' }));
    return { articles, facts, from, into };
  }

  it('is a decision: undo gives the merged tag back on exactly its things, redo merges again', async () => {
    const { articles, facts, from, into } = await twoTags();
    const before = tagging(lin, articles, facts);
    const merge = await value(
      lin.call('tags.merge', { from: from.id, into: into.id, editor: 'lin' }),
    );
    expect(merge).toMatchObject({ action: 'tag.merge', targetId: from.id, articleId: null });
    const merged = tagging(lin, articles, facts);
    expect(merged.tags.map((t) => t.id)).toEqual([into.id]);
    expect(merged.articles).toEqual([[into.id], [into.id], []]);
    expect(merged.facts.slice(0, 3)).toEqual([[into.id], [into.id], [into.id]]);

    await value(lin.call('decisions.undo', { editor: 'lin' }));
    // The same tag (id, name, colour, description, made at), on the same things; `into`
    // only where it was before.
    expect(tagging(lin, articles, facts)).toEqual(before);

    await value(lin.call('decisions.redo', { editor: 'lin' }));
    expect(tagging(lin, articles, facts)).toEqual(merged);
    await value(lin.call('decisions.undo', { editor: 'lin' }));
    expect(tagging(lin, articles, facts)).toEqual(before);
  });

  it('refuses the undo after another editor took the merged tag off a thing, losing nothing', async () => {
    const { articles, facts, from, into } = await twoTags();
    await value(lin.call('tags.merge', { from: from.id, into: into.id, editor: 'lin' }));
    // Mei takes "check" off article 1, which had it only from the merge.
    await value(
      mei.call('articles.tag', { id: articles[1]!, tagId: into.id, on: false, editor: 'mei' }),
    );
    const now = tagging(lin, articles, facts);
    const decisions = lin.store.decisions.count();
    const undo = await lin.call('decisions.undo', { editor: 'lin' });
    expect(undo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!undo.ok) expect(undo.error.message).toMatch(/Cannot undo: the tag “待核实”/);
    expect(tagging(lin, articles, facts)).toEqual(now);
    expect(lin.store.decisions.count()).toBe(decisions);
    // Mei puts it back: the undo goes through.
    await value(mei.call('decisions.undo', { editor: 'mei' }));
    await value(lin.call('decisions.undo', { editor: 'lin' }));
    expect(lin.store.tags.get(from.id)?.name).toBe('待核实');
  });

  it('refuses the redo after another editor tagged with the tag in between, losing nothing', async () => {
    const { articles, facts, from, into } = await twoTags();
    await value(lin.call('tags.merge', { from: from.id, into: into.id, editor: 'lin' }));
    await value(lin.call('decisions.undo', { editor: 'lin' }));
    // Mei tags article 2 with the tag that came back; a redo now would fold her tagging in
    // without her knowing.
    await value(
      mei.call('articles.tag', { id: articles[2]!, tagId: from.id, on: true, editor: 'mei' }),
    );
    const now = tagging(lin, articles, facts);
    const redo = await lin.call('decisions.redo', { editor: 'lin' });
    expect(redo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!redo.ok) expect(redo.error.message).toMatch(/Cannot redo: the tag “待核实”/);
    expect(tagging(lin, articles, facts)).toEqual(now);
  });

  it('refuses the redo when the other tag was deleted since, and the undo when its name was taken', async () => {
    const { articles, facts, from, into } = await twoTags();
    await value(lin.call('tags.merge', { from: from.id, into: into.id, editor: 'lin' }));
    await value(mei.call('tags.create', { name: '待核实' }));
    const undo = await lin.call('decisions.undo', { editor: 'lin' });
    expect(undo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(lin.store.tags.get(from.id)).toBeNull();

    const other = lin.store.tags.byName('待核实')!;
    await value(mei.call('tags.delete', { id: other.id, editor: 'mei' }));
    await value(lin.call('decisions.undo', { editor: 'lin' }));
    await value(mei.call('tags.delete', { id: into.id, editor: 'mei' }));
    const now = tagging(lin, articles, facts);
    const redo = await lin.call('decisions.redo', { editor: 'lin' });
    expect(redo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!redo.ok) expect(redo.error.message).toMatch(/Cannot redo: the tag “待核实”/);
    expect(tagging(lin, articles, facts)).toEqual(now);
  });
});

describe('two merges into one tag', () => {
  it('refuses to undo the first when the second also put the tag on a thing, losing nothing', async () => {
    const { articles, facts } = await corpus();
    const a = await value(lin.call('tags.create', { name: 'check' }));
    const b = await value(mei.call('tags.create', { name: 'to check' }));
    const c = await value(lin.call('tags.create', { name: 'checked' }));
    // Article 0 carries both a and b; article 1 only a.
    for (const [tag, id] of [
      [a.id, articles[0]!],
      [b.id, articles[0]!],
      [a.id, articles[1]!],
    ] as const)
      await value(lin.call('articles.tag', { id, tagId: tag, on: true, editor: 'lin' }));
    await value(lin.call('tags.merge', { from: a.id, into: c.id, editor: 'lin' }));
    // Mei merges b into the same tag: article 0 carries "checked" for her merge too.
    await value(mei.call('tags.merge', { from: b.id, into: c.id, editor: 'mei' }));
    const now = tagging(lin, articles, facts);
    const undo = await lin.call('decisions.undo', { editor: 'lin' });
    expect(undo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(tagging(lin, articles, facts)).toEqual(now);
    // Mei's merge undone first, lin's goes through, and both come back whole.
    await value(mei.call('decisions.undo', { editor: 'mei' }));
    await value(lin.call('decisions.undo', { editor: 'lin' }));
    const { tags } = lin.store;
    expect(tags.onArticle(articles[0]!)).toEqual([a.id, b.id]);
    expect(tags.onArticle(articles[1]!)).toEqual([a.id]);
  });
});

describe('a merge undone after another editor tagged by hand with the tag it merged into', () => {
  it('is refused, not taking off the tag the other editor chose', async () => {
    const { articles, facts } = await corpus();
    const a = await value(lin.call('tags.create', { name: 'check' }));
    const c = await value(lin.call('tags.create', { name: 'checked' }));
    await value(
      lin.call('articles.tag', { id: articles[1]!, tagId: a.id, on: true, editor: 'lin' }),
    );
    await value(lin.call('facts.tag', { id: facts[0]!, tagId: a.id, on: true, editor: 'lin' }));
    await value(lin.call('tags.merge', { from: a.id, into: c.id, editor: 'lin' }));
    // Mei takes "checked" off and puts it back by hand: hers now, on the article and fact.
    for (const on of [false, true]) {
      await value(mei.call('articles.tag', { id: articles[1]!, tagId: c.id, on, editor: 'mei' }));
      await value(mei.call('facts.tag', { id: facts[0]!, tagId: c.id, on, editor: 'mei' }));
    }
    const now = tagging(lin, articles, facts);
    const undo = await lin.call('decisions.undo', { editor: 'lin' });
    expect(undo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(tagging(lin, articles, facts)).toEqual(now);
  });
});
