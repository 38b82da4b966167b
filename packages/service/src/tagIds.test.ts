import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

/**
 * A tag deleted or merged away is still named by id in the decision log: its undo brings
 * it back under that id, and older decisions (a tagging to redo) name it. A tag made
 * afterwards — by another editor on the same corpus file, or by a bundle import — must not
 * get that id: the deleted tag could then never come back, and a redo would put the new
 * tag on an article that no one chose it for.
 */

let dir: string;
let lin: WinnowService;
let mei: WinnowService;
let article: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-tag-ids-'));
  const dbPath = join(dir, 'corpus.sqlite');
  lin = openService({ dbPath });
  mei = openService({ dbPath });
  const path = join(dir, 'forum.txt');
  writeFileSync(path, '海洋论坛在青岛开幕\n\n来自30多个国家的500名代表参加论坛。\n');
  const report = await value(lin.call('articles.import', { paths: [path] }));
  article = report.files[0]?.articleId ?? 0;
});
afterEach(() => {
  lin.close();
  mei.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the id of a tag deleted or merged away', () => {
  it('is not given to a tag made since: the deletion’s undo brings the tag back', async () => {
    await value(lin.call('tags.create', { name: 'older' }));
    const tag = await value(mei.call('tags.create', { name: '待核实' }));
    await value(mei.call('articles.tag', { id: article, tagId: tag.id, on: true, editor: 'mei' }));
    await value(mei.call('tags.delete', { id: tag.id, editor: 'mei' }));
    // Lin, at another desk on the same file, makes a tag meanwhile.
    const made = await value(lin.call('tags.create', { name: 'urgent' }));
    await value(mei.call('decisions.undo', { editor: 'mei' }));
    expect(lin.store.tags.get(tag.id)?.name).toBe('待核实');
    expect(lin.store.tags.onArticle(article)).toEqual([tag.id]);
    expect(lin.store.tags.get(made.id)?.name).toBe('urgent');
  });

  it('is not given to a tag made since: the merge’s undo brings the tag back', async () => {
    const into = await value(lin.call('tags.create', { name: 'checked' }));
    const tag = await value(mei.call('tags.create', { name: 'check' }));
    await value(mei.call('articles.tag', { id: article, tagId: tag.id, on: true, editor: 'mei' }));
    await value(mei.call('tags.merge', { from: tag.id, into: into.id, editor: 'mei' }));
    const made = await value(lin.call('tags.create', { name: 'urgent' }));
    await value(mei.call('decisions.undo', { editor: 'mei' }));
    expect(lin.store.tags.get(tag.id)?.name).toBe('check');
    expect(lin.store.tags.onArticle(article)).toEqual([tag.id]);
    expect(lin.store.tags.get(made.id)?.name).toBe('urgent');
  });

  it('never lets a redone tagging land on a tag made since', async () => {
    const tag = await value(lin.call('tags.create', { name: '待核实' }));
    await value(lin.call('articles.tag', { id: article, tagId: tag.id, on: true, editor: 'lin' }));
    await value(lin.call('decisions.undo', { editor: 'lin' }));
    await value(mei.call('tags.delete', { id: tag.id, editor: 'mei' }));
    await value(mei.call('tags.create', { name: 'urgent' }));
    const redo = await lin.call('decisions.redo', { editor: 'lin' });
    expect(redo).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(lin.store.tags.onArticle(article)).toEqual([]);
  });
});
