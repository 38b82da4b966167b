import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Fact, TagOnListed } from '@winnow/contract';
import { readZip } from './testing/bundleCorpus.ts';
import type { WinnowService } from './service.ts';
import { rewriteBundle } from './testing/legacyBundle.ts';
import { sameFact, twoDesks } from './testing/twoDesks.ts';
import type { TwoDesks } from './testing/twoDesks.ts';
import { value } from './testing/value.ts';

/**
 * Decisions on the corpus as a whole through a bundle (bundles/README.md): a bundle is a
 * merge of some articles, so another desk's deletion of a tag takes it off only the things
 * of the bundle's articles it was on, and a cleaning rule joins the desk's rules only when
 * the desk lacks it. Whatever changes nothing on the importing desk is not recorded there.
 */
let desks: TwoDesks | null = null;
afterEach(() => {
  desks?.close();
  desks = null;
});

const RULE_BLOCK = '据介绍,该网络由中方与东盟十国的科研机构共同发起,';

/** A's articles 1 (01-lab-network) and 2 (02-science-parks), and B's copies of them. */
async function shared(d: TwoDesks) {
  const get = async (desk: WinnowService, id: number) => value(desk.call('articles.get', { id }));
  const x = await get(d.a, 1);
  const y = await get(d.a, 2);
  return { x, y, xb: (await d.article(d.b, x.sha256))!, yb: (await d.article(d.b, y.sha256))! };
}

const tagsOf = async (desk: WinnowService, article: Article) => {
  const now = await value(desk.call('articles.get', { id: article.id }));
  const facts = now.facts.filter((f) => f.tags.length > 0).map((f) => [f.quote, f.tags]);
  return { tags: now.tags, facts };
};

async function bundleOf(d: TwoDesks, status: 'approved' | 'any', name: string) {
  const out = join(d.dir, name);
  await value(d.a.call('articles.export', { format: 'bundle', status, out, editor: 'lin' }));
  return out;
}

