import { diffChars } from 'diff';
import { cleanedToRaw, editSegments, editsInForce, WinnowFailure } from '@winnow/contract';
import type { Decision, Segment } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { actMany } from './decisions.ts';

/** One change of the cleaned text: [start, end) of the old text becomes `text`. */
type Change = { start: number; end: number; text: string };

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
    const inForce = editsInForce(store.edits.byArticle(articleId));
    const segments = editSegments(article.raw.length, inForce);
    const changes = mergeOverlapping(
      changesBetween(before, cleaned).map((c) => widen(c, before, segments)),
      before,
    );
    const ids = changes.map((change) =>
      store.edits.insert({
        articleId,
        start: cleanedToRaw(segments, change.start, 'start'),
        end: cleanedToRaw(segments, change.end, 'end'),
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
