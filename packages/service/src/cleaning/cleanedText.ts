import { editsInForce } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { applyEdits } from '@winnow/text';
import { reanchorFacts } from '../facts/facts.ts';
import { firstLineOf, titleSetByEditor } from './taught.ts';

/**
 * After an article's edits changed (an editor accepted or reverted one, a re-clean replaced
 * them): the cleaned text is rebuilt from the raw text and the edits in force, re-indexed,
 * and every fact re-anchored on it. A title whose line is removed follows the
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
  const title =
    article.title !== null &&
    article.cleaned.includes(article.title) &&
    !cleaned.includes(article.title) &&
    !titleSetByEditor(store, articleId)
      ? (firstLineOf(cleaned) ?? article.title)
      : article.title;
  if (title !== article.title) store.articles.setTitle(articleId, title);
  store.articles.setCleaned(articleId, title, cleaned);
  return reanchorFacts(store, articleId, article.cleaned, cleaned);
}
