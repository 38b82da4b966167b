import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decisionActions, isCarried } from '@winnow/contract';
import type { Article, Decision, Fact } from '@winnow/contract';
import type { WinnowService } from './service.ts';
import { twoDesks } from './testing/twoDesks.ts';
import type { TwoDesks } from './testing/twoDesks.ts';
import { value } from './testing/value.ts';

/**
 * Issue 20's acceptance: every action of the registry made on desk A, carried by a bundle
 * to desk B (same articles, other ids), then undone and redone there one by one. After
 * each step B must hold exactly what A holds after the same step — compared by content
 * (source sha256, texts, rules and spans, quotes, the cleaning rules), never by id.
 *
 * The decisions on the corpus as a whole (a tag deleted, a cleaning rule taken off or put
 * back) travel as their part on the bundle's articles (bundles/README.md). So B also holds
 * an article of its own, tagged with the tag A deletes and holding the text of the rule A
 * puts on: no import, undo or redo may touch it — A's deletion was of the tag on A's
 * things, and a rule changes no text until the corpus is cleaned again. Cleaned again, it
 * loses the text, as any article of B would under a rule of B's: the rule is B's now.
 */
let desks: TwoDesks | null = null;
afterEach(() => {
  desks?.close();
  desks = null;
});

const editor = 'lin';
/** A's block removed wherever it appears, then taken off the rules (both in article 1). */
const REMOVED_BLOCK = '一位参与筹建的研究员说。';
/** A rule A puts on from the Cleaning dialog; B's own article holds the text too. */
const RULE_BLOCK = '据介绍,该网络由中方与东盟十国的科研机构共同发起,';
const B_ONLY = `东盟科研简讯\n\n${RULE_BLOCK}本报另讯。\n\n青年科研人员交流项目下月启动。\n`;

/**
 * Everything a decision can change, by content, for every article of a desk (but
 * `except`), and the corpus's cleaning rules.
 */
async function contents(desk: WinnowService, except?: string) {
  const { articles } = await value(desk.call('corpus.stats', {}));
  const out: Record<string, unknown> = {};
  const sha = new Map<number, string>();
  for (let id = 1; id <= articles; id++) {
    const a = await value(desk.call('articles.get', { id }));
    sha.set(id, a.sha256);
    if (a.sha256 === except) continue;
    out[a.sha256] = {
      status: a.status,
      fields: [a.title, a.publishedAt, a.sourceName],
      tags: [...a.tags].sort(),
      cleaned: a.cleaned,
      edits: a.edits.map((e) => `${e.rule} ${e.start}-${e.end} ${e.state}`).sort(),
      facts: a.facts
        .map((f) =>
          JSON.stringify([f.kind, f.start, f.end, f.quote, f.status, f.value, f.orphan, f.tags]),
        )
        .sort(),
    };
  }
  const rules = await value(desk.call('blocks.list', {}));
  out.rules = rules.map((r) => [r.text, r.source, sha.get(r.articleId)]).sort();
  return out;
}

/** B's own article: an article of B only, tagged 重要 by B's editor. */
async function articleOfBOnly(d: TwoDesks): Promise<Article> {
  const path = join(d.dir, 'b-only.txt');
  writeFileSync(path, B_ONLY);
  const report = await value(d.b.call('articles.import', { paths: [path] }));
  const id = report.files[0]!.articleId!;
  const tag = await value(d.b.call('tags.create', { name: '重要', colour: '#116611' }));
  await value(d.b.call('articles.tag', { id, tagId: tag.id, on: true, editor: 'mei' }));
  const article = await value(d.b.call('articles.get', { id }));
  expect(article.cleaned).toContain(RULE_BLOCK);
  return article;
}

const asItIs = (a: Article) => ({ cleaned: a.cleaned, tags: a.tags, edits: a.edits.length });

