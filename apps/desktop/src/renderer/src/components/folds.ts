import { useEffect, useState } from 'react';

/**
 * Folded stretches of unchanged lines stay in the panes' text, only hidden, so find and
 * the list's search see them. Whatever has to show a place inside one (the current match
 * of a find) asks its fold to open first: the panes listen for this event.
 */
export const OPEN_FOLD = 'winnow-open-fold';
/** An opened fold's "fold again" button asks the panes to close it (detail: its key). */
export const CLOSE_FOLD = 'winnow-close-fold';

/** Opens the fold that hides `node`, if it is in a closed one. */
export function revealNode(node: Node): void {
  const element = node instanceof Element ? node : node.parentElement;
  const group = element?.closest<HTMLElement>('.fold-group:not(.open)');
  if (!group) return;
  group.dispatchEvent(new CustomEvent(OPEN_FOLD, { bubbles: true, detail: group.dataset['fold'] }));
}

/**
 * Sent (bubbling) by the panes once all their rows are in the page: the first frame holds
 * only the top of a long article, so whatever reads the panes' text (find, the list's
 * search) reads it again then.
 */
export const PANES_DRAWN = 'winnow-panes-drawn';

/** A number that changes each time panes finish drawing, for effects that read them. */
export function usePanesDrawn(): number {
  const [drawn, setDrawn] = useState(0);
  useEffect(() => {
    const bump = () => setDrawn((n) => n + 1);
    document.addEventListener(PANES_DRAWN, bump);
    return () => document.removeEventListener(PANES_DRAWN, bump);
  }, []);
  return drawn;
}
