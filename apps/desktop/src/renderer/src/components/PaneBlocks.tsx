import { memo } from 'react';
import type { ReactNode } from 'react';
import type { ArticleEdit } from '@winnow/contract';
import { NOT_TEXT } from '../desk/selection.ts';
import type { Language, Translate } from '../i18n/index.ts';
import { rowCells } from './alignRows.ts';
import type { AlignedRow, RowBlock } from './alignRows.ts';
import { cleanedRows } from './CleanedRows.ts';
import { CLOSE_FOLD, OPEN_FOLD } from './folds.ts';
import { rawRows } from './RawWithEdits.tsx';

type Range = { start: number; end: number } | null;

/** Cells longer than this are laid out only near the screen (CSS content-visibility). */
const LONG_ROW = 400;

export type BlockProps = {
  side: 'raw' | 'cleaned';
  block: RowBlock;
  rows: readonly AlignedRow[];
  raw: string;
  cleaned: string;
  edits: ArticleEdit[];
  /** The edits in the order they take effect, sorted once for every block. */
  ordered: readonly ArticleEdit[];
  /** The selected fact's quote, only when it runs through this block (else null). */
  factRange: Range;
  factCleaned: Range;
  /** A fold: whether it is open, and whether its hidden lines are in the page yet. */
  open: boolean;
  body: boolean;
  /**
   * Rows before this one are laid out as they are, even when long: they are the first
   * screen, drawn in the article's first frame, and a row left to be laid out near the
   * screen cost that frame a second round of layout once the page found it on screen.
   */
  eagerUntil: number;
  t: Translate;
  language: Language;
};

/**
 * One stretch of rows (or one fold) of one pane. Each is drawn once and kept: a long
 * article's rows come in several tasks, and a block already drawn is not drawn again
 * when more arrive or when a fact elsewhere is selected.
 */
export const PaneBlock = memo(function PaneBlock(props: BlockProps) {
  const { block } = props;
  if (block.kind === 'rows') return <Rows {...props} />;
  return <Fold {...props} />;
});

/** Only blank text: no line to show beside the other side's (a filler), unless both are. */
function blank(content: ReactNode[] | undefined): boolean {
  return (content ?? []).every((piece) => typeof piece === 'string' && piece.trim() === '');
}

function Rows(props: BlockProps) {
  const { rows, block, side } = props;
  const slice = rows.slice(block.from, block.to);
  // Both sides' pieces: a side shows a filler where it is blank and the other is not.
  const rawParts = rawRows(props, slice, props.ordered);
  const cleanedParts = cleanedRows(props.cleaned, slice, props.factCleaned);
  const [parts, other] = side === 'raw' ? [rawParts, cleanedParts] : [cleanedParts, rawParts];
  const cells: ReactNode[] = [];
  // A changed row is a cell beside its other side; a run of unchanged rows is one cell.
  for (const cell of rowCells(rows, block.from, block.to)) {
    const content: ReactNode[] = [];
    let chars = 0;
    let lines = 0;
    for (let i = cell.from; i < cell.to; i++) {
      const row = rows[i] as AlignedRow;
      const [start, end] =
        side === 'raw' ? [row.rawStart, row.rawEnd] : [row.cleanedStart, row.cleanedEnd];
      content.push(...(parts[i - block.from] ?? []));
      chars += end - start;
      lines += Math.max(1, Math.ceil((end - start) / 60));
    }
    const single = cell.to - cell.from === 1;
    const filler = single && blank(content) && !blank(other[cell.from - block.from]);
    // Only a single long row is left unlaid-out off screen, as before: a run of unchanged
    // rows is at most a few short lines (longer runs fold away), and a guessed height for
    // it would only move the scroll positions away from the real ones.
    const long = single && chars > LONG_ROW && cell.from >= props.eagerUntil;
    cells.push(
      <span
        key={cell.from}
        className={`row${filler ? ' filler' : ''}${long ? ' long' : ''}`}
        style={long ? { containIntrinsicBlockSize: `auto ${lines * 1.7}em` } : undefined}
      >
        {content}
      </span>,
    );
  }
  return <>{cells}</>;
}

const notText = { [NOT_TEXT]: '' };

function Fold(props: BlockProps) {
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
        {props.body && <Rows {...props} />}
      </span>
    </span>
  );
}
