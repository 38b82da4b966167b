import type { Edit } from '@winnow/contract';
import type { EditRow } from '@winnow/store';

type Span = { start: number; end: number };

/**
 * Whether two edits change the same stretch of the raw text: their spans share a
 * character, or one inserts strictly inside the other (an insertion where an edit starts
 * or ends is applied beside it, not covered).
 */
export function sameStretch(a: Span, b: Span): boolean {
  if (Math.max(a.start, b.start) < Math.min(a.end, b.end)) return true;
  const inside = (point: number, span: Span) => span.start < point && point < span.end;
  return (a.start === a.end && inside(a.start, b)) || (b.start === b.end && inside(b.start, a));
}

const decided = (e: EditRow) => e.state === 'accepted' || e.state === 'reverted';

/**
 * What an editor made of an article's text that a re-clean must not override unseen: the
 * edits they accepted or reverted, and their own edits (typed, removed by selection) in
 * force. A new edit of the cleaner over one of these stretches would cover the editor's
 * text, or undo their revert, without anyone seeing it: it is stored proposed instead.
 */
export function editorsStretches(old: readonly EditRow[]): EditRow[] {
  return old.filter((e) => decided(e) && (e.origin === 'pipeline' || e.state === 'accepted'));
}

/** The new edits split into those an editor's stretch holds (to review) and the others. */
export function splitByEditorsStretches(
  added: readonly Edit[],
  stretches: readonly Span[],
): { plain: Edit[]; toReview: Edit[] } {
  const plain: Edit[] = [];
  const toReview: Edit[] = [];
  for (const edit of added)
    (stretches.some((s) => sameStretch(s, edit)) ? toReview : plain).push(edit);
  return { plain, toReview };
}