/** One of every action an article's history holds, made on A; returns the actions made. */
async function everyAction(a: WinnowService): Promise<string[]> {
  const made: (Decision | null)[] = [];
  const call = async (
    p: Promise<{ ok: true; value: Decision | null } | { ok: false; error: { message: string } }>,
  ) => made.push(await value(p));
  const checked = await value(a.call('tags.create', { name: 'checked', colour: '#2f6f5e' }));
  const important = await value(a.call('tags.create', { name: '重要', colour: '#aa3300' }));
  const lab = await value(a.call('articles.get', { id: 1 }));
  const facts = lab.facts.filter((f) => !f.orphan);
  expect(facts.length).toBeGreaterThanOrEqual(4);
  const [f1, f2, f3, f4] = facts as [Fact, Fact, Fact, Fact];
  const spam = lab.edits.find((e) => e.rule === 'spam.injected-phrase')!;
  const others = lab.edits.filter((e) => e.id !== spam.id && e.state === 'applied').slice(0, 2);
  expect(others.length).toBeGreaterThan(0);

  await call(a.call('articles.setStatus', { id: 1, status: 'approved', editor }));
  await call(a.call('articles.tag', { id: 1, tagId: checked.id, on: true, editor }));
  await call(a.call('facts.setStatus', { id: f1.id, status: 'approved', editor }));
  await call(a.call('facts.tag', { id: f1.id, tagId: important.id, on: true, editor }));
  await call(a.call('facts.setValue', { id: f2.id, value: 77, editor }));
  await call(a.call('facts.setStatusMany', { ids: [f3.id, f4.id], status: 'rejected', editor }));
  await call(a.call('edits.setState', { id: spam.id, state: 'reverted', editor }));
  const ids = others.map((e) => e.id);
  await call(a.call('edits.setStateMany', { ids, state: 'reverted', editor }));
  const now = await value(a.call('articles.get', { id: 1 }));
  const end = now.cleaned.length;
  await call(
    a.call('articles.removeText', {
      id: 1,
      pane: 'cleaned',
      start: end - 6,
      end,
      as: 'chrome',
      editor,
    }),
  );
  await call(
    a.call('articles.removeBlock', { id: 1, text: REMOVED_BLOCK, scope: 'corpus', editor }),
  );
  await call(a.call('articles.setFields', { id: 1, title: '实验室网络(已核)', editor }));
  const cleaned = (await value(a.call('articles.get', { id: 1 }))).cleaned;
  await call(
    a.call('articles.editCleaned', { id: 1, cleaned: `编者按:已核对。\n${cleaned}`, editor }),
  );
  await call(a.call('articles.setStatusMany', { ids: [2], status: 'rejected', editor }));
  await call(a.call('articles.tagMany', { ids: [2], tagId: important.id, on: true, editor }));
  const joint = (await value(a.call('articles.get', { id: 7 }))).cleaned;
  await call(a.call('articles.editCleaned', { id: 7, cleaned: `编者按:转载。\n${joint}`, editor }));
  // On the corpus as a whole: a rule taken off, one put on, a tag deleted.
  const block = { source: null, articleId: 1, editor };
  await call(a.call('blocks.set', { text: REMOVED_BLOCK, on: false, ...block }));
  await call(a.call('blocks.set', { text: RULE_BLOCK, on: true, ...block }));
  await call(a.call('tags.delete', { id: important.id, editor }));
  expect(made.every((d) => d !== null)).toBe(true);
  return made.map((d) => d!.action);
}

describe('every action of the registry through a bundle to a desk with the same articles', () => {
  it('B undoes and redoes each imported act as A does, touching only the rows it names', async () => {
    const d = (desks = await twoDesks());
    const own = await articleOfBOnly(d);
    const made = await everyAction(d.a);
    // (A tag renamed or merged is not carried: the articles bring the tags' names.)
    for (const action of decisionActions.filter(isCarried))
      expect([action, made.includes(action)]).toEqual([action, true]);

    const report = await d.exchange();
    expect(report.conflicts).toEqual([]);
    expect(report.decisions.added).toBe(made.length);
    expect(report.decisions.alreadyPresent).toBe(0);
    expect(await contents(d.b, own.sha256)).toEqual(await contents(d.a));
    const untouched = async () =>
      expect(asItIs(await value(d.b.call('articles.get', { id: own.id })))).toEqual(asItIs(own));
    await untouched();
    // B keeps the tag A deleted: its own article carries it.
    expect((await value(d.b.call('tags.list', {}))).map((t) => t.name)).toContain('重要');

    const steps: string[] = [];
    for (const direction of ['decisions.undo', 'decisions.redo'] as const) {
      for (;;) {
        const inA = await value(d.a.call(direction, { editor }));
        const inB = await value(d.b.call(direction, { editor }));
        expect(inB?.action).toBe(inA?.action);
        if (!inA) break;
        steps.push(`${direction} ${inA.action}`);
        expect([steps.at(-1), await contents(d.b, own.sha256)]).toEqual([
          steps.at(-1),
          await contents(d.a),
        ]);
        await untouched();
      }
    }
    expect(steps).toHaveLength(made.length * 2);

    // Cleaning again keeps the editors' edits on both desks, A's own and B's from A.
    for (const desk of [d.b, d.a]) {
      const { articles } = await value(desk.call('corpus.stats', {}));
      for (let id = 1; id <= articles; id++) await value(desk.call('articles.reclean', { id }));
    }
    const b = await contents(d.b, own.sha256);
    expect(b).toEqual(await contents(d.a));
    expect(JSON.stringify(b)).toContain('编者按:已核对。');
    expect(JSON.stringify(b)).toContain('编者按:转载。');
    expect(b.rules).toEqual([[RULE_BLOCK, null, expect.any(String)]]);
    // Cleaned again under the rule that came with the bundle, B's own article loses its
    // text too, and keeps its tag.
    const ownNow = await value(d.b.call('articles.get', { id: own.id }));
    expect(ownNow.cleaned).not.toContain(RULE_BLOCK);
    expect(ownNow.cleaned).toContain('本报另讯。');
    expect(ownNow.tags).toEqual(['重要']);
  });
});
