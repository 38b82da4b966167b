import { useEffect, useState } from 'react';
import type { Article } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';

/**
 * Loads an article and reloads it after every decision. The texts and edits come in one
 * call and the facts in another, side by side: the diff is drawn as soon as the first
 * answers, and the facts follow.
 */
export function useArticle(id: number): { article: Article | null; error: string | null } {
  const { client } = useDesk();
  const revision = useRevision();
  const [state, setState] = useState<{ article: Article | null; error: string | null }>({
    article: null,
    error: null,
  });
  useEffect(() => {
    let latest = true;
    // The text first: the service answers in the order it is asked.
    const text = client.call('articles.get', { id, facts: false });
    const facts = client.call('facts.ofArticle', { id });
    void text.then((result) => {
      if (!latest) return;
      if (!result.ok) return setState({ article: null, error: result.error.message });
      // Until the facts arrive, the ones already shown for this article stay.
      setState((previous) => ({
        article: {
          ...result.value,
          facts: previous.article?.id === id ? previous.article.facts : [],
        },
        error: null,
      }));
      void facts.then((answer) => {
        if (!latest) return;
        if (!answer.ok) return setState({ article: null, error: answer.error.message });
        setState((current) =>
          current.article?.id === id
            ? { article: { ...current.article, facts: answer.value }, error: null }
            : current,
        );
      });
    });
    return () => {
      latest = false;
    };
  }, [client, id, revision]);
  // The article on screen stays until the next one arrives, then both texts change in one
  // frame (and the old facts leave in the background, with the new ones).
  return state;
}
