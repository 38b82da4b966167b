import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, ReactNode, RefObject } from 'react';
import type { ArticleEdit, Segment } from '@winnow/contract';
import { NOT_TEXT } from '../desk/selection.ts';
import type { Language, Translate } from '../i18n/index.ts';
import { alignRows, foldRows } from './alignRows.ts';
import type { AlignedRow, RowBlock } from './alignRows.ts';
import { cleanedRows } from './CleanedRows.ts';
import { CLOSE_FOLD, OPEN_FOLD, PANES_DRAWN } from './folds.ts';
import { rawRows } from './RawWithEdits.tsx';

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

/** Rows longer than this are laid out only near the screen (CSS content-visibility). */
const LONG_ROW = 400;

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
  // A new article (the panes are keyed by it) starts with its first rows; after the frame
  // that paints them, everything. Reloads after a decision draw everything at once.
  const first = useMemo(() => firstRows(rows, blocks), [rows, blocks]);
  const [complete, setComplete] = useState(first >= rows.length);
  useEffect(() => {
    if (complete) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setComplete(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete]);
  // Each row's pieces, for the rows drawn so far.
  const upTo = useMemo(() => (complete ? rows : rows.slice(0, first)), [rows, complete, first]);
  const rawParts = useMemo(
    () => rawRows({ raw, edits, factRange, t, language }, upTo),
    [raw, edits, factRange, t, language, upTo],
  );
  const cleanedParts = useMemo(
    () => cleanedRows(cleaned, upTo, factCleaned),
    [cleaned, upTo, factCleaned],
  );
  const drawn = useMemo(
    () =>
      complete
        ? blocks
        : blocks
            .filter((block) => block.from < first)
            .map((block) =>
              block.kind === 'rows' ? { ...block, to: Math.min(block.to, first) } : block,
            ),
    [blocks, complete, first],
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
    const open = (event: Event) => {
      const key = String((event as CustomEvent).detail);
      opened.current.add(key);
      for (const group of scroller.querySelectorAll(`.fold-group[data-fold="${key}"]`))
        group.classList.add('open');
    };
    const close = (event: Event) => {
      const key = String((event as CustomEvent).detail);
      opened.current.delete(key);
      for (const group of scroller.querySelectorAll(`.fold-group[data-fold="${key}"]`))
        group.classList.remove('open');
    };
    scroller.addEventListener(OPEN_FOLD, open);
    scroller.addEventListener(CLOSE_FOLD, close);
    return () => {
      scroller.removeEventListener(OPEN_FOLD, open);
      scroller.removeEventListener(CLOSE_FOLD, close);
    };
  }, [scrollerRef]);

  // The selected fact's quote is brought into view (its fold is open: see isOpen).
  useEffect(() => {
    if (!factCleaned) return;
    scrollerRef.current
      ?.querySelector('[data-testid="fact-mark"]')
      ?.scrollIntoView({ block: 'center' });
  }, [factCleaned, scrollerRef]);

  const isOpen = (block: RowBlock) => {
    const first = rows[block.from] as AlignedRow;
    const last = rows[block.to - 1] as AlignedRow;
    const hasFact =
      factRange !== null && factRange.start < last.rawEnd && factRange.end > first.rawStart;
    return hasFact || opened.current.has(String(first.rawStart));
  };
  // Each pane spans as many of the scroller's rows as it has cells drawn: a first frame
  // of 60 rows lays out 60 grid tracks, not the whole article's thousands of empty ones.
  const cells = drawn.reduce(
    (n, block) =>
      n +
      (block.kind === 'rows' ? block.to - block.from : complete ? block.to - block.from + 1 : 1),
    0,
  );
  const span: CSSProperties = { gridRow: `1 / span ${cells}` };
  const side = (which: 'raw' | 'cleaned', parts: ReactNode[][], other: ReactNode[][]) =>
    drawn.map((block) =>
      block.kind === 'rows' ? (
        <Rows key={block.from} rows={rows} parts={parts} other={other} block={block} side={which} />
      ) : (
        <Fold
          key={block.from}
          rows={rows}
          parts={parts}
          other={other}
          block={block}
          side={which}
          open={isOpen(block)}
          complete={complete}
          t={t}
        />
      ),
    );
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
        {side('raw', rawParts, cleanedParts)}
      </pre>
      <pre
        ref={props.cleanedRef}
        className="pane-column cleaned-text"
        data-testid="cleaned-text"
        role="region"
        aria-label={t('article.cleanedText')}
        style={span}
      >
        {side('cleaned', cleanedParts, rawParts)}
      </pre>
    </div>
  );
});

