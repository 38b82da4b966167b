import type { Store } from '@winnow/store';

/**
 * What editors taught the cleaner that a re-clean must respect beyond its rules (the
 * blocks are among the corpus's cleaning options): the titles they set.
 */

/** The headline the cleaner reads off a text: its first non-empty line. */
export function firstLineOf(cleaned: string): string | null {
  return (
    cleaned
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? null
  );
}

/**
 * Whether an editor's title is in force on the article: a title set by an
 * `article.fields` decision that has not been undone since. Read from the decision log,
 * which is where that choice is recorded.
 */
export function titleSetByEditor(store: Store, articleId: number): boolean {
  const log = store.decisions.forArticle(articleId);
  const net = new Map<number, number>();
  for (const d of log)
    if (d.reverts !== null)
      net.set(d.reverts, (net.get(d.reverts) ?? 0) + (d.kind === 'undo' ? -1 : 1));
  return log.some(
    (d) =>
      d.kind === 'act' &&
      d.action === 'article.fields' &&
      typeof d.after === 'object' &&
      d.after !== null &&
      'title' in d.after &&
      (net.get(d.id) ?? 0) === 0,
  );
}

const mediaTypeOf = (store: Store, articleId: number) =>
  store.db
    .prepare<[number], { mediaType: string }>(
      'SELECT s.media_type AS mediaType FROM article a JOIN source_file s ON s.id = a.source_file_id WHERE a.id = ?',
    )
    .get(articleId)?.mediaType ?? null;

/**
 * After a re-clean: a text article's title is its cleaned first line again, unless an
 * editor set it (a web page keeps its own <title>). A spam line that had become the title
 * leaves with the line.
 */
export function rederiveTitle(store: Store, articleId: number, cleanerTitle?: string | null): void {
  if (titleSetByEditor(store, articleId) || mediaTypeOf(store, articleId) === 'text/html') return;
  const article = store.articles.get(articleId);
  // A re-clean gives the cleaner's own headline. After an editor's removal (or its undo) the
  // title stays while its line still stands in the cleaned text — the cleaner may have found
  // it below a line it only proposed to remove — and otherwise follows the new first line.
  const stands = (title: string | null) =>
    title !== null && article != null && article.cleaned.includes(title);
  const title = !article
    ? null
    : cleanerTitle !== undefined && cleanerTitle !== null
      ? cleanerTitle
      : stands(article.title)
        ? article.title
        : firstLineOf(article.cleaned);
  if (!article || title === null || title === article.title) return;
  store.articles.setTitle(articleId, title);
  store.articles.reindex(articleId, title, 'title');
}
