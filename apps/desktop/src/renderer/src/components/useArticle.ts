import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Article, Result, WinnowClient } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { patchArticle } from '../desk/decisionEffects.ts';

type Texts = Promise<Result<Article>>;

/**
 * An article's texts asked for at the moment it is selected, before the desk has drawn
 * the selection: the request is on its way while React renders, instead of after.
 */
let early: { id: number; at: number; answer: Texts } | null = null;

/** An early answer is only used right after the selection, never as a stale copy. */
const EARLY_MS = 2000;

export function requestArticle(client: WinnowClient, id: number): void {
  if (early?.id === id && performance.now() - early.at < EARLY_MS) return;
  early = { id, at: performance.now(), answer: client.call('articles.get', { id, facts: false }) };
}

function takeEarly(id: number): Texts | null {
  const taken = early;
  early = null;
  return taken?.id === id && performance.now() - taken.at < EARLY_MS ? taken.answer : null;
}

/** After the frame that paints what was just committed. */
const afterPaint = (run: () => void) => requestAnimationFrame(() => setTimeout(run, 0));

/**
 * Loads an article. The texts and edits come first; the facts are asked for once the
 * texts are painted: a long article's facts are megabytes of JSON, and neither the
 * service nor the page should be busy with them before the editor sees the text.
 *
 * A decision is applied from the Decision the service returned (a fact's status, the
 * article's status and counts); only what it touched beyond that is asked for again —
 * the texts after an edit's state changed, the facts alone after a fact's value or tag.
 */
export function useArticle(id: number): { article: Article | null; error: string | null } {
  const { client, onDecision } = useDesk();
  const textRevision = useRevision('article');
  const factsRevision = useRevision('facts');
  const [state, setState] = useState<{ article: Article | null; error: string | null }>({
    article: null,
    error: null,
  });
  useEffect(
    () =>
      onDecision((decision) =>
        setState((current) =>
          current.article
            ? { ...current, article: patchArticle(current.article, decision) }
            : current,
        ),
      ),
    [onDecision],
  );
  // Which article and texts are loaded: when only the facts moved, only they are asked for.
  const loaded = useRef<{ id: number; textRevision: number } | null>(null);
  // A layout effect: the answer is waited for from the commit that selected the article,
  // not from after the frame that draws the selection (a passive effect may wait for it).
  useLayoutEffect(() => {
    let latest = true;
    const loadFacts = () =>
      void client.call('facts.ofArticle', { id }).then((answer) => {
        if (!latest) return;
        if (!answer.ok) return setState({ article: null, error: answer.error.message });
        setState((current) =>
          current.article?.id === id
            ? { article: { ...current.article, facts: answer.value }, error: null }
            : current,
        );
      });
    if (loaded.current?.id === id && loaded.current.textRevision === textRevision) {
      loadFacts();
      return () => {
        latest = false;
      };
    }
    const text = takeEarly(id) ?? client.call('articles.get', { id, facts: false });
    void text.then((result) => {
      if (!latest) return;
      if (!result.ok) return setState({ article: null, error: result.error.message });
      // Marked loaded only once drawn: a facts-only change meanwhile asks for the texts again.
      loaded.current = { id, textRevision };
      // Drawn at once, in this task: a render scheduled for later would wait behind
      // whatever else the page has queued. Until the facts arrive, the ones already shown
      // for this article stay.
      flushSync(() =>
        setState((previous) => ({
          article: {
            ...result.value,
            facts: previous.article?.id === id ? previous.article.facts : [],
          },
          error: null,
        })),
      );
      afterPaint(() => {
        if (latest) loadFacts();
      });
    });
    return () => {
      latest = false;
    };
  }, [client, id, textRevision, factsRevision]);
  // The article on screen stays until the next one arrives, then both texts change in one
  // frame (and the old facts leave in the background, with the new ones).
  return state;
}
