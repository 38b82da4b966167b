import { memo, useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { ArticleEdit } from '@winnow/contract';
import type { Translate } from '../i18n/index.ts';
import { ruleName } from '../i18n/rules.ts';
import type { Language } from '../i18n/index.ts';

/** Marks closer than this (a share of the panes' height) are drawn as one. */
const BUCKETS = 200;

/** Where each change is, as a share of the panes' scrolled height, by edit id. */
type Places = Map<number, number>;

/**
 * Where the hunks are in the scroller, read from the page once it is laid out: folded
 * stretches take one line each, so a place in the text is not a place on screen.
 */
function measure(scroller: HTMLElement): Places | null {
  const height = scroller.scrollHeight;
  if (height === 0) return null;
  const top = scroller.getBoundingClientRect().top - scroller.scrollTop;
  const places: Places = new Map();
  for (const hunk of scroller.querySelectorAll<HTMLElement>('.raw-text mark.hunk[data-edit-id]'))
    places.set(Number(hunk.dataset['editId']), (hunk.getBoundingClientRect().top - top) / height);
  return places;
}

/**
 * Where the changes are, on a strip beside the panes (like an editor's overview ruler):
 * one mark per stretch of the panes with a change, coloured by the rule's family, at the
 * height where the change is shown (after folds, wrapped lines). Clicking a mark goes to
 * that change.
 */
export const ChangeStrip = memo(function ChangeStrip({
  edits,
  rawLength,
  scrollerRef,
  onJump,
  t,
  language,
}: {
  edits: ArticleEdit[];
  rawLength: number;
  scrollerRef: RefObject<HTMLDivElement | null>;
  onJump: (editId: number) => void;
  t: Translate;
  language: Language;
}) {
  const [places, setPlaces] = useState<Places | null>(null);
  // Measured again whenever the panes change height (rows drawn, a fold opened or closed,
  // a new width), a moment later: never in the frame that first shows the article.
  useEffect(() => {
    const scroller = scrollerRef.current;
    const column = scroller?.querySelector('.raw-text');
    if (!scroller || !column) return;
    let timer = 0;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = window.setTimeout(() => setPlaces(measure(scroller)), 30);
    });
    observer.observe(column);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [scrollerRef, edits]);
  if (edits.length === 0 || rawLength === 0) return null;
  const marks = new Map<number, ArticleEdit[]>();
  for (const edit of edits) {
    // Until the panes are measured (or for a hunk not drawn yet): its place in the text.
    const at = places?.get(edit.id) ?? edit.start / rawLength;
    const bucket = Math.max(0, Math.min(BUCKETS - 1, Math.floor(at * BUCKETS)));
    marks.set(bucket, [...(marks.get(bucket) ?? []), edit]);
  }
  return (
    <div className="change-strip" aria-label={t('strip.label')} data-testid="change-strip">
      {[...marks].map(([bucket, inIt]) => {
        const first = inIt[0] as ArticleEdit;
        const names = [...new Set(inIt.map((e) => ruleName(e.rule, language)))].join(', ');
        return (
          <button
            key={bucket}
            type="button"
            tabIndex={-1}
            className={`strip-mark hunk-${first.rule.split('.')[0] ?? 'other'} hunk-${first.state}`}
            style={{ top: `${(bucket / BUCKETS) * 100}%` }}
            title={t('strip.mark', { n: inIt.length, rules: names })}
            data-edit-id={first.id}
            onClick={() => onJump(first.id)}
          />
        );
      })}
    </div>
  );
});
