import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { twoDesks } from './testing/twoDesks.ts';
import type { TwoDesks } from './testing/twoDesks.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

/**
 * The importing desk merged a tag away; the bundle still names it — written before the
 * merge, or on a desk that never made it. The merge is this desk's decision that the two
 * tags are one: what the bundle tags with the old name lands on the tag it was merged
 * into, the report says so, and the merged tag does not come back as a tag of its own
 * (it came back, and the merge could then never be undone: its name was taken). Real
 * SQLite files and real bundle files, two desks (testing/twoDesks.ts).
 */
let desks: TwoDesks | null = null;
afterEach(() => {
  desks?.close();
  desks = null;
});

const tagNames = async (desk: WinnowService) =>
  (await value(desk.call('tags.list', {}))).map((t) => t.name);
const tagId = async (desk: WinnowService, name: string) =>
  (await value(desk.call('tags.list', {}))).find((t) => t.name === name)!.id;

/** The article only desk A holds (testing/twoDesks.ts): a bundle adds it to B. */
async function onlyInA(d: TwoDesks) {
  const { articles } = await value(d.a.call('corpus.stats', {}));
  for (let id = 1; id <= articles; id++) {
    const article = await value(d.a.call('articles.get', { id }));
    if (!(await d.article(d.b, article.sha256))) return article;
  }
  throw new Error('every article of A is on B');
}

/**
 * Desk A tags article 1, its first fact, and the article only A holds with "check".
 * Desk B tags its copy of article 2 with "check" and merges "check" into "checked".
 */
async function mergedOnB(d: TwoDesks) {
  const x = await value(d.a.call('articles.get', { id: 1 }));
  const only = await onlyInA(d);
  const checkA = await value(d.a.call('tags.create', { name: 'check' }));
  await value(d.a.call('articles.tag', { id: x.id, tagId: checkA.id, on: true, editor: 'lin' }));
  const fact = x.facts[0]!;
  await value(d.a.call('facts.tag', { id: fact.id, tagId: checkA.id, on: true, editor: 'lin' }));
  await value(d.a.call('articles.tag', { id: only.id, tagId: checkA.id, on: true, editor: 'lin' }));

  const y = await value(d.a.call('articles.get', { id: 2 }));
  const yb = (await d.article(d.b, y.sha256))!;
  const check = await value(d.b.call('tags.create', { name: 'check' }));
  const checked = await value(d.b.call('tags.create', { name: 'checked' }));
  await value(d.b.call('articles.tag', { id: yb.id, tagId: check.id, on: true, editor: 'mei' }));
  await value(d.b.call('tags.merge', { from: check.id, into: checked.id, editor: 'mei' }));
  return { x, fact, only, yb };
}

