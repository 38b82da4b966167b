import type { BlockMembership, CleaningBlock, FactState, Removal } from '@winnow/contract';
import { findQuote } from '@winnow/facts';
import type { FactRow, Store } from '@winnow/store';
import { presentEntries, readMany, sharedArticle, tagToPutOn } from './actionSpec.ts';
import type { ActionHandlers, ById } from './actionSpec.ts';
import { rebuildCleaned, restoreTitle } from '../cleaning/cleanedText.ts';
import { blocksOf, writeBlocks } from '../cleaning/cleaningOptions.ts';

/**
 * The decisions an editor makes on whole articles and on what the cleaner removes: text
 * removed by selection (with the facts quoted from it), blocks removed wherever they
 * appear, an article's title, date and source, and many articles' statuses and tags.
 * A removal: the editor's edits (accepted) and the facts quoted from the removed text
 * (rejected, without evidence); a block removal also puts the block on the corpus's list.
 * Undone, the edits are reverted, the facts get their status and evidence back, and the
 * block leaves the list — all in one decision. (Its value's shape: the contract's
 * RemovalSchema.)
 */
export type { BlockMembership, FactState, Removal };

export function factState(fact: FactRow): FactState {
  const anchor =
    fact.orphan || fact.start === null || fact.end === null
      ? null
      : {
          start: fact.start,
          end: fact.end,
          quote: fact.quote,
          prefix: fact.prefix,
          suffix: fact.suffix,
        };
  return { status: fact.status, anchor };
}

/** Each named target's current value (null where it is gone); `{}` stays `{}`. */
function readEach<T>(like: ById<unknown>, current: (id: number) => T | null): ById<T | null> {
  const out: ById<T | null> = {};
  for (const key of Object.keys(like)) out[key] = current(Number(key));
  return out;
}

const sameBlock = (a: Pick<CleaningBlock, 'text' | 'source'>, b: typeof a) =>
  a.text === b.text && a.source === b.source;

function readBlock(store: Store, like: BlockMembership): BlockMembership {
  const { text, source, articleId } = like;
  return { text, source, articleId, on: blocksOf(store).some((b) => sameBlock(b, like)) };
}

function writeBlock(store: Store, value: BlockMembership): void {
  const others = blocksOf(store).filter((b) => !sameBlock(b, value));
  const { text, source, articleId } = value;
  writeBlocks(store, value.on ? [...others, { text, source, articleId }] : others);
}

/**
 * Where an anchor the decision recorded is in the text now: at its offsets when the quote
 * and the text around it are still there; else the occurrence of its quote whose context
 * agrees (a re-clean since moved the text: the old offsets may hold the same words of
 * another sentence); null when its text is not there.
 */
function anchorNow(anchor: NonNullable<FactState['anchor']>, cleaned: string) {
  const { start, end, quote, prefix, suffix } = anchor;
  const inPlace =
    cleaned.slice(start, end) === quote &&
    cleaned.slice(Math.max(0, start - prefix.length), start) === prefix &&
    cleaned.slice(end, end + suffix.length) === suffix;
  if (inPlace) return anchor;
  const found = findQuote(anchor, cleaned, start);
  if (!found) return null;
  return {
    ...found,
    quote,
    prefix: cleaned.slice(Math.max(0, found.start - prefix.length), found.start),
    suffix: cleaned.slice(found.end, found.end + suffix.length),
  };
}

/** A fact's status and evidence as the decision left them. */
function restoreFact(store: Store, id: number, state: FactState): void {
  const fact = store.facts.get(id);
  if (!fact) return;
  store.facts.setStatus(id, state.status);
  const cleaned = state.anchor ? (store.articles.get(fact.articleId)?.cleaned ?? '') : '';
  // The evidence comes back only where the text it quotes is again.
  const anchor = state.anchor && anchorNow(state.anchor, cleaned);
  if (anchor) store.facts.relocate(id, anchor);
  else store.facts.markOrphan(id);
}

type ArticleActions = Pick<
  ActionHandlers,
  'text.remove' | 'cleaning.block' | 'article.fields' | 'article.statuses' | 'article.tags'
>;

export const articleActions: ArticleActions = {
  'text.remove': {
    read: (store, id, l) => {
      if (store.articles.status(id) === null) return null;
      const now: Removal = {
        edits: readEach(l.edits, (e) => store.edits.get(e)?.state ?? null),
        facts: readEach(l.facts, (f) => {
          const fact = store.facts.get(f);
          return fact ? factState(fact) : null;
        }),
      };
      if (l.block) now.block = readBlock(store, l.block);
      if (l.title !== undefined) now.title = store.articles.title(id);
      return now;
    },
    write: (store, id, v) => {
      if (v.block) writeBlock(store, v.block);
      for (const [editId, state] of presentEntries(v.edits)) store.edits.setState(editId, state);
      rebuildCleaned(store, id);
      // The title the removal found (undo) or made (redo), where it changed the title.
      if (v.title !== undefined) restoreTitle(store, id, v.title);
      for (const [factId, state] of presentEntries(v.facts)) restoreFact(store, factId, state);
    },
    articleOf: (_store, id) => id,
  },
  'cleaning.block': {
    // A rule of the corpus, known by the article it was taught from.
    read: (store, _id, like) => readBlock(store, like),
    write: (store, _id, value) => writeBlock(store, value),
    articleOf: () => null,
  },
  'article.fields': {
    read: (store, id, like) => {
      const row = store.articles.get(id);
      if (!row) return null;
      const now: Record<string, string | null> = {};
      for (const key of Object.keys(like) as (keyof typeof like)[]) now[key] = row[key];
      return now;
    },
    write: (store, id, value) => store.articles.setFields(id, value),
    articleOf: (_store, id) => id,
  },
  'article.statuses': {
    read: (store, _id, like) => readMany(like, (id) => store.articles.status(id)),
    write: (store, _id, value) => {
      for (const [id, status] of presentEntries(value)) store.articles.setStatus(id, status);
    },
    articleOf: (_store, _id, value) => sharedArticle(value, (id) => id),
  },
  'article.tags': {
    read: (store, _id, like) =>
      readMany(like, (id, one) => {
        if (store.articles.status(id) === null || one === null) return null;
        return { tagId: one.tagId, on: store.tags.onArticle(id).includes(one.tagId) };
      }),
    write: (store, _id, value) => {
      for (const [id, m] of presentEntries(value)) {
        tagToPutOn(store, m.tagId, m.on);
        store.tags.setOnArticle(id, m.tagId, m.on);
      }
    },
    articleOf: (_store, _id, value) => sharedArticle(value, (id) => id),
  },
};
