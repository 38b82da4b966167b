import { WinnowFailure } from '@winnow/contract';
import type { TagFields, TagMerge } from '@winnow/contract';
import type { Store } from '@winnow/store';
import type { ActionHandlers } from './actionSpec.ts';

/**
 * A tag's rename (or new colour, description) and its merge into another tag, as decisions:
 * each reads what its undo needs, so that undo gives the old name back, or the merged-away
 * tag on exactly what it was on — and refuses, as every undo does, when another editor
 * changed the tag since.
 */

/** "the tag “name” (12)": conflict messages name the tag as the editor knows it. */
export function tagNamed(store: Store, tagId: number, value: unknown): string {
  const stored = store.tags.get(tagId)?.name;
  const named = (value as { name?: unknown } | null)?.name;
  const name = stored ?? (typeof named === 'string' ? named : null);
  return name === null ? `the tag ${tagId}` : `the tag “${name}” (${tagId})`;
}

/** Before a tag takes a name: no other tag may have it (names are unique, in any case). */
function nameFree(store: Store, tagId: number, name: string, what: string): void {
  const clash = store.tags.byName(name);
  if (clash && clash.id !== tagId)
    throw new WinnowFailure('conflict', `A tag named "${clash.name}" already exists; ${what}.`, {
      tagId: clash.id,
    });
}

const FIELDS = ['name', 'colour', 'description'] as const;

function readFields(store: Store, tagId: number, like: TagFields): TagFields | null {
  const tag = store.tags.get(tagId);
  if (!tag) return null;
  const now: TagFields = {};
  for (const key of FIELDS) if (like[key] !== undefined) now[key] = tag[key];
  return now;
}

function writeFields(store: Store, tagId: number, value: TagFields): void {
  const tag = store.tags.get(tagId);
  if (!tag)
    throw new WinnowFailure(
      'conflict',
      `${tagNamed(store, tagId, value)} was deleted or merged into another since.`,
      { tagId },
    );
  if (value.name !== undefined)
    nameFree(store, tagId, value.name, 'merge the two tags instead, or rename that one first');
  const next = { ...tag, ...value };
  store.tags.update(tagId, next.name, next.colour, next.description);
}

/** Whether a thing is gone: a merge's undo cannot put a tag back on it, nor is it lost. */
const goneArticle = (store: Store) => (id: number) => store.articles.status(id) === null;
const goneFact = (store: Store) => (id: number) => store.facts.get(id) === null;

/** The ids now, with those of `was` that are gone since: a gone thing changes nothing. */
const withGone = (now: number[], was: readonly number[], gone: (id: number) => boolean) =>
  [...new Set([...now, ...was.filter(gone)])].sort((a, b) => a - b);

/**
 * The merge as the corpus holds it now, in the shape of `like`. The tag there: not merged,
 * with what carries it. The tag gone: merged, and `into` still on what the merge put it
 * on (things gone since count as such) — or on fewer, when someone took it off since.
 */
export function readMerge(store: Store, tagId: number, like: TagMerge): TagMerge {
  const { into, intoName } = like;
  const articleGone = goneArticle(store);
  const factGone = goneFact(store);
  const tag = store.tags.get(tagId);
  if (!tag) {
    // A thing the merge gave `into` that another merge into it (in force) also lists
    // carries it for that one too: taking it off would undo part of that merge. It
    // reads as not carrying it, so that the undo is refused until that merge is undone.
    const { alsoInto } = like;
    const others = otherMergesInto(store, tagId, into);
    const onArticle = (a: number) =>
      articleGone(a) ||
      (store.tags.onArticle(a).includes(into) &&
        (alsoInto.articles.includes(a) || !others.articles.has(a)));
    const onFact = (f: number) =>
      factGone(f) ||
      (store.tags.onFact(f).includes(into) && (alsoInto.facts.includes(f) || !others.facts.has(f)));
    return {
      merged: true,
      into,
      intoName,
      name: like.name,
      articles: like.articles.filter(onArticle),
      facts: like.facts.filter(onFact),
      alsoInto,
    };
  }
  const members = store.tags.members(tagId);
  const wasAlso = like.alsoInto;
  return {
    merged: false,
    into,
    intoName,
    name: tag.name,
    colour: tag.colour,
    description: tag.description,
    createdAt: tag.createdAt,
    articles: withGone(members.articles, like.articles, articleGone),
    facts: withGone(members.facts, like.facts, factGone),
    alsoInto: {
      articles: withGone(
        members.articles.filter((a) => store.tags.onArticle(a).includes(into)),
        wasAlso.articles,
        articleGone,
      ),
      facts: withGone(
        members.facts.filter((f) => store.tags.onFact(f).includes(into)),
        wasAlso.facts,
        factGone,
      ),
    },
  };
}

function writeMerge(store: Store, tagId: number, value: TagMerge): void {
  if (value.merged) {
    if (!store.tags.get(value.into))
      throw new WinnowFailure(
        'conflict',
        `${tagNamed(store, value.into, { name: value.intoName })} was deleted or merged into another since; ${tagNamed(store, tagId, value)} stays as it is.`,
        { tagId: value.into },
      );
    store.tags.merge(tagId, value.into);
    return;
  }
  // Undone: the tag comes back under its id, on what it was on (what is gone since is left
  // out), and `into` leaves the things only the merge had put it on.
  nameFree(store, tagId, value.name, 'rename or merge it, then undo again');
  const articles = value.articles.filter((a) => !goneArticle(store)(a));
  const facts = value.facts.filter((f) => !goneFact(store)(f));
  const { alsoInto } = value;
  store.tags.restore({ id: tagId, ...value }, articles, facts);
  for (const a of articles)
    if (!alsoInto.articles.includes(a)) store.tags.setOnArticle(a, value.into, false);
  for (const f of facts)
    if (!alsoInto.facts.includes(f)) store.tags.setOnFact(f, value.into, false);
}

/**
 * What the other merges into `into` that are in force (their tag is gone) put it on: the
 * things their tag was on.
 */
function otherMergesInto(store: Store, tagId: number, into: number) {
  const articles = new Set<number>();
  const facts = new Set<number>();
  for (const row of store.decisions.corpusWide()) {
    if (row.action !== 'tag.merge' || row.kind !== 'act' || row.targetId === tagId) continue;
    const merge = row.after as TagMerge;
    if (!merge.merged || merge.into !== into || store.tags.get(row.targetId)) continue;
    for (const a of merge.articles) articles.add(a);
    for (const f of merge.facts) facts.add(f);
  }
  return { articles, facts };
}

/** The merge of `tagId` into `into` as it would leave the corpus now. */
export function mergedValue(store: Store, tagId: number, into: number): TagMerge {
  const tag = store.tags.get(tagId);
  const target = store.tags.get(into);
  if (!tag || !target)
    throw new WinnowFailure('not_found', `There is no tag ${tag ? into : tagId}.`);
  const { articles, facts } = store.tags.members(tagId);
  const alsoInto = {
    articles: articles.filter((a) => store.tags.onArticle(a).includes(into)),
    facts: facts.filter((f) => store.tags.onFact(f).includes(into)),
  };
  return { merged: true, into, intoName: target.name, name: tag.name, articles, facts, alsoInto };
}

export const tagActions: Pick<ActionHandlers, 'tag.update' | 'tag.merge'> = {
  'tag.update': {
    read: readFields,
    write: writeFields,
    articleOf: () => null,
    named: tagNamed,
  },
  'tag.merge': {
    read: readMerge,
    write: writeMerge,
    articleOf: () => null,
    named: tagNamed,
  },
};
