import { useEffect } from 'react';
import type { RefObject } from 'react';
import { useListQuery } from '../desk/listQuery.ts';
import { findInPane } from './findInText.ts';
import { usePanesDrawn } from './folds.ts';

const NAME = 'search-match';

/**
 * The list's search, highlighted in the open article's panes (raw and cleaned), so the
 * editor sees why it matched. Painted with the CSS Custom Highlight API; draws nothing.
 */
export function SearchHighlights({
  raw,
  cleaned,
  version,
}: {
  raw: RefObject<HTMLElement | null>;
  cleaned: RefObject<HTMLElement | null>;
  version: unknown;
}) {
  const query = useListQuery().trim();
  // A long article's rows arrive after its first screen: painted again once all are in.
  const drawn = usePanesDrawn();
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    // After the panes have drawn the new text, and not on every keystroke.
    const timer = setTimeout(() => {
      const ranges =
        query === ''
          ? []
          : [raw.current, cleaned.current].flatMap((pane) => (pane ? findInPane(pane, query) : []));
      if (ranges.length === 0) CSS.highlights.delete(NAME);
      else CSS.highlights.set(NAME, new Highlight(...ranges));
    }, 150);
    return () => clearTimeout(timer);
  }, [query, version, raw, cleaned, drawn]);
  useEffect(() => () => void CSS.highlights?.delete(NAME), []);
  return null;
}
