import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useT } from '../i18n/index.ts';
import { findInPane } from './findInText.ts';
import { revealNode, usePanesDrawn } from './folds.ts';

/** Painted by CSS (::highlight) without touching the panes' DOM. */
const ALL = 'find-match';
const CURRENT = 'find-current';

function paint(name: string, ranges: Range[]) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/**
 * Scrolls the match to the middle of its pane. Its fold is opened and its block of text
 * brought near first (a block far off screen is not laid out, so the match has no
 * position until then).
 */
function showInPane(range: Range) {
  const element = range.startContainer.parentElement;
  const pane = element?.closest<HTMLElement>('.pane-scroller, .text-pane');
  if (!element || !pane) return;
  revealNode(range.startContainer);
  element.scrollIntoView({ block: 'nearest' });
  requestAnimationFrame(() => {
    const match = range.getBoundingClientRect();
    const box = pane.getBoundingClientRect();
    pane.scrollTop += match.top - box.top - box.height / 2;
  });
}

/**
 * Find in the article (Ctrl+F): every occurrence highlighted in both panes, Enter and
 * Shift+Enter step through them (in the cleaned text, or the raw text when the cleaned
 * has none), Esc closes. `version` changes when the panes show other text; `articleId`
 * names the article, and only another article (or query) starts again at the first match.
 */
export function FindBar({
  raw,
  cleaned,
  version,
  articleId,
}: {
  raw: RefObject<HTMLElement | null>;
  cleaned: RefObject<HTMLElement | null>;
  version: unknown;
  articleId: number;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  // What was found, and for which query: until the search for the typed text has run,
  // the count says nothing (not "Not found").
  const [found, setFound] = useState<{ query: string; raw: Range[]; cleaned: Range[] }>({
    query: '',
    raw: [],
    cleaned: [],
  });
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // A long article's rows arrive after its first screen: searched again once all are in.
  const drawn = usePanesDrawn();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.code !== 'KeyF' || event.shiftKey) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      setOpen(true);
      // Already open: Ctrl+F goes back to the field with its text selected.
      requestAnimationFrame(() => input.current?.select());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // What the last search was for: the same query over the same article searched again
  // (its last rows drawn, its facts arrived, a decision) keeps the editor's place; Enter
  // presses made while a long article was still being drawn are not taken back.
  const searched = useRef<{ query: string; articleId: number } | null>(null);

  // Searched a moment after typing stops; again whenever the panes change.
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => {
      const q = query.trim() === '' ? '' : query;
      const next = {
        query,
        raw: raw.current ? findInPane(raw.current, q) : [],
        cleaned: cleaned.current ? findInPane(cleaned.current, q) : [],
      };
      const last = searched.current;
      const again = last !== null && last.query === query && last.articleId === articleId;
      searched.current = { query, articleId };
      setFound(next);
      const count = next.cleaned.length > 0 ? next.cleaned.length : next.raw.length;
      setCurrent((at) => (again ? Math.min(at, Math.max(0, count - 1)) : 0));
    }, 120);
    return () => clearTimeout(timer);
  }, [open, query, version, articleId, raw, cleaned, drawn]);

  const steps = found.cleaned.length > 0 ? found.cleaned : found.raw;
  const at = steps[current] ?? null;
  useEffect(() => {
    paint(ALL, open ? [...found.raw, ...found.cleaned] : []);
    paint(CURRENT, open && at ? [at] : []);
    if (open && at) showInPane(at);
  }, [open, found, at]);
  useEffect(() => () => [ALL, CURRENT].forEach((name) => paint(name, [])), []);

  if (!open) return null;
  const close = () => {
    searched.current = null;
    setOpen(false);
    setQuery('');
    setFound({ query: '', raw: [], cleaned: [] });
  };
  const step = (by: number) =>
    steps.length > 0 && setCurrent((c) => (c + by + steps.length) % steps.length);
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        type="search"
        autoFocus
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            close();
          }
        }}
      />
      <span className="muted" role="status" data-testid="find-count">
        {query.trim() === '' || found.query !== query
          ? ''
          : steps.length === 0
            ? t('find.none')
            : t(found.cleaned.length > 0 ? 'find.count' : 'find.countRaw', {
                at: current + 1,
                cleaned: found.cleaned.length,
                raw: found.raw.length,
              })}
      </span>
      <button type="button" className="small" title="Shift+Enter" onClick={() => step(-1)}>
        {t('find.previous')}
      </button>
      <button type="button" className="small" title="Enter" onClick={() => step(1)}>
        {t('find.next')}
      </button>
      <button type="button" className="small" title="Esc" onClick={close}>
        {t('find.close')}
      </button>
    </div>
  );
}
