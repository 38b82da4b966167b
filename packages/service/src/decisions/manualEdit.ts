import { diffChars } from 'diff';
import {
  cleanedToRaw,
  defaultConfidence,
  editSegments,
  editsInForce,
  RULE,
  WinnowFailure,
} from '@winnow/contract';
import type { Decision, RuleId, Segment } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { acceptRemoval } from './removals.ts';

/** One change of the cleaned text: [start, end) of the old text becomes `text`. */
export type Change = { start: number; end: number; text: string };

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
 * Stores changes of the cleaned text as editor's edits on the raw text, born reverted
 * (the decision that accepts them gives undo a state to return to). A change that
 * touches a cleaner's replacement takes it in whole. Returns the new edits' ids.
 */
export function insertEditorEdits(
  store: Store,
  article: { id: number; raw: string; cleaned: string },
  changes: readonly Change[],
  rule: RuleId,
  reason: string,
): number[] {
  const inForce = editsInForce(store.edits.byArticle(article.id));
  const segments = editSegments(article.raw.length, inForce);
  const merged = mergeOverlapping(
    changes.map((c) => widen(c, article.cleaned, segments)),
    article.cleaned,
  );
  return merged.map((change) =>
    store.edits.insert({
      articleId: article.id,
      start: cleanedToRaw(segments, change.start, 'start'),
      end: cleanedToRaw(segments, change.end, 'end'),
      replacement: change.text,
      rule,
      reason,
      confidence: defaultConfidence(rule),
      state: 'reverted',
      origin: 'manual',
      pipelineVersion: null,
    }),
  );
}

/**
 * The editor typed their own version of the cleaned text. Each changed stretch becomes a
 * manual edit on the raw text (rule `manual`), and all of them are accepted in one
 * decision, so one undo takes the whole change back and the facts are re-anchored. Facts
 * quoted from text the editor deleted are dropped with it (undo brings them back).
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
  if (cleaned === article.cleaned) return null;
  return store.transaction(() => {
    const changes = changesBetween(article.cleaned, cleaned);
    const ids = insertEditorEdits(
      store,
      article,
      changes,
      RULE.manual,
      `Edited by hand by ${editor}.`,
    );
    const deleted = changes.filter((c) => c.text === '');
    const decision = acceptRemoval(store, editor, articleId, ids, deleted);
    const now = store.articles.get(articleId);
    if (now && now.cleaned !== cleaned)
      throw new WinnowFailure(
        'internal',
        `The manual edit of article ${articleId} did not reproduce the editor's text; nothing was saved.`,
      );
    return decision;
  });
}
