import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@winnow/contract';
import { factsByContent, ONLY_IN_A, sameFact, twoDesks } from './testing/twoDesks.ts';
import type { TwoDesks } from './testing/twoDesks.ts';
import { value } from './testing/value.ts';
import { join } from 'node:path';
import { format3Lines, rewriteBundle } from './testing/legacyBundle.ts';

/**
 * Issue 20's reproductions: decisions made on one desk, carried by a bundle to a desk that
 * holds the same articles under other ids, must mean the same there.
 */
let desks: TwoDesks | null = null;
afterEach(() => {
  desks?.close();
  desks = null;
});

const editor = 'lin';

/** A's article 1 (01-lab-network) and its figures: B holds it as article 2. */
async function labNetwork(d: TwoDesks) {
  const inA = await value(d.a.call('articles.get', { id: 1 }));
  const quantities = inA.facts.filter((f) => f.kind === 'quantity');
  expect(quantities.length).toBeGreaterThanOrEqual(2);
  const inB = (await d.article(d.b, inA.sha256))!;
  expect(inB.id).not.toBe(inA.id);
  return { inA, inB, quantities };
}

const factIn = (article: Article, fact: Article['facts'][number]) =>
  article.facts.find(sameFact(fact))!;

describe('a bundle merged into a desk that holds the same articles under other ids', () => {
  it('applies fact.value, fact.statuses and edit.states decisions on a shared article', async () => {
    const d = (desks = await twoDesks());
    const { inA, quantities } = await labNetwork(d);
    const [first, second] = quantities as [(typeof quantities)[0], (typeof quantities)[0]];
    await value(d.a.call('facts.setValue', { id: first.id, value: 4242, editor }));
    await value(
      d.a.call('facts.setStatusMany', { ids: [first.id, second.id], status: 'approved', editor }),
    );
    await value(
      d.a.call('edits.setStateByRule', {
        rule: 'spam.injected-phrase',
        articleId: inA.id,
        state: 'reverted',
        editor,
      }),
    );
    const report = await d.exchange();
    expect(report.articles).toEqual({ added: 1, merged: 7 });

    const afterA = await value(d.a.call('articles.get', { id: inA.id }));
    const inB = (await d.article(d.b, inA.sha256))!;
    expect(factIn(inB, first)).toMatchObject({ value: 4242, status: 'approved' });
    expect(factIn(inB, second).status).toBe('approved');
    const spam = inB.edits.filter((e) => e.rule === 'spam.injected-phrase');
    expect(spam.length).toBeGreaterThan(0);
    expect(spam.every((e) => e.state === 'reverted')).toBe(true);
    expect(inB.cleaned).toBe(afterA.cleaned);
  });

  it("undoing an imported fact.statuses decision changes that article's facts and no others", async () => {
    const d = (desks = await twoDesks());
    const { quantities, inA } = await labNetwork(d);
    const ids = quantities.map((f) => f.id);
    await value(d.a.call('facts.setStatusMany', { ids, status: 'approved', editor }));
    const before = await factsByContent(d.b);
    await d.exchange();
    const imported = await factsByContent(d.b);

    const undone = await value(d.b.call('decisions.undo', { editor }));
    expect(undone).toMatchObject({ kind: 'undo', action: 'fact.statuses' });
    const inB = (await d.article(d.b, inA.sha256))!;
    for (const fact of quantities) expect(factIn(inB, fact).status).toBe('pending');
    // Every fact B held before the bundle is as it was; the new article's are as imported.
    const now = await factsByContent(d.b);
    for (const [key, state] of before) expect([key, now.get(key)]).toEqual([key, state]);
    for (const [key, state] of imported)
      if (!before.has(key)) expect([key, now.get(key)]).toEqual([key, state]);

    await value(d.b.call('decisions.redo', { editor }));
    const redone = (await d.article(d.b, inA.sha256))!;
    for (const fact of quantities) expect(factIn(redone, fact).status).toBe('approved');
  });

  it('keeps a manual edit that came through a bundle when B cleans the article again', async () => {
    const d = (desks = await twoDesks());
    const { inA } = await labNetwork(d);
    const fresh = (await value(d.a.call('articles.list', {}))).articles.length;
    expect(fresh).toBe(8);
    const onlyInA = (await value(d.a.call('articles.get', { id: 7 }))).sourcePath;
    expect(onlyInA).toContain(ONLY_IN_A);
    const edited = new Map<number, string>();
    for (const id of [inA.id, 7]) {
      const article = await value(d.a.call('articles.get', { id }));
      const cleaned = `${article.cleaned}\n编者按:本文经编辑核对。`;
      await value(d.a.call('articles.editCleaned', { id, cleaned, editor }));
      edited.set(id, cleaned);
    }
    await d.exchange();
    for (const [id, cleaned] of edited) {
      const sha = (await value(d.a.call('articles.get', { id }))).sha256;
      const inB = (await d.article(d.b, sha))!;
      expect(inB.cleaned).toBe(cleaned);
      await value(d.b.call('articles.reclean', { id: inB.id }));
      const again = (await d.article(d.b, sha))!;
      expect(again.cleaned).toBe(cleaned);
      expect(again.edits.filter((e) => e.rule === 'manual')).toHaveLength(1);
    }
  });

  it("a format-3 bundle's bulk decision, named by the other desk's ids, undoes on the right facts", async () => {
    const d = (desks = await twoDesks());
    const { quantities, inA } = await labNetwork(d);
    await value(
      d.a.call('facts.setStatusMany', {
        ids: quantities.map((f) => f.id),
        status: 'approved',
        editor,
      }),
    );
    const v4 = join(d.dir, 'a-v4.zip');
    await value(d.a.call('articles.export', { format: 'bundle', out: v4, editor }));
    const v3 = join(d.dir, 'a-v3.zip');
    await rewriteBundle(v4, v3, await format3Lines(d.a));
    const before = await factsByContent(d.b);
    await value(d.b.call('bundles.import', { path: v3 }));
    const imported = (await d.article(d.b, inA.sha256))!;
    for (const fact of quantities) expect(factIn(imported, fact).status).toBe('approved');

    await value(d.b.call('decisions.undo', { editor }));
    const now = await factsByContent(d.b);
    for (const [key, state] of before) expect([key, now.get(key)]).toEqual([key, state]);
  });
});
