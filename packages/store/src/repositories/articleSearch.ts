import { searchMatchParts } from '@winnow/text/search';
import { SEQ_LIMIT } from '../chunks.ts';

/**
 * Search over the chunked index (chunks.ts): a row is one chunk, `rowid / SEQ_LIMIT` its
 * article. A query of one part (a word, a phrase: what editors type most) is one MATCH
 * whose rows come in article order, a long article's matching chunks side by side. A
 * query of several parts must find each somewhere in the article, not all in one chunk:
 * the articles matching each part are intersected.
 */
export const ARTICLE_OF_ROW = `article_search.rowid / ${SEQ_LIMIT}`;

/** The FTS5 expressions of what the editor typed: null for no query, [] for nothing to find. */
export function searchParts(query: string | undefined): string[] | null {
  return query ? searchMatchParts(query) : null;
}

/** SQL of the ids of the articles that match every part (bound as @match0, @match1, …). */
export function matchingArticles(parts: readonly string[]): string {
  return parts
    .map(
      (_, i) =>
        `SELECT rowid / ${SEQ_LIMIT} FROM article_search WHERE article_search MATCH @match${i}`,
    )
    .join(' INTERSECT ');
}

/**
 * Conditions that article `a` matches every part, each a lookup of the index at the
 * article's rows (a rowid range, which FTS5 seeks to): for a walk of the sort order that
 * stops once the page is full, where collecting every match first costs what the corpus
 * holds (migration 10 keeps the index merged, so a lookup reads one doclist, not dozens).
 */
export function articleMatches(parts: readonly string[]): string[] {
  return parts.map(
    (_, i) =>
      `EXISTS (SELECT 1 FROM article_search WHERE article_search MATCH @match${i}
         AND article_search.rowid BETWEEN a.id * ${SEQ_LIMIT} AND a.id * ${SEQ_LIMIT} + ${SEQ_LIMIT - 1})`,
  );
}

export function partBindings(parts: readonly string[] | null): Record<string, string> {
  return Object.fromEntries((parts ?? []).map((part, i) => [`match${i}`, part]));
}

/** The first row of an article past `articleId` (a page's cursor, in index order). */
export const AFTER_ARTICLE = `article_search.rowid >= (@cursorId + 1) * ${SEQ_LIMIT}`;
