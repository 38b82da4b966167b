import { applyEdits, cleanedChange, editsInForce } from '@winnow/contract';
import type { EditSpan, Store } from '@winnow/store';
import { reanchorAround, reanchorFacts } from '../facts/facts.ts';
import { firstLineOf, titleSetByEditor } from './taught.ts';

/**
 * After an article's edits changed (an editor accepted or reverted one, a re-clean replaced
 * them): the cleaned text is rebuilt from the raw text and the edits in force; the store
 * rewrites and re-indexes only the chunks that changed, and the facts are re-anchored
 * around the change (facts.ts). A title whose line is removed follows the
 * text's first line (a spam line removed from the top no longer heads the article). Returns how the facts were
 * anchored again, or null when the text did not change. (A title read from the text that
 * still stands in it stays: the cleaner may have found the headline below a line it only
 * proposed to remove, and an undo must give the same title back.)
 */
export function rebuildCleaned(store: Store, articleId: number) {
  const article = store.articles.get(articleId);
  if (!article) return null;
  const inText = editsInForce(store.edits.byArticle(articleId));
  const cleaned = applyEdits(article.raw, inText);
  if (cleaned === article.cleaned) return null;
  const title = titleAfter(store, articleId, article, cleaned);
  store.articles.setCleaned(articleId, title, cleaned, article.cleaned);
  restoreTitle(store, articleId, title);
  return reanchorFacts(store, articleId, article.cleaned, cleaned);
}

/**
 * The title an article gets when its cleaned text becomes `cleaned`: it follows the new
 * first line when its own line went (unless an editor set it), else it stays.
 */
export function titleAfter(
  store: Store,
  articleId: number,
  article: { title: string | null; cleaned: string },
  cleaned: string,
): string | null {
  return article.title !== null &&
    article.cleaned.includes(article.title) &&
    !cleaned.includes(article.title) &&
    !titleSetByEditor(store, articleId)
    ? (firstLineOf(cleaned) ?? article.title)
    : article.title;
}

/** Sets an article's title (and its search entry) when it differs from the stored one. */
export function restoreTitle(store: Store, articleId: number, title: string | null): void {
  if (title === null || store.articles.title(articleId) === title) return;
  store.articles.setTitle(articleId, title);
  store.articles.reindex(articleId, title, 'title');
}

/**
 * After an editor accepted or reverted edits (the article's edit list went from `before`
 * to `after`, as stored now): the
 * change to the cleaned text is worked out from the edits and the raw text around them
 * (the contract's editList.ts), stored in the chunks it falls in, and the facts beside it
 * re-anchored — the cost follows the change, not the article. When the title's line may
 * be touched, or the stored text is not what the edits made, the whole text is rebuilt.
 */
export function applyEditChange(
  store: Store,
  articleId: number,
  before: readonly EditSpan[],
  after: readonly EditSpan[],
) {
  const raw = store.articles.rawReader(articleId);
  if (raw === null) return null;
  const change = cleanedChange(raw, before, after);
  if (!change) return null;
  const title = store.articles.title(articleId);
  if (title) {
    const around = store.articles.cleaned(
      articleId,
      Math.max(0, change.start - title.length),
      change.end + title.length,
    );
    if (around.includes(title)) return rebuildCleaned(store, articleId);
  }
  if (!store.articles.replaceCleaned(articleId, title, change))
    return rebuildCleaned(store, articleId);
  const region = {
    start: change.start,
    oldEnd: change.end,
    newEnd: change.start + change.text.length,
  };
  return reanchorAround(
    store,
    articleId,
    region,
    (from, to) => store.articles.cleaned(articleId, from, to),
    change.expected,
  );
}
