import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  decisionActions,
  decisionRegistry,
  idKinds,
  idsIn,
  isCarried,
  isCorpusWide,
  mapIds,
  parsePortableId,
  portableFactId,
  portableIdForms,
} from '../src/index.ts';
import type { DecisionAction, DecisionEntry, IdKind, IdPlaces } from '../src/index.ts';

/**
 * The registry is what every decision means; an action must say how its ids travel in a
 * bundle and how the desk describes it. These fail the build (`pnpm typecheck` compiles
 * this file) and the tests when it does not.
 */

// @ts-expect-error an action without its portable form (`ids`) is no entry
const withoutPortableForm: DecisionEntry = {
  target: 'fact',
  value: z.string(),
  portable: 'with its articles',
  label: 'the note of fact',
  history: ['decision.fact.value'],
};
// @ts-expect-error an action without its description for the history is no entry
const withoutDescription: DecisionEntry = {
  target: 'fact',
  value: z.string(),
  ids: 'none',
  portable: 'with its articles',
  label: 'the note of fact',
};
// @ts-expect-error an action without saying how a bundle carries it is no entry
const withoutCarriage: DecisionEntry = {
  target: 'tag',
  value: z.boolean(),
  ids: 'none',
  label: 'the tag',
  history: ['decision.tag.deleted'],
};
// Every action of the registry is an entry (the registry `satisfies` the map of them all).
const entries: Record<DecisionAction, DecisionEntry> = decisionRegistry;

/** The kinds named anywhere in a value's id places. */
function kindsIn(places: IdPlaces | 'none'): IdKind[] {
  if (places === 'none') return [];
  if (typeof places === 'string') return [places];
  if ('byId' in places) return [places.byId, ...(places.each ? kindsIn(places.each) : [])];
  if ('list' in places) return [places.list];
  return Object.values(places.fields).flatMap(kindsIn);
}

describe('decision registry', () => {
  it('names the corpus-wide actions, and a tag deletion’s part of a bundle is a value of it', () => {
    expect(decisionActions.filter(isCorpusWide)).toEqual(['tag.delete', 'cleaning.block']);
    expect(decisionActions.filter((a) => !isCarried(a))).toEqual(['tag.update', 'tag.merge']);
    const part = { on: false, name: 'checked', articles: [1], facts: [2, 3] };
    expect(decisionRegistry['tag.delete'].value.safeParse(part).success).toBe(true);
    const translate = (kind: IdKind, id: unknown) => `${kind}:${String(id)}`;
    expect(mapIds(decisionRegistry['tag.delete'].ids, part, translate)).toEqual({
      ...part,
      articles: ['article:1'],
      facts: ['fact:2', 'fact:3'],
    });
  });

  it('gives every action a target kind, a portable form for each id it names, and a description', () => {
    expect(withoutPortableForm.target).toBe('fact');
    expect(withoutDescription.target).toBe('fact');
    expect(withoutCarriage.target).toBe('tag');
    expect(decisionActions.length).toBeGreaterThanOrEqual(14);
    for (const action of decisionActions) {
      const entry = entries[action];
      expect(idKinds).toContain(entry.target);
      for (const kind of [entry.target, ...kindsIn(entry.ids)])
        expect([action, kind, portableIdForms[kind]]).toEqual([action, kind, expect.any(String)]);
      // Carried with its articles, or — decided on the corpus as a whole — said how, or
      // said how what it changed reaches the other desk without it.
      if (entry.portable !== 'with its articles') {
        const how =
          'corpusWide' in entry.portable ? entry.portable.corpusWide : entry.portable.notCarried;
        expect([action, how.length > 20]).toEqual([action, true]);
      }
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.history.length).toBeGreaterThan(0);
      for (const key of entry.history) expect(key).toMatch(/^decision\.[a-z]+\.[a-z]+$/);
    }
  });

  it('translates every id inside a value: keys of a bulk value, fields and lists', () => {
    const translate = (kind: IdKind, id: unknown) =>
      id === '9' || id === 9 ? undefined : `${kind}:${String(id)}`;
    expect(
      mapIds(decisionRegistry['fact.statuses'].ids, { 3: 'approved', 9: 'approved' }, translate),
    ).toEqual({ 'fact:3': 'approved' });
    expect(
      mapIds(decisionRegistry['article.tags'].ids, { 4: { tagId: 2, on: true } }, translate),
    ).toEqual({ 'article:4': { tagId: 'tag:2', on: true } });
    const removal = {
      edits: { 5: 'accepted' },
      facts: { 6: { status: 'rejected', anchor: null } },
      block: { text: 'x', source: null, articleId: 7, on: true },
    };
    expect(mapIds(decisionRegistry['text.remove'].ids, removal, translate)).toEqual({
      edits: { 'edit:5': 'accepted' },
      facts: { 'fact:6': { status: 'rejected', anchor: null } },
      block: { text: 'x', source: null, articleId: 'article:7', on: true },
    });
    // A field that names something the other desk lacks leaves the value untranslatable.
    expect(
      mapIds(decisionRegistry['article.tag'].ids, { tagId: 9, on: true }, translate),
    ).toBeUndefined();
    expect(
      idsIn(decisionRegistry['tag.delete'].ids, { deleted: false, articles: [1], facts: [2, 3] }),
    ).toEqual([
      ['article', 1],
      ['fact', 2],
      ['fact', 3],
    ]);
    expect(mapIds('none', 'approved', translate)).toBe('approved');
  });

  it('reads a portable fact id back, and nothing that is not one', () => {
    const fact = {
      article: 'a'.repeat(64),
      kind: 'quantity',
      quote: '80个',
      rawStart: 3,
      rawEnd: 6,
    };
    expect(parsePortableId('fact', portableFactId(fact))).toEqual(fact);
    expect(parsePortableId('fact', 'not json')).toBeNull();
    expect(parsePortableId('edit', '["a", 1, 2, 3]')).toBeNull();
  });
});