type BlockProps = {
  rows: readonly AlignedRow[];
  parts: ReactNode[][];
  /** The other side's, to tell where this side has nothing beside its lines. */
  other: ReactNode[][];
  block: RowBlock;
  side: 'raw' | 'cleaned';
};

/** Only blank text: no line to show beside the other side's (a filler), unless both are. */
function blank(content: ReactNode[] | undefined): boolean {
  return (content ?? []).every((piece) => typeof piece === 'string' && piece.trim() === '');
}

function Rows({ rows, parts, other, block, side }: BlockProps) {
  const cells: ReactNode[] = [];
  for (let i = block.from; i < block.to; i++) {
    const row = rows[i] as AlignedRow;
    const [start, end] =
      side === 'raw' ? [row.rawStart, row.rawEnd] : [row.cleanedStart, row.cleanedEnd];
    const content = parts[i] ?? [];
    const filler = blank(content) && !blank(other[i]);
    const long = end - start > LONG_ROW;
    cells.push(
      <span
        key={i}
        className={`row${filler ? ' filler' : ''}${long ? ' long' : ''}`}
        style={
          long ? { containIntrinsicBlockSize: `auto ${guessHeight(end - start)}em` } : undefined
        }
      >
        {content}
      </span>,
    );
  }
  return <>{cells}</>;
}

/** About how tall a long row is before it is laid out: ~60 characters a line. */
function guessHeight(chars: number): number {
  return Math.ceil(chars / 60) * 1.7;
}

const notText = { [NOT_TEXT]: '' };

function Fold(props: BlockProps & { open: boolean; complete: boolean; t: Translate }) {
  const { rows, block, side, open, t } = props;
  const key = String((rows[block.from] as AlignedRow).rawStart);
  const n = block.to - block.from;
  return (
    <span className={`fold-group${open ? ' open' : ''}`} data-fold={key}>
      <span className="fold" {...notText}>
        <button
          type="button"
          className="fold-open"
          // One stop for the keyboard: the raw pane's button opens both sides.
          tabIndex={side === 'raw' ? 0 : -1}
          aria-hidden={side === 'cleaned' ? true : undefined}
          title={t('fold.open')}
          onClick={(event) => {
            const group = event.currentTarget.closest('.fold-group');
            group?.dispatchEvent(new CustomEvent(OPEN_FOLD, { bubbles: true, detail: key }));
            // The button goes with its fold: the keyboard stays in the panes.
            group?.closest<HTMLElement>('.pane-scroller')?.focus({ preventScroll: true });
          }}
        >
          {t('fold.lines', { n })}
        </button>
        {/* Shown instead while the fold is open: the lines can be folded away again. */}
        <button
          type="button"
          className="fold-close"
          tabIndex={side === 'raw' ? 0 : -1}
          aria-hidden={side === 'cleaned' ? true : undefined}
          title={t('fold.closeTitle')}
          onClick={(event) => {
            const group = event.currentTarget.closest('.fold-group');
            group?.dispatchEvent(new CustomEvent(CLOSE_FOLD, { bubbles: true, detail: key }));
            // The keyboard stays on the fold, now closed: Enter opens it again.
            const again = group?.querySelector<HTMLElement>('.fold-open');
            again?.focus({ preventScroll: true });
            again?.scrollIntoView({ block: 'nearest' });
          }}
        >
          {t('fold.close', { n })}
        </button>
      </span>
      <span className="fold-body">
        {/* Hidden until opened: its lines can wait for the rest of the article. */}
        {props.complete && <Rows {...props} />}
      </span>
    </span>
  );
}
