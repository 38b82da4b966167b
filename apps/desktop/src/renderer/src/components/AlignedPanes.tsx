import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, RefObject } from 'react';
import type { ArticleEdit, Segment } from '@winnow/contract';
import { inForceOrder } from '@winnow/contract';
import type { Language, Translate } from '../i18n/index.ts';
import { alignRows, foldRows, rowCells } from './alignRows.ts';
import type { AlignedRow, RowBlock } from './alignRows.ts';
import { afterPaint } from '../desk/afterPaint.ts';
import { CLOSE_FOLD, OPEN_FOLD, PANES_DRAWN } from './folds.ts';
import { PaneBlock } from './PaneBlocks.tsx';

type Range = { start: number; end: number } | null;

type Props = {
  raw: string;
  cleaned: string;
  edits: ArticleEdit[];
  segments: Segment[];
  /** The selected fact's quote in the raw text and in the cleaned text. */
  factRange: Range;
  factCleaned: Range;
  rawRef: RefObject<HTMLPreElement | null>;
  cleanedRef: RefObject<HTMLPreElement | null>;
  scrollerRef: RefObject<HTMLDivElement | null>;
  onHunk: (event: React.FocusEvent | React.MouseEvent) => void;
  t: Translate;
  language: Language;
};

/**
 * The first frame draws rows until about this many characters of the raw text, or 60 rows:
 * more than the panes show at their tallest (~45 lines of ~90 characters), so the screen
 * is full, and no more, so a long article is on screen as soon as a short one. The rest
 * follows a moment later.
 */
const FIRST_CHARS = 5000;
const FIRST_ROWS = 60;

/** How many rows the first frame draws: a folded stretch costs one line, not its text. */
function firstRows(rows: readonly AlignedRow[], blocks: readonly RowBlock[]): number {
  let chars = 0;
  for (const block of blocks) {
    if (block.from >= FIRST_ROWS) return FIRST_ROWS;
    if (block.kind === 'fold') continue;
    for (let i = block.from; i < block.to; i++) {
      const row = rows[i] as AlignedRow;
      chars += Math.max(row.rawEnd - row.rawStart, row.cleanedEnd - row.cleanedStart, 60);
      if (chars > FIRST_CHARS || i + 1 >= FIRST_ROWS) return i + 1;
    }
  }
  return rows.length;
}

/** Each later piece: rows up to about this many more characters, one task each. */
const PIECE_CHARS = 40_000;

/** Where the next piece of rows ends. */
function moreRows(rows: readonly AlignedRow[], drawn: number): number {
  let chars = 0;
  let i = drawn;
  while (i < rows.length && chars < PIECE_CHARS) {
    const row = rows[i] as AlignedRow;
    chars += Math.max(row.rawEnd - row.rawStart, row.cleanedEnd - row.cleanedStart, 60);
    i++;
  }
  return i;
}

/**
 * The raw text and the cleaned text in one scroller, each cleaned line in the same grid
 * row as the raw line it came from: the taller side sets the row's height, so wrapped
 * lines stay aligned, and a row the cleaner removed shows a filler on the cleaned side.
 * Long unchanged stretches fold away behind a button; their text stays in the page
 * (hidden), so find and selections count it.
 */
