import { textDigest } from '@winnow/contract';
import type { Article } from '@winnow/contract';
import type { Desk } from '../desk/context.ts';

/**
 * Saves the editor's own version of the cleaned text, as made on the text this desk shows
 * (its digest goes along): if another editor changed the article since, the service
 * refuses, the desk shows the article again, and the editor keeps their text — the
 * comparison now against the new version — to save again or give up. `done` closes the
 * editor once the text is saved (or there was nothing to save).
 */
export function saveCleaned(
  decide: Desk['decide'],
  article: Pick<Article, 'id' | 'cleaned'>,
  text: string,
  done: () => void,
): void {
  const shown = article.cleaned;
  void decide('articles.editCleaned', {
    id: article.id,
    cleaned: text,
    seen: textDigest(shown),
  }).then((saved) => {
    if (saved === null && text !== shown) return;
    done();
  });
}
