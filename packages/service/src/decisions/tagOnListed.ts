import { WinnowFailure } from '@winnow/contract/plain';
import type { TagOnListed } from '@winnow/contract';
import type { Store } from '@winnow/store';

/**
 * A tag's deletion as another desk's bundle brought it: the tag taken off the listed
 * articles and facts (contract: TagOnListedSchema). Read, it is on all of them or none;
 * on some only, it reads as the ones it is on — a value no decision set, so undo and redo
 * refuse rather than touch a thing someone tagged or untagged since.
 */
export const isTagOnListed = (value: unknown): value is TagOnListed =>
  typeof value === 'object' && value !== null && 'on' in value;

/** The listed things that are still there, and which of them carry the tag. */
function carrying(store: Store, tagId: number, like: TagOnListed) {
  const articles = like.articles.filter((a) => store.articles.status(a) !== null);
  const facts = like.facts.filter((f) => store.facts.get(f) !== null);
  return {
    articles,
    facts,
    onArticles: articles.filter((a) => store.tags.onArticle(a).includes(tagId)),
    onFacts: facts.filter((f) => store.tags.onFact(f).includes(tagId)),
  };
}

export function readTagOnListed(store: Store, tagId: number, like: TagOnListed): TagOnListed {
  const found = carrying(store, tagId, like);
  const listed = found.articles.length + found.facts.length;
  const on = found.onArticles.length + found.onFacts.length;
  if (on === 0 || on === listed)
    return { on: on > 0, name: like.name, articles: found.articles, facts: found.facts };
  return { on: true, name: like.name, articles: found.onArticles, facts: found.onFacts };
}

export function writeTagOnListed(store: Store, tagId: number, value: TagOnListed): void {
  if (value.on && !store.tags.get(tagId))
    throw new WinnowFailure(
      'conflict',
      `The tag "${value.name}" was deleted since; undo its deletion first, then again.`,
    );
  const found = carrying(store, tagId, value);
  for (const a of found.articles) store.tags.setOnArticle(a, tagId, value.on);
  for (const f of found.facts) store.tags.setOnFact(f, tagId, value.on);
}
