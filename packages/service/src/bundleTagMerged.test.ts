import { afterEach, describe, expect, it } from 'vitest';
import { twoDesks } from './testing/twoDesks.ts';
import type { TwoDesks } from './testing/twoDesks.ts';
import { value } from './testing/value.ts';

/**
 * A tag merged into another is gone from its desk, and so is its name: the decisions that
 * tagged with it (still in the log, for their undo there) cannot say in a bundle which tag
 * they meant. The desk importing the bundle must still take everything else in it — it
 * failed whole ("Cannot destructure property 'tagId' of null; nothing was imported") — and
 * must not guess: not the merged tag brought back, not the other tag taken off.
 */
let desks: TwoDesks | null = null;
afterEach(() => {
  desks?.close();
  desks = null;
});

describe('a bundle written after a tag was merged into another', () => {
  it('imports on a desk with the same articles, leaving out only what named the merged tag', async () => {
    const d = (desks = await twoDesks());
    const x = await value(d.a.call('articles.get', { id: 1 }));
    const check = await value(d.a.call('tags.create', { name: 'check' }));
    const checked = await value(d.a.call('tags.create', { name: 'checked' }));
    await value(d.a.call('articles.tag', { id: x.id, tagId: check.id, on: true, editor: 'lin' }));
    await value(d.a.call('articles.setStatus', { id: x.id, status: 'approved', editor: 'lin' }));
    await value(d.a.call('tags.merge', { from: check.id, into: checked.id, editor: 'lin' }));

    const xb = (await d.article(d.b, x.sha256))!;
    // B's editor tagged its copy "checked" already: nothing of A's may take that off.
    const own = await value(d.b.call('tags.create', { name: 'checked' }));
    await value(d.b.call('articles.tag', { id: xb.id, tagId: own.id, on: true, editor: 'mei' }));

    const report = await d.exchange();
    const now = await value(d.b.call('articles.get', { id: xb.id }));
    expect(now.status).toBe('approved');
    expect(now.tags).toEqual(['checked']);
    expect((await value(d.b.call('tags.list', {}))).map((t) => t.name)).not.toContain('check');
    expect(report.decisions.added).toBeGreaterThan(0);
    // The tagging that named the merged tag is not in B's log.
    const history = await value(d.b.call('articles.history', { id: xb.id }));
    expect(history.filter((h) => h.action === 'article.tag').map((h) => h.editor)).toEqual(['mei']);
  });
});