describe('decisions on the corpus as a whole, through a bundle', () => {
  it('takes a deleted tag off the bundle’s things only, and undoes exactly that', async () => {
    const d = (desks = await twoDesks());
    const { x, y, xb, yb } = await shared(d);
    const [f1, f2] = x.facts.filter((f) => !f.orphan) as [Fact, Fact];
    const inB = (f: Fact) => xb.facts.find(sameFact(f))!;
    // Both desks tag both articles; B tags one of the facts, A both, then deletes the tag.
    for (const [desk, ed, one, other, facts] of [
      [d.b, 'mei', xb, yb, [inB(f1)]],
      [d.a, 'lin', x, y, [f1, f2]],
    ] as const) {
      const tag = await value(desk.call('tags.create', { name: '待核', colour: '#aa3300' }));
      for (const a of [one, other])
        await value(desk.call('articles.tag', { id: a.id, tagId: tag.id, on: true, editor: ed }));
      for (const f of facts)
        await value(desk.call('facts.tag', { id: f.id, tagId: tag.id, on: true, editor: ed }));
      if (desk === d.a) {
        await value(d.a.call('articles.setStatus', { id: x.id, status: 'approved', editor: ed }));
        await value(d.a.call('tags.delete', { id: tag.id, editor: ed }));
      }
    }
    const yBefore = await tagsOf(d.b, yb);
    // Only the approved article travels: A's deletion took the tag off y too, not in it.
    const path = await bundleOf(d, 'approved', 'x.zip');
    const lines = (await readZip(path)).get('decisions.jsonl')!.toString().trim().split('\n');
    const deletion = lines
      .map((l) => JSON.parse(l) as { action: string; article: unknown; before: TagOnListed })
      .find((l) => l.action === 'tag.delete')!;
    expect(deletion).toMatchObject({ article: null, before: { on: true, name: '待核' } });
    expect(deletion.before.articles).toEqual([x.sha256]);
    expect(deletion.before.facts).toHaveLength(2);
    // Were a bundle to list y as well (it does not hold y), y would still be left alone.
    const listingY = join(d.dir, 'listing-y.zip');
    await rewriteBundle(path, listingY, (files) => {
      const text = files
        .get('decisions.jsonl')!
        .toString()
        .replaceAll(`["${x.sha256}"]`, `["${x.sha256}","${y.sha256}"]`);
      expect(text).toContain(y.sha256);
      files.set('decisions.jsonl', Buffer.from(text));
    });
    const report = await value(d.b.call('bundles.import', { path: listingY }));
    expect(report.articles).toEqual({ added: 0, merged: 1 });
    expect(await tagsOf(d.b, xb)).toEqual({ tags: [], facts: [] });
    expect(await tagsOf(d.b, yb)).toEqual(yBefore);
    expect((await value(d.b.call('tags.list', {}))).map((t) => t.name)).toContain('待核');

    // B's undo puts the tag back on what the import took it off: x and both facts (A's
    // tagging of the second came with the bundle), nothing of y.
    const undone = await value(d.b.call('decisions.undo', { editor: 'lin' }));
    expect(undone).toMatchObject({ action: 'tag.delete', kind: 'undo', articleId: null });
    expect(await tagsOf(d.b, xb)).toEqual({
      tags: ['待核'],
      facts: [
        [f1.quote, ['待核']],
        [f2.quote, ['待核']],
      ],
    });
    expect(await tagsOf(d.b, yb)).toEqual(yBefore);
    await value(d.b.call('decisions.redo', { editor: 'lin' }));
    expect(await tagsOf(d.b, xb)).toEqual({ tags: [], facts: [] });
    expect(await tagsOf(d.b, yb)).toEqual(yBefore);
    // B's editor's last act put the tag on f1, which the bundle took off since: undoing it
    // is refused, as after any later decision by someone else, rather than overwriting.
    expect(await d.b.call('decisions.undo', { editor: 'mei' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('leaves a thing the desk tagged after the other desk deleted the tag', async () => {
    const d = (desks = await twoDesks());
    const { x, xb } = await shared(d);
    const there = await value(d.a.call('tags.create', { name: '待核' }));
    await value(d.a.call('articles.tag', { id: x.id, tagId: there.id, on: true, editor: 'lin' }));
    await value(d.a.call('tags.delete', { id: there.id, editor: 'lin' }));
    // Later, B's editor tags the same article: the later decision on it stands.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const here = await value(d.b.call('tags.create', { name: '待核' }));
    await value(d.b.call('articles.tag', { id: xb.id, tagId: here.id, on: true, editor: 'mei' }));
    const report = await d.exchange();
    expect(report.decisions).toEqual({ added: 1, alreadyPresent: 1 });
    expect((await tagsOf(d.b, xb)).tags).toEqual(['待核']);
    expect(await value(d.b.call('decisions.undo', { editor: 'lin' }))).toMatchObject({
      action: 'article.tag',
    });
  });

  it('adds no rule the desk has, and takes off none it was not taught from the same article', async () => {
    const d = (desks = await twoDesks());
    const { x, yb } = await shared(d);
    // B holds the rule, taught from its copy of y; A puts it on from x, then takes it off.
    const rule = { text: RULE_BLOCK, source: null };
    await value(d.b.call('blocks.set', { ...rule, articleId: yb.id, on: true, editor: 'mei' }));
    for (const on of [true, false])
      await value(d.a.call('blocks.set', { ...rule, articleId: x.id, on, editor: 'lin' }));
    const report = await d.exchange();
    expect(report.decisions).toEqual({ added: 0, alreadyPresent: 2 });
    expect(await value(d.b.call('blocks.list', {}))).toEqual([{ ...rule, articleId: yb.id }]);
    expect(await value(d.b.call('decisions.undo', { editor: 'lin' }))).toBeNull();
  });

  it('still imports a bundle of format 4, which carried no decision on the corpus as a whole', async () => {
    const d = (desks = await twoDesks());
    const { x, xb } = await shared(d);
    const tag = await value(d.a.call('tags.create', { name: '待核' }));
    await value(d.a.call('articles.tag', { id: x.id, tagId: tag.id, on: true, editor: 'lin' }));
    const rule = { text: RULE_BLOCK, source: null, articleId: x.id };
    await value(d.a.call('blocks.set', { ...rule, on: true, editor: 'lin' }));
    await value(d.a.call('tags.delete', { id: tag.id, editor: 'lin' }));
    const path = await bundleOf(d, 'any', 'v5.zip');
    const old = join(d.dir, 'v4.zip');
    let dropped = 0;
    await rewriteBundle(path, old, (files) => {
      const lines = files.get('decisions.jsonl')!.toString().trim().split('\n');
      const kept = lines.filter((l) => (JSON.parse(l) as { article: unknown }).article !== null);
      dropped = lines.length - kept.length;
      files.set('decisions.jsonl', Buffer.from(`${kept.join('\n')}\n`));
      const manifest = JSON.parse(files.get('manifest.json')!.toString()) as {
        counts: { decisions: number };
      };
      manifest.counts.decisions = kept.length;
      files.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, formatVersion: 4 })));
    });
    expect(dropped).toBe(2);
    const report = await value(d.b.call('bundles.import', { path: old }));
    // The tagging came (A's article.tag), its deletion did not: format 4 could not say it.
    expect(report.decisions).toEqual({ added: 1, alreadyPresent: 0 });
    expect(await tagsOf(d.b, xb)).toEqual({ tags: ['待核'], facts: [] });
    expect(await value(d.b.call('blocks.list', {}))).toEqual([]);
  });
});
