import { afterEach, describe, expect, it } from 'vitest';
import { decisionActions } from '@winnow/contract';
import type { Decision, Fact } from '@winnow/contract';
import type { WinnowService } from './service.ts';
import { twoDesks } from './testing/twoDesks.ts';
import type { TwoDesks } from './testing/twoDesks.ts';
import { value } from './testing/value.ts';

/**
 * Issue 20's acceptance: every action of the registry made on desk A, carried by a bundle
 * to desk B (same articles, other ids), then undone and redone there one by one. After
 * each step B must hold exactly what A holds after the same step — compared by content
 * (source sha256, texts, rules and spans, quotes), never by id.
 */
let desks: TwoDesks | null = null;
afterEach(() => {
  desks?.close();
  desks = null;
});

/** Decisions on the corpus as a whole (a tag, a cleaning rule): no article's, no bundle's. */
const CORPUS_WIDE = new Set(['tag.delete', 'cleaning.block']);
const editor = 'lin';

/** Everything a decision can change, by content, for every article of a desk. */
async function contents(desk: WinnowService) {
  const { articles } = await value(desk.call('corpus.stats', {}));
  const out: Record<string, unknown> = {};
  for (let id = 1; id <= articles; id++) {
    const a = await value(desk.call('articles.get', { id }));
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
  return out;
}

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
  await call(a.call('articles.setFields', { id: 1, title: '实验室网络(已核)', editor }));
  const cleaned = (await value(a.call('articles.get', { id: 1 }))).cleaned;
  await call(
    a.call('articles.editCleaned', { id: 1, cleaned: `编者按:已核对。\n${cleaned}`, editor }),
  );
  await call(a.call('articles.setStatusMany', { ids: [2], status: 'rejected', editor }));
  await call(a.call('articles.tagMany', { ids: [2], tagId: important.id, on: true, editor }));
  const joint = (await value(a.call('articles.get', { id: 7 }))).cleaned;
  await call(a.call('articles.editCleaned', { id: 7, cleaned: `编者按:转载。\n${joint}`, editor }));
  expect(made.every((d) => d !== null)).toBe(true);
  return made.map((d) => d!.action);
}

describe('every action of the registry through a bundle to a desk with the same articles', () => {
  it('B undoes and redoes each imported act as A does, touching only the rows it names', async () => {
    const d = (desks = await twoDesks());
    const made = await everyAction(d.a);
    // Each action of the registry is either carried here or decided on the corpus as a whole.
    for (const action of decisionActions)
      expect([action, made.includes(action) || CORPUS_WIDE.has(action)]).toEqual([action, true]);

    const report = await d.exchange();
    expect(report.conflicts).toEqual([]);
    expect(report.decisions.added).toBe(made.length);
    expect(await contents(d.b)).toEqual(await contents(d.a));

    const steps: string[] = [];
    for (const direction of ['decisions.undo', 'decisions.redo'] as const) {
      for (;;) {
        const inA = await value(d.a.call(direction, { editor }));
        const inB = await value(d.b.call(direction, { editor }));
        expect(inB?.action).toBe(inA?.action);
        if (!inA) break;
        steps.push(`${direction} ${inA.action}`);
        expect([steps.at(-1), await contents(d.b)]).toEqual([steps.at(-1), await contents(d.a)]);
      }
    }
    expect(steps).toHaveLength(made.length * 2);

    // Cleaning again keeps the editors' edits on both desks, A's own and B's from A.
    const { articles } = await value(d.b.call('corpus.stats', {}));
    for (let id = 1; id <= articles; id++) await value(d.b.call('articles.reclean', { id }));
    for (let id = 1; id <= articles; id++) await value(d.a.call('articles.reclean', { id }));
    const b = await contents(d.b);
    expect(b).toEqual(await contents(d.a));
    expect(JSON.stringify(b)).toContain('编者按:已核对。');
    expect(JSON.stringify(b)).toContain('编者按:转载。');
  });
});
