import type { ArticleStatus, CleaningBlock } from '@winnow/contract';
import type { ArticleFields, EditState, FactRow, FactStatus, Store } from '@winnow/store';
import { readMany, sharedArticle } from './actionSpec.ts';
import type { ActionSpec, ById } from './actionSpec.ts';
import { rebuildCleaned } from './cleanedText.ts';
import { blocksOf, writeBlocks } from './cleaningOptions.ts';

/**
 * The decisions an editor makes on whole articles and on what the cleaner removes: text
 * removed by selection (with the facts quoted from it), blocks removed wherever they
 * appear, an article's title, date and source, and many articles' statuses and tags.
 */

/** Where a fact's evidence is, or null when it has none (an orphan). */
export type FactAnchor = {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
};
/** What a removal does to a fact: its status, and its evidence (null: dropped with the text). */
export type FactState = { status: FactStatus; anchor: FactAnchor | null };
/** A block of the corpus's cleaning rules, and whether it is on the list. */
export type BlockMembership = Omit<CleaningBlock, 'articleId'> & { articleId: number; on: boolean };

/**
 * A removal: the editor's edits (accepted) and the facts quoted from the removed text
 * (rejected, without evidence); a block removal also puts the block on the corpus's list.
 * Undone, the edits are reverted, the facts get their status and evidence back, and the
 * block leaves the list — all in one decision.
 */
export type Removal = { edits: ById<EditState>; facts: ById<FactState>; block?: BlockMembership };

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

/** A fact's status and evidence as the decision left them. */
function restoreFact(store: Store, id: number, state: FactState): void {
  const fact = store.facts.get(id);
  if (!fact) return;
  store.facts.setStatus(id, state.status);
  const cleaned = state.anchor ? (store.articles.get(fact.articleId)?.cleaned ?? '') : '';
  // The evidence comes back only where the text it quotes is again.
  if (state.anchor && cleaned.slice(state.anchor.start, state.anchor.end) === state.anchor.quote)
    store.facts.relocate(id, state.anchor);
  else store.facts.markOrphan(id);
}

export const articleActions: Record<string, ActionSpec> = {
  'text.remove': {
    targetType: 'article',
    label: 'the text of article',
    read: (store, id, like) => {
      if (store.articles.status(id) === null) return null;
      const l = like as Removal;
      const now: Removal = {
        edits: readEach(l.edits, (e) => store.edits.get(e)?.state ?? null) as ById<EditState>,
        facts: readEach(l.facts, (f) => {
          const fact = store.facts.get(f);
          return fact ? factState(fact) : null;
        }) as ById<FactState>,
      };
      if (l.block) now.block = readBlock(store, l.block);
      return now;
    },
    write: (store, id, value) => {
      const v = value as Removal;
      if (v.block) writeBlock(store, v.block);
      for (const [editId, state] of Object.entries(v.edits))
        store.edits.setState(Number(editId), state);
      rebuildCleaned(store, id);
      for (const [factId, state] of Object.entries(v.facts))
        restoreFact(store, Number(factId), state);
    },
    articleOf: (_store, id) => id,
  },
  'cleaning.block': {
    // A rule of the corpus, known by the article it was taught from.
    targetType: 'article',
    label: 'the cleaning rule taught from article',
    read: (store, _id, like) => readBlock(store, like as BlockMembership),
    write: (store, _id, value) => writeBlock(store, value as BlockMembership),
    articleOf: () => null,
  },
  'article.fields': {
    targetType: 'article',
    label: 'the fields of article',
    read: (store, id, like) => {
      const row = store.articles.get(id);
      if (!row) return null;
      const now: ArticleFields = {};
      for (const key of Object.keys(like as ArticleFields) as (keyof ArticleFields)[])
        now[key] = row[key];
      return now;
    },
    write: (store, id, value) => store.articles.setFields(id, value as ArticleFields),
    articleOf: (_store, id) => id,
  },
  'article.statuses': {
    targetType: 'article',
    label: 'the statuses of articles',
    read: (store, _id, like) => readMany(like, (id) => store.articles.status(id)),
    write: (store, _id, value) => {
      for (const [id, status] of Object.entries(value as ById<ArticleStatus>))
        store.articles.setStatus(Number(id), status);
    },
    articleOf: (_store, _id, value) => sharedArticle(value, (id) => id),
  },
  'article.tags': {
    targetType: 'article',
    label: 'the tags of articles',
    read: (store, _id, like) =>
      readMany(like, (id, one) => {
        if (store.articles.status(id) === null) return null;
        const { tagId } = one as { tagId: number };
        return { tagId, on: store.tags.onArticle(id).includes(tagId) };
      }),
    write: (store, _id, value) => {
      for (const [id, m] of Object.entries(value as ById<{ tagId: number; on: boolean }>))
        store.tags.setOnArticle(Number(id), m.tagId, m.on);
    },
    articleOf: (_store, _id, value) => sharedArticle(value, (id) => id),
  },
};
