import { useEffect, useRef, useState } from 'react';
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

/** Scrolling one pane scrolls the other to the same place, proportionally. */
export function useSyncedScroll() {
  const raw = useRef<HTMLPreElement>(null);
  const cleaned = useRef<HTMLDivElement>(null);
  const echo = useRef<HTMLElement | null>(null);
  const follow = (from: HTMLElement | null, to: HTMLElement | null) => {
    if (!from || !to || echo.current === from) {
      echo.current = null;
      return;
    }
    const ratio = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight);
    echo.current = to;
    to.scrollTop = ratio * (to.scrollHeight - to.clientHeight);
  };
  return {
    raw,
    cleaned,
    onRawScroll: () => follow(raw.current, cleaned.current),
    onCleanedScroll: () => follow(cleaned.current, raw.current),
  };
}
