import { diffChars } from 'diff';
import {
  defaultConfidence,
  editorEditSpans,
  editsInForce,
  RULE,
  textDigest,
  WinnowFailure,
} from '@winnow/contract';
import type { CleanedTextChange, Decision, RuleId } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { acceptRemoval } from './removals.ts';

/** The contiguous changes between two versions of the cleaned text (jsdiff, by character). */
function changesBetween(before: string, after: string): CleanedTextChange[] {
  const changes: CleanedTextChange[] = [];
  let at = 0;
  let open: CleanedTextChange | null = null;
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
 * The refusal of an edit made on a version of the article's text that another editor (or
 * a re-clean) has changed since: theirs stands, and the message says whose it was.
 */
export function textChangedSince(store: Store, articleId: number, what: string): WinnowFailure {
  const last = store.decisions.forArticle(articleId).at(-1);
  const by = last ? ` (last by ${last.editor}, ${last.at})` : '';
  return new WinnowFailure(
    'conflict',
    `${what}: the text of article ${articleId} changed since your desk showed it${by}. Look at it again and redo your change.`,
    last ? { by: { editor: last.editor, at: last.at, decision: last.id } } : undefined,
  );
}

/**
 * Stores changes of the cleaned text as editor's edits on the raw text, born reverted
 * (the decision that accepts them gives undo a state to return to). A change that
 * touches a cleaner's replacement takes it in whole. Returns the new edits' ids.
 */
export function insertEditorEdits(
  store: Store,
  article: { id: number; raw: string; cleaned: string },
  changes: readonly CleanedTextChange[],
  rule: RuleId,
  reason: string,
): number[] {
  const inForce = editsInForce(store.edits.byArticle(article.id));
  return editorEditSpans(article.raw.length, inForce, article.cleaned, changes).map((span) =>
    store.edits.insert({
      articleId: article.id,
      ...span,
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
  /** textDigest of the cleaned text the editor began from, when the desk knows it. */
  seen?: string,
): Decision | null {
  // Read with the write lock held: another process's change cannot land in between.
  return store.transaction(() => {
    const article = store.articles.get(articleId);
    if (!article)
      throw new WinnowFailure('not_found', `There is no article ${articleId} in this corpus.`);
    if (seen !== undefined && textDigest(article.cleaned) !== seen)
      throw textChangedSince(store, articleId, 'Not saved');
    if (cleaned === article.cleaned) return null;
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
