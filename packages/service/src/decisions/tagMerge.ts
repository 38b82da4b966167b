import { WinnowFailure } from '@winnow/contract';
import type { TagMerge } from '@winnow/contract';
import type { DecisionRow, Store } from '@winnow/store';
import { nameFree, tagNamed } from './tagNames.ts';

/**
 * A tag merged into another, as a decision (contract: TagMergeSchema): read so that its
 * undo brings the merged-away tag back on exactly what it was on and takes the other tag
 * only off what the merge put it on — and is refused when that would undo someone else's
 * work on the other tag since.
 */

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
    // carries it for that one too, and one an editor tagged with it by hand since (the
    // latest decision on it put `into` on) carries it for that editor: taking it off
    // would undo their work. Such a thing reads as not carrying it, so that the undo is
    // refused, naming the tag, until theirs is undone.
    const { alsoInto } = like;
    const others = otherMergesInto(store, tagId, into);
    // Each article's log read once, however many of its facts the merge names.
    const logs = new Map<number, DecisionRow[]>();
    const logOf = (articleId: number) => {
      let log = logs.get(articleId);
      if (!log) logs.set(articleId, (log = store.decisions.forArticle(articleId)));
      return log;
    };
    const onArticle = (a: number) =>
      articleGone(a) ||
      (store.tags.onArticle(a).includes(into) &&
        (alsoInto.articles.includes(a) ||
          (!others.articles.has(a) && !taggedByHand(logOf(a), 'article', a, into))));
    const onFact = (f: number) =>
      factGone(f) ||
      (store.tags.onFact(f).includes(into) &&
        (alsoInto.facts.includes(f) ||
          (!others.facts.has(f) &&
            !taggedByHand(logOf(store.facts.get(f)?.articleId ?? 0), 'fact', f, into))));
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

export function writeMerge(store: Store, tagId: number, value: TagMerge): void {
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

/**
 * Whether the latest tagging act in force on a thing that names the tag put it on (an act
 * undone, or an undo putting back what was, is no one's choice of the tag).
 */
function taggedByHand(
  log: readonly DecisionRow[],
  kind: 'article' | 'fact',
  thing: number,
  tagId: number,
): boolean {
  const replays = new Map<number, number>();
  for (const row of log)
    if (row.reverts !== null)
      replays.set(row.reverts, (replays.get(row.reverts) ?? 0) + (row.kind === 'undo' ? 1 : -1));
  let on: boolean | null = null;
  for (const row of log) {
    if (row.kind !== 'act' || (replays.get(row.id) ?? 0) > 0) continue;
    let value: unknown = null;
    if (row.action === `${kind}.tag` && row.targetId === thing) value = row.after;
    else if (kind === 'article' && row.action === 'article.tags')
      value = (row.after as Record<string, unknown> | null)?.[String(thing)];
    const membership = value as { tagId?: unknown; on?: unknown } | null | undefined;
    if (membership?.tagId === tagId && typeof membership.on === 'boolean') on = membership.on;
  }
  return on === true;
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
