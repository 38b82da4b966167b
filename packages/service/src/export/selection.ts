import { WinnowFailure } from '@winnow/contract/result';
import type { Selection } from '@winnow/bundle';
import type { ArticleCursor, ArticleFilter, Store } from '@winnow/store';

const BATCH = 200;

/** The store's filter for an export selection; a tag is named, as editors know it. */
export function filterOf(store: Store, selection: Selection): ArticleFilter {
  let tagId: number | undefined;
  if (selection.tag !== undefined) {
    const tag = store.tags.byName(selection.tag);
    if (!tag)
      throw new WinnowFailure('not_found', `There is no tag "${selection.tag}" in this corpus.`);
    tagId = tag.id;
  }
  return {
    status: selection.status,
    language: selection.language,
    source: selection.source,
    tagId,
    from: selection.from,
    to: selection.to,
    query: selection.query?.trim() || undefined,
  };
}

/** Ids of the selected articles in import order, a batch at a time (keyset pagination). */
export function* selectedIds(store: Store, filter: ArticleFilter): Generator<number[]> {
  for (const rows of selectedArticles(store, filter)) yield rows.map((r) => r.id);
}

/** The selected articles' ids and source file sizes, in import order, a page at a time. */
export function* selectedArticles(
  store: Store,
  filter: ArticleFilter,
): Generator<{ id: number; sizeBytes: number }[]> {
  let cursor: ArticleCursor | null = null;
  for (;;) {
    const rows = store.articles.page(filter, 'imported', cursor, BATCH, 'order-first');
    if (rows.length === 0) return;
    yield rows.map(({ id, sizeBytes }) => ({ id, sizeBytes }));
    const last = rows[rows.length - 1]!;
    cursor = { key: last.sortKey, id: last.id };
    if (rows.length < BATCH) return;
  }
}
