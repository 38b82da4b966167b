import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { textDigest } from '@winnow/contract';
import type { RemovalKind } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { isTyping } from '../desk/keys.ts';
import { selectionIn } from '../desk/selection.ts';
import type { PaneSelection } from '../desk/selection.ts';
import { useT } from '../i18n/index.ts';

/** `seenCleaned`: the digest of the cleaned text shown when the selection was made. */
type Chosen = PaneSelection & { pane: 'raw' | 'cleaned'; seenCleaned: string };

/**
 * Teaching by selection: text selected in either pane can be removed as chrome, spam or
 * other text, from there to the end, or wherever the block appears (in the articles of
 * this source, or in the whole corpus, from then on). The toolbar appears beside the
 * selection; Delete moves keyboard focus into it, Esc dismisses it.
 */
export function SelectionMenu({
  articleId,
  sourceName,
  raw,
  cleaned,
  shown,
}: {
  articleId: number;
  sourceName: string | null;
  raw: RefObject<HTMLElement | null>;
  cleaned: RefObject<HTMLElement | null>;
  /** The cleaned text the panes show: the offsets of a selection are into it. */
  shown: string;
}) {
  const { decide, say } = useDesk();
  const t = useT();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [askScope, setAskScope] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const chosenRef = useRef(chosen);
  chosenRef.current = chosen;
  const shownRef = useRef(shown);
  shownRef.current = shown;

  useEffect(() => {
    const read = (event: Event) => {
      if (bar.current?.contains(event.target as Node)) return;
      const inRaw = selectionIn(raw.current);
      const inCleaned = inRaw ? null : selectionIn(cleaned.current);
      // Read only for a selection: a long article's text is not hashed on every key.
      const seenCleaned = inRaw || inCleaned ? textDigest(shownRef.current) : '';
      const found = inRaw
        ? { ...inRaw, pane: 'raw' as const, seenCleaned }
        : inCleaned
          ? { ...inCleaned, pane: 'cleaned' as const, seenCleaned }
          : null;
      setChosen(found);
      setAskScope(false);
    };
    const onKey = (event: KeyboardEvent) => {
      // Delete in a field deletes there; the toolbar is for text selected in a pane.
      if (isTyping(event.target)) return;
      if (
        event.key === 'Delete' &&
        chosenRef.current &&
        !bar.current?.contains(event.target as Node)
      ) {
        event.preventDefault();
        bar.current?.querySelector<HTMLElement>('button')?.focus();
      } else if (event.key === 'Escape' && chosenRef.current) {
        setChosen(null);
      } else if (event.shiftKey && event.key.startsWith('Arrow')) read(event);
    };
    document.addEventListener('mouseup', read);
    document.addEventListener('keyup', onKey);
    return () => {
      document.removeEventListener('mouseup', read);
      document.removeEventListener('keyup', onKey);
    };
  }, [raw, cleaned]);

  // A new article: nothing of the old one stays selected.
  useEffect(() => setChosen(null), [articleId]);

  if (!chosen) return null;
  const done = (message: string) => (result: unknown) => {
    if (result === null) return;
    window.getSelection()?.removeAllRanges();
    setChosen(null);
    say(message);
  };
  const remove = (as: RemovalKind, toEnd = false) =>
    void decide('articles.removeText', {
      id: articleId,
      pane: chosen.pane,
      start: chosen.start,
      end: chosen.end,
      // What was selected, in which text: if another editor (or a re-clean) changed the
      // text since, nothing is removed.
      seen: chosen.text,
      seenCleaned: chosen.seenCleaned,
      as,
      toEnd,
    }).then(done(t('select.removed')));
  const removeBlock = (scope: 'source' | 'corpus') =>
    void decide('articles.removeBlock', { id: articleId, text: chosen.text.trim(), scope }).then(
      done(
        scope === 'source' && sourceName
          ? t('select.blockAddedSource', { source: sourceName })
          : t('select.blockAddedCorpus'),
      ),
    );

  // Below the selection, or above it near the bottom of the window; never off-screen.
  const below = chosen.rect.bottom + 8;
  const top = below + 120 > window.innerHeight ? Math.max(8, chosen.rect.top - 120) : below;
  const left = Math.min(Math.max(8, chosen.rect.left), window.innerWidth - 480);
  return (
    <div
      ref={bar}
      className="selection-menu"
      role="toolbar"
      aria-label={t('select.toolbar')}
      data-testid="selection-menu"
      style={{ top, left }}
      // Pressing a button must not clear the selection it acts on.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        setChosen(null);
      }}
    >
      <button type="button" onClick={() => remove('chrome')}>
        {t('select.asChrome')}
      </button>
      <button type="button" onClick={() => remove('spam')}>
        {t('select.asSpam')}
      </button>
      <button type="button" onClick={() => remove('other')}>
        {t('select.asOther')}
      </button>
      <button type="button" onClick={() => remove('chrome', true)}>
        {t('select.toEnd')}
      </button>
      {askScope ? (
        <span className="scope" role="group" aria-label={t('select.block')}>
          <button type="button" disabled={!sourceName} onClick={() => removeBlock('source')}>
            {t('select.blockSource', { source: sourceName ?? '—' })}
          </button>
          <button type="button" onClick={() => removeBlock('corpus')}>
            {t('select.blockCorpus')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          aria-expanded={false}
          onClick={() => {
            setAskScope(true);
            requestAnimationFrame(() =>
              bar.current?.querySelector<HTMLElement>('.scope button:not([disabled])')?.focus(),
            );
          }}
        >
          {t('select.block')}
        </button>
      )}
    </div>
  );
}
