import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Article, Result, WinnowClient } from '@winnow/contract';
import { useDesk, useRevision } from '../desk/context.ts';
import { patchArticle } from '../desk/decisionEffects.ts';
import { afterPaint } from '../desk/afterPaint.ts';
import { factsInFlight } from '../desk/factsInFlight.ts';

type Texts = Promise<Result<Article>>;

/**
 * An article's texts asked for at the moment it is selected, before the desk has drawn
 * the selection: the request is on its way while React renders, instead of after. Once
 * answered, the answer is kept here too, so the render that shows the selection can draw
 * the article with it (see `readyArticle`).
 */
let early: { id: number; at: number; answer: Texts; ready: Result<Article> | null } | null = null;

/** An early answer is only used right after the selection, never as a stale copy. */
const EARLY_MS = 2000;

/** Asks for an article's texts now; the answer, for the selection to wait on. */
export function requestArticle(client: WinnowClient, id: number): Texts {
  if (early?.id === id && performance.now() - early.at < EARLY_MS) return early.answer;
  const asked = {
    id,
    at: performance.now(),
    answer: client.call('articles.get', { id, facts: false }),
    ready: null as Result<Article> | null,
  };
  early = asked;
  void asked.answer.then((result) => {
    asked.ready = result;
  });
  return asked.answer;
}

/**
 * An answer asked for before a decision may predate it: every decision and every reload
 * (a re-clean, an import, another editor's change) drops it, and the article is asked
 * for again. A stale text is never drawn after a decision.
 */
export function forgetEarlyArticle(): void {
  early = null;
}

function fresh(id: number): typeof early {
  return early?.id === id && performance.now() - early.at < EARLY_MS ? early : null;
}

function takeEarly(id: number): Texts | null {
  const taken = fresh(id);
  early = null;
  return taken?.answer ?? null;
}

/** The early answer for `id` if it has arrived (read in a render: nothing is changed). */
function readyArticle(id: number): Result<Article> | null {
  return fresh(id)?.ready ?? null;
}

/** Which article's texts are shown, as of which text revision. */
type Shown = { id: number; revision: number };
type State = { article: Article | null; error: string | null; shown: Shown | null };

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
  const [state, setState] = useState<State>({ article: null, error: null, shown: null });
  // The texts already here when the selection is drawn (the desk waits a moment for them,
  // App.tsx): drawn in the same render as the selection, so the editor's click costs one
  // render and one frame, not a frame of the old article under the new selection first.
  if (state.shown?.id !== id) {
    const ready = readyArticle(id);
    if (ready)
      setState(
        ready.ok
          ? {
              article: { ...ready.value, facts: [] },
              error: null,
              shown: { id, revision: textRevision },
            }
          : { article: null, error: ready.error.message, shown: null },
      );
  }
  // A facts answer may have been read before a decision patched in here: it is drawn with
  // those decisions on top (desk/factsInFlight.ts), never over them.
  const [inFlight] = useState(factsInFlight);
  useEffect(
    () =>
      onDecision((decision) => {
        inFlight.decided(decision);
        setState((current) =>
          current.article
            ? { ...current, article: patchArticle(current.article, decision) }
            : current,
        );
      }),
    [onDecision, inFlight],
  );
  // The texts whose facts were asked for: texts just drawn wait for their frame first.
  const factsAskedFor = useRef<Shown | null>(null);
  const { shown } = state;
  // A layout effect: the answer is waited for from the commit that selected the article,
  // not from after the frame that draws the selection (a passive effect may wait for it).
  useLayoutEffect(() => {
    let latest = true;
    // A long article's facts are megabytes: left for another article, they are stopped.
    const abandon = new AbortController();
    const loadFacts = () => {
      const asked = inFlight.asked();
      void client.call('facts.ofArticle', { id }, { signal: abandon.signal }).then((answer) => {
        if (!latest || !answer.ok) asked.drop();
        if (!latest) return;
        // The texts stay marked as shown: an error is not a reason to ask for them again.
        if (!answer.ok)
          return setState((current) => ({
            ...current,
            article: null,
            error: answer.error.message,
          }));
        const facts = asked.settle(answer.value);
        setState((current) =>
          current.article?.id === id
            ? { ...current, article: { ...current.article, facts }, error: null }
            : current,
        );
      });
    };
    if (shown?.id === id && shown.revision === textRevision) {
      // The texts on screen are this article's as of now: only its facts are missing, or
      // moved (a fact's value or tag) — asked for at once then, after the frame when the
      // texts were just drawn.
      let stopWaiting = () => {};
      if (factsAskedFor.current === shown) loadFacts();
      else {
        factsAskedFor.current = shown;
        stopWaiting = afterPaint(loadFacts);
      }
      return () => {
        latest = false;
        stopWaiting();
        abandon.abort();
      };
    }
    const text = takeEarly(id) ?? client.call('articles.get', { id, facts: false });
    void text.then((result) => {
      if (!latest) return;
      if (!result.ok) return setState({ article: null, error: result.error.message, shown: null });
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
          shown: { id, revision: textRevision },
        })),
      );
    });
    return () => {
      latest = false;
    };
  }, [client, id, textRevision, factsRevision, shown, inFlight]);
  // The article on screen stays until the next one arrives, then both texts change in one
  // frame (and the old facts leave in the background, with the new ones).
  return { article: state.article, error: state.error };
}
