import { diffChars } from 'diff';
import { WinnowFailure } from '@winnow/contract';
import type { Decision } from '@winnow/contract';
import type { EditRow, Store } from '@winnow/store';
import { actMany } from './decisions.ts';
import { inTextOrder, IN_TEXT } from './cleanedText.ts';

/** A stretch of the cleaned text and where it came from in the raw text. */
type Segment = { cStart: number; cEnd: number; rStart: number; rEnd: number; verbatim: boolean };

/** One change of the cleaned text: [start, end) of the old text becomes `text`. */
type Change = { start: number; end: number; text: string };

/** How the edits in force cut the cleaned text into raw-text copies and replacements. */
export function segmentsOf(raw: string, inForce: readonly EditRow[]): Segment[] {
  const segments: Segment[] = [];
  let r = 0;
  let c = 0;
  for (const edit of inForce) {
    if (edit.start < r) continue; // covered by an earlier edit, as applyEdits skips it
    if (edit.start > r) {
      segments.push({
        cStart: c,
        cEnd: c + edit.start - r,
        rStart: r,
        rEnd: edit.start,
        verbatim: true,
      });
      c += edit.start - r;
    }
    const length = edit.replacement.length;
    segments.push({
      cStart: c,
      cEnd: c + length,
      rStart: edit.start,
      rEnd: edit.end,
      verbatim: false,
    });
    c += length;
    r = edit.end;
  }
  segments.push({
    cStart: c,
    cEnd: c + raw.length - r,
    rStart: r,
    rEnd: raw.length,
    verbatim: true,
  });
  return segments;
}

/** The contiguous changes between two versions of the cleaned text (jsdiff, by character). */
function changesBetween(before: string, after: string): Change[] {
  const changes: Change[] = [];
  let at = 0;
  let open: Change | null = null;
  for (const part of diffChars(before, after)) {
    if (!part.added && !part.removed) {
      if (open) changes.push(open);
      open = null;
      at += part.value.length;
      continue;
    }
    open ??= { start: at, end: at, text: '' };
    if (part.removed) {
      at += part.value.length;
      open.end = at;
    } else open.text += part.value;
  }
  if (open) changes.push(open);
  return changes;
}

/**
 * A change that touches a cleaner's replacement takes the whole replacement in, so the
 * manual edit covers whole edits and the raw text it replaces is well defined.
 */
function widen(change: Change, before: string, segments: readonly Segment[]): Change {
  let { start, end } = change;
  for (const s of segments) {
    if (s.verbatim) continue;
    const touches =
      start === end ? s.cStart < start && start < s.cEnd : start < s.cEnd && end > s.cStart;
    if (!touches) continue;
    start = Math.min(start, s.cStart);
    end = Math.max(end, s.cEnd);
  }
  return {
    start,
    end,
    text: before.slice(start, change.start) + change.text + before.slice(change.end, end),
  };
}

/** Changes that came to overlap once widened become one. */
function mergeOverlapping(changes: Change[], before: string): Change[] {
  const merged: Change[] = [];
  for (const change of changes) {
    const last = merged[merged.length - 1];
    if (last && change.start < last.end) {
      last.text += before.slice(last.end, change.start) + change.text;
      last.end = Math.max(last.end, change.end);
    } else merged.push({ ...change });
  }
  return merged;
}

/** Where a cleaned-text offset falls in the raw text; `side` picks the edge of a replacement. */
function rawOffset(segments: readonly Segment[], c: number, side: 'start' | 'end'): number {
  for (const s of segments) {
    if (s.verbatim && s.cStart <= c && c <= s.cEnd) return s.rStart + (c - s.cStart);
    if (!s.verbatim && c === s.cStart && side === 'start') return s.rStart;
    if (!s.verbatim && c === s.cEnd && side === 'end') return s.rEnd;
  }
  const last = segments[segments.length - 1];
  return last ? last.rEnd : 0;
}

/**
 * The editor typed their own version of the cleaned text. Each changed stretch becomes a
 * manual edit on the raw text (rule `manual`), and all of them are accepted in one
 * decision, so one undo takes the whole change back and the facts are re-anchored.
 */
export function editCleaned(
  store: Store,
  articleId: number,
  cleaned: string,
  editor: string,
): Decision | null {
  const article = store.articles.get(articleId);
  if (!article)
    throw new WinnowFailure('not_found', `There is no article ${articleId} in this corpus.`);
  const before = article.cleaned;
  if (cleaned === before) return null;
  return store.transaction(() => {
    const inForce = inTextOrder(
      store.edits.byArticle(articleId).filter((e) => IN_TEXT.has(e.state)),
    );
    const segments = segmentsOf(article.raw, inForce);
    const changes = mergeOverlapping(
      changesBetween(before, cleaned).map((c) => widen(c, before, segments)),
      before,
    );
    const ids = changes.map((change) =>
      store.edits.insert({
        articleId,
        start: rawOffset(segments, change.start, 'start'),
        end: rawOffset(segments, change.end, 'end'),
        replacement: change.text,
        rule: 'manual',
        reason: `Edited by hand by ${editor}.`,
        confidence: 1,
        // Born reverted and accepted by the decision below, so undo has a state to return to.
        state: 'reverted',
        origin: 'manual',
        pipelineVersion: null,
      }),
    );
    const decision = actMany(store, editor, 'edit.states', ids, 'accepted');
    const now = store.articles.get(articleId);
    if (now && now.cleaned !== cleaned)
      throw new WinnowFailure(
        'internal',
        `The manual edit of article ${articleId} did not reproduce the editor's text; nothing was saved.`,
      );
    return decision;
  });
}