describe('a bundle naming a tag this desk merged into another', () => {
  it('lands on the tag it was merged into, and the report says so', async () => {
    const d = (desks = await twoDesks());
    const { x, fact, only, yb } = await mergedOnB(d);
    const report = await d.exchange();

    expect(await tagNames(d.b)).not.toContain('check');
    expect(report.tags.merged).toEqual([{ name: 'check', into: 'checked' }]);
    expect(report.tags.added).toBe(0);
    const xb = (await d.article(d.b, x.sha256))!;
    expect(xb.tags).toEqual(['checked']);
    expect(xb.facts.find((f) => f.quote === fact.quote)?.tags).toEqual(['checked']);
    expect((await value(d.b.call('articles.get', { id: yb.id }))).tags).toEqual(['checked']);
    expect((await d.article(d.b, only.sha256))!.tags).toEqual(['checked']);
  });

  it('leaves the merge undoable: the merged tag comes back on what it was on, under its name', async () => {
    const d = (desks = await twoDesks());
    const { x, yb } = await mergedOnB(d);
    await d.exchange();

    await value(d.b.call('decisions.undo', { editor: 'mei' }));
    expect(await tagNames(d.b)).toContain('check');
    expect((await value(d.b.call('articles.get', { id: yb.id }))).tags).toEqual(['check']);
    // What the import put on "checked" was the import's: the undo of the merge leaves it.
    expect((await d.article(d.b, x.sha256))!.tags).toEqual(['checked']);
    // And the merge can be made again, with the import's articles now in it.
    await value(d.b.call('decisions.redo', { editor: 'mei' }));
    expect(await tagNames(d.b)).not.toContain('check');
    expect((await value(d.b.call('articles.get', { id: yb.id }))).tags).toEqual(['checked']);
  });

  it("logs the bundle's tagging as it was made: after the undo, the same bundle adds nothing twice", async () => {
    const d = (desks = await twoDesks());
    const { x } = await mergedOnB(d);
    const first = await d.exchange();
    const xb = (await d.article(d.b, x.sha256))!;
    const check = (await value(d.b.call('articles.history', { id: xb.id }))).find(
      (h) => h.action === 'article.tag' && h.editor === 'lin',
    );
    // The merged tag's own id: the tag lin chose, not "checked" chosen by hand.
    expect((check?.after as { tagId: number }).tagId).not.toBe(await tagId(d.b, 'checked'));
    await value(d.b.call('decisions.undo', { editor: 'mei' }));

    const again = await d.exchange();
    expect(again.tags).toEqual({ added: 0, merged: [] });
    expect(again.decisions.added).toBe(0);
    expect(again.decisions.alreadyPresent).toBe(first.decisions.added);
    expect((await d.article(d.b, x.sha256))!.tags).toEqual(['checked']);
  });

  it('counts its own bundle, written before the merge, as already here', async () => {
    const d = (desks = await twoDesks());
    const yb = (await value(d.b.call('articles.list', { limit: 1 }))).articles[0]!;
    const check = await value(d.b.call('tags.create', { name: 'check' }));
    const checked = await value(d.b.call('tags.create', { name: 'checked' }));
    await value(d.b.call('articles.tag', { id: yb.id, tagId: check.id, on: true, editor: 'mei' }));
    const out = join(d.dir, 'b-before-merge.zip');
    await value(d.b.call('articles.export', { format: 'bundle', out, editor: 'mei' }));
    await value(d.b.call('tags.merge', { from: check.id, into: checked.id, editor: 'mei' }));

    const report = await value(d.b.call('bundles.import', { path: out }));
    expect(report.decisions.added).toBe(0);
    expect(report.tags).toEqual({ added: 0, merged: [{ name: 'check', into: 'checked' }] });
    expect((await value(d.b.call('articles.get', { id: yb.id }))).tags).toEqual(['checked']);
    expect(await tagNames(d.b)).not.toContain('check');
    // Nothing of the import stands between the editor and the merge's undo.
    await value(d.b.call('decisions.undo', { editor: 'mei' }));
    expect((await value(d.b.call('articles.get', { id: yb.id }))).tags).toEqual(['check']);
  });

  it('follows merges made one after another, and a tag made again under the name wins', async () => {
    const d = (desks = await twoDesks());
    const { x } = await mergedOnB(d);
    const verified = await value(d.b.call('tags.create', { name: 'verified' }));
    const checked = await tagId(d.b, 'checked');
    await value(d.b.call('tags.merge', { from: checked, into: verified.id, editor: 'mei' }));
    const first = await d.exchange();
    expect(first.tags.merged).toEqual([{ name: 'check', into: 'verified' }]);
    expect((await d.article(d.b, x.sha256))!.tags).toEqual(['verified']);

    // An editor makes "check" again: it is this desk's tag of that name now.
    await value(d.b.call('tags.create', { name: 'check' }));
    const second = await d.exchange();
    expect(second.tags).toEqual({ added: 0, merged: [] });
    expect((await tagNames(d.b)).filter((n) => n === 'check')).toHaveLength(1);
  });

  it('ends the same whichever came first, the merge or the import', async () => {
    const d = (desks = await twoDesks());
    const { x, only, yb } = await mergedOnB(d);
    await d.exchange();
    const mergeFirst = {
      x: (await d.article(d.b, x.sha256))!.tags,
      y: (await value(d.b.call('articles.get', { id: yb.id }))).tags,
      only: (await d.article(d.b, only.sha256))!.tags,
    };
    d.close();

    const e = (desks = await twoDesks());
    const second = await mergedOnB(e);
    // Undone, the import, then the merge again: the import came first.
    await value(e.b.call('decisions.undo', { editor: 'mei' }));
    await e.exchange();
    const check = await tagId(e.b, 'check');
    const checked = await tagId(e.b, 'checked');
    await value(e.b.call('tags.merge', { from: check, into: checked, editor: 'mei' }));
    expect({
      x: (await e.article(e.b, x.sha256))!.tags,
      y: (await value(e.b.call('articles.get', { id: second.yb.id }))).tags,
      only: (await e.article(e.b, only.sha256))!.tags,
    }).toEqual(mergeFirst);
  });
});