export const AlignedPanes = memo(function AlignedPanes(props: Props) {
  const { raw, cleaned, edits, segments, factRange, factCleaned, t, language } = props;
  const rows = useMemo(
    () => alignRows(raw, cleaned, segments, edits),
    [raw, cleaned, segments, edits],
  );
  const blocks = useMemo(() => foldRows(rows), [rows]);
  const ordered = useMemo(() => inForceOrder(edits), [edits]);
  // A new article (the panes are keyed by it) starts with one screen of rows; after the
  // frame that paints them, the rest in pieces, one task each, so the page never freezes
  // for a long article. Reloads after a decision draw everything at once.
  const [firstLimit] = useState(() => firstRows(rows, blocks));
  const [limit, setLimit] = useState(firstLimit);
  const complete = limit >= rows.length;
  useEffect(() => {
    if (complete) return;
    // As a transition: React draws the piece in slices and stands aside for anything
    // more urgent (a key, the next selection, the frame), so the rest of a long article
    // never holds up the page.
    return afterPaint(() => startTransition(() => setLimit((drawn) => moreRows(rows, drawn))));
  }, [complete, limit, rows]);
  const drawn = useMemo(
    () =>
      complete
        ? blocks
        : blocks
            .filter((block) => block.from < limit)
            .map((block) =>
              block.kind === 'rows' && block.to > limit ? { ...block, to: limit } : block,
            ),
    [blocks, complete, limit],
  );
  // Folds the editor opened, by where they start in the raw text (which never changes).
  const opened = useRef(new Set<string>());
  const { scrollerRef } = props;
  // Once everything is drawn, whatever searched the first rows searches again.
  useEffect(() => {
    if (complete) scrollerRef.current?.dispatchEvent(new Event(PANES_DRAWN, { bubbles: true }));
  }, [complete, scrollerRef]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const toggle = (open: boolean) => (event: Event) => {
      const key = String((event as CustomEvent).detail);
      if (open) opened.current.add(key);
      else opened.current.delete(key);
      for (const group of scroller.querySelectorAll(`.fold-group[data-fold="${key}"]`))
        group.classList.toggle('open', open);
    };
    const [open, close] = [toggle(true), toggle(false)];
    scroller.addEventListener(OPEN_FOLD, open);
    scroller.addEventListener(CLOSE_FOLD, close);
    return () => {
      scroller.removeEventListener(OPEN_FOLD, open);
      scroller.removeEventListener(CLOSE_FOLD, close);
    };
  }, [scrollerRef]);

  // The selected fact's quote is brought into view (its fold is open: see below).
  useEffect(() => {
    if (!factCleaned) return;
    scrollerRef.current
      ?.querySelector('[data-testid="fact-mark"]')
      ?.scrollIntoView({ block: 'center' });
  }, [factCleaned, scrollerRef]);

  // Each pane spans as many of the scroller's rows as it has cells drawn: a first frame
  // of one screen lays out that many grid tracks, not the whole article's thousands.
  const cells = drawn.reduce(
    (n, block) =>
      n +
      (block.kind === 'rows'
        ? rowCells(rows, block.from, block.to).length
        : 1 + (block.to <= limit ? rowCells(rows, block.from, block.to).length : 0)),
    0,
  );
  const side = (which: 'raw' | 'cleaned') =>
    drawn.map((block) => {
      const first = rows[block.from] as AlignedRow;
      const last = rows[block.to - 1] as AlignedRow;
      // The fact's quote goes only to the blocks it runs through: the others stay as drawn.
      const rawFact = overlaps(factRange, first.rawStart, last.rawEnd) ? factRange : null;
      const cleanedFact = overlaps(factCleaned, first.cleanedStart, last.cleanedEnd)
        ? factCleaned
        : null;
      const body = block.kind === 'fold' && block.to <= limit;
      return (
        <PaneBlock
          key={block.from}
          side={which}
          block={block}
          rows={rows}
          raw={raw}
          cleaned={cleaned}
          edits={edits}
          ordered={ordered}
          factRange={rawFact}
          factCleaned={cleanedFact}
          open={
            block.kind === 'fold' &&
            (rawFact !== null || opened.current.has(String(first.rawStart)))
          }
          body={body}
          eagerUntil={firstLimit}
          t={t}
          language={language}
        />
      );
    });
  const rawSide = side('raw');
  const cleanedSide = side('cleaned');
  const span: CSSProperties = { gridRow: `1 / span ${cells}` };
  return (
    <div ref={scrollerRef} className="pane-scroller" data-testid="aligned-panes" tabIndex={-1}>
      {/* Rendered as text, never as HTML: articles come from the open web. */}
      <pre
        ref={props.rawRef}
        className="pane-column raw-text"
        data-testid="raw-text"
        role="region"
        aria-label={t('article.rawText')}
        style={span}
        onFocus={props.onHunk}
        onMouseOver={props.onHunk}
      >
        {rawSide}
      </pre>
      <pre
        ref={props.cleanedRef}
        className="pane-column cleaned-text"
        data-testid="cleaned-text"
        role="region"
        aria-label={t('article.cleanedText')}
        style={span}
      >
        {cleanedSide}
      </pre>
    </div>
  );
});

/** Whether a quote runs through [from, to). */
function overlaps(range: Range, from: number, to: number): boolean {
  return range !== null && range.start < to && range.end > from;
}
