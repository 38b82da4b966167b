import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

let dir: string;
let service: WinnowService;
const editor = 'lin';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-tags-'));
  service = openService({ dbPath: join(dir, 'corpus.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('tag usage and deletion', () => {
  it('counts what carries each tag, deletes a tag as one decision and undoes it whole', async () => {
    const path = join(dir, 'forum.txt');
    writeFileSync(
      path,
      '海洋论坛在青岛开幕\n\n来自30多个国家的500名代表参加论坛。本届论坛共签署合作协议12项。\n',
    );
    const report = await value(service.call('articles.import', { paths: [path] }));
    const id = report.files[0]?.articleId ?? 0;
    const article = await value(service.call('articles.get', { id }));
    const tag = await value(service.call('tags.create', { name: '待核实', colour: '#aa3300' }));
    const other = await value(service.call('tags.create', { name: 'checked' }));
    await value(service.call('articles.tag', { id, tagId: tag.id, on: true, editor }));
    const factIds = article.facts.slice(0, 2).map((f) => f.id);
    for (const factId of factIds)
      await value(service.call('facts.tag', { id: factId, tagId: tag.id, on: true, editor }));

    expect(await value(service.call('tags.usage', {}))).toEqual([
      { id: tag.id, articles: 1, facts: 2 },
      { id: other.id, articles: 0, facts: 0 },
    ]);

    const decision = await value(service.call('tags.delete', { id: tag.id, editor }));
    expect(decision).toMatchObject({
      action: 'tag.delete',
      targetType: 'tag',
      after: { deleted: true },
    });
    expect((await value(service.call('tags.list', {}))).map((t) => t.name)).toEqual(['checked']);
    expect((await value(service.call('articles.get', { id }))).tags).toEqual([]);

    // One undo brings the tag back with its colour, on the article and both facts.
    await value(service.call('decisions.undo', { editor }));
    const back = (await value(service.call('tags.list', {}))).find((t) => t.id === tag.id);
    expect(back).toEqual({ id: tag.id, name: '待核实', colour: '#aa3300', description: '' });
    const again = await value(service.call('articles.get', { id }));
    expect(again.tags).toEqual(['待核实']);
    expect(again.facts.filter((f) => f.tags.includes('待核实')).map((f) => f.id)).toEqual(factIds);

    // Redo deletes it again; a tag that is not there is a clear error.
    await value(service.call('decisions.redo', { editor }));
    expect((await value(service.call('tags.usage', {}))).map((u) => u.id)).toEqual([other.id]);
    const missing = await service.call('tags.delete', { id: tag.id, editor });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('a tagging redone after another editor deleted or merged its tag', () => {
  it('is refused as a conflict naming the tag, not a database error, and changes nothing', async () => {
    const path = join(dir, 'forum.txt');
    writeFileSync(path, '海洋论坛在青岛开幕\n\n来自30多个国家的500名代表参加论坛。\n');
    const report = await value(service.call('articles.import', { paths: [path] }));
    const id = report.files[0]?.articleId ?? 0;
    const factId = (await value(service.call('articles.get', { id }))).facts[0]!.id;
    const tagging = [
      (tagId: number) => service.call('articles.tag', { id, tagId, on: true, editor }),
      (tagId: number) => service.call('facts.tag', { id: factId, tagId, on: true, editor }),
      (tagId: number) => service.call('articles.tagMany', { ids: [id], tagId, on: true, editor }),
    ];
    let n = 0;
    for (const tag of tagging) {
      for (const gone of ['deleted', 'merged'] as const) {
        const made = await value(service.call('tags.create', { name: `t${++n}` }));
        await value(tag(made.id));
        await value(service.call('decisions.undo', { editor }));
        // Another editor takes the tag away meanwhile.
        if (gone === 'deleted')
          await value(service.call('tags.delete', { id: made.id, editor: 'wu' }));
        else {
          const into = await value(service.call('tags.create', { name: `into${n}` }));
          await value(service.call('tags.merge', { from: made.id, into: into.id, editor: 'wu' }));
        }
        const decisions = service.store.decisions.count();
        const redone = await service.call('decisions.redo', { editor });
        expect(redone.ok, `${gone} ${n}`).toBe(false);
        if (!redone.ok) {
          expect(redone.error.code).toBe('conflict');
          expect(redone.error.message).toMatch(new RegExp(`tag ${made.id}.*(deleted|merged)`));
        }
        expect(service.store.decisions.count()).toBe(decisions);
      }
    }
  });
});

describe('tag names', () => {
  it('one name typed in two Unicode forms is one tag, not two that look the same', async () => {
    // 'Café' as a macOS keyboard may send it (e + combining acute) and as most do (é).
    const decomposed = await value(service.call('tags.create', { name: 'Cafe\u0301' }));
    expect(decomposed.name).toBe('Caf\u00e9');
    const again = await service.call('tags.create', { name: 'Caf\u00e9' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('conflict');
    const other = await value(service.call('tags.create', { name: 'Cafe' }));
    const renamed = await service.call('tags.update', { id: other.id, name: 'Cafe\u0301', editor });
    expect(renamed.ok).toBe(false);
    expect((await value(service.call('tags.list', {}))).map((t) => t.name).sort()).toEqual([
      'Cafe',
      'Caf\u00e9',
    ]);
  });
});
