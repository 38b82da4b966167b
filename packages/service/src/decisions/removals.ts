import {
  applyEdits,
  editSegments,
  editsInForce,
  rawToCleaned,
  RULE,
  textDigest,
  WinnowFailure,
} from '@winnow/contract';
import type { Decision, ValidParams } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { blockEdits, PIPELINE_VERSION } from '@winnow/text';
import { titleAfter } from '../cleaning/cleanedText.ts';
import { factState } from './articleActions.ts';
import type { BlockMembership, FactState, Removal } from './articleActions.ts';
import { act } from './decisions.ts';
import { insertEditorEdits, textChangedSince } from './manualEdit.ts';

/** A stretch of the current cleaned text: [start, end). */
type Range = { start: number; end: number };

/** The rule an editor's removal is recorded under: its family says what the text was. */
const RULE_OF = {
  chrome: RULE.chromeByEditor,
  spam: RULE.spamByEditor,
  other: RULE.manual,
} as const;

/**
 * Accepts the editor's new edits in one decision that also drops every fact quoted from
 * the removed stretches (`removed`, in the cleaned text before the edits): rejected, and
 * without evidence, so none is left pending as an orphan. One undo brings back the text,
 * the facts' status and their evidence.
 */
export function acceptRemoval(
  store: Store,
  editor: string,
  articleId: number,
  editIds: readonly number[],
  removed: readonly Range[],
  block?: BlockMembership,
): Decision | null {
  if (editIds.length === 0 && !block) return null;
  const facts: Record<string, FactState> = {};
  for (const fact of store.facts.byArticle(articleId)) {
    const { anchor } = factState(fact);
    if (!anchor) continue;
    if (removed.some((r) => r.start < r.end && anchor.start < r.end && anchor.end > r.start))
      facts[String(fact.id)] = { status: 'rejected', anchor: null };
  }
  const edits: Record<string, 'accepted'> = {};
  for (const id of editIds) edits[String(id)] = 'accepted';
  const title = titleOnceRemoved(store, articleId, editIds);
  const after: Removal = {
    edits,
    facts,
    ...(block ? { block } : {}),
    ...(title !== undefined ? { title } : {}),
  };
  return act(store, editor, 'text.remove', articleId, after);
}

/**
 * The title the article will have once the edits are accepted, when it differs from the
 * present one (the title's own line is removed): the decision records it, so that undo
 * gives the old title back — rebuilding the text alone would keep the followed one, whose
 * line still stands. Undefined when the title stays.
 */
function titleOnceRemoved(
  store: Store,
  articleId: number,
  editIds: readonly number[],
): string | null | undefined {
  const article = store.articles.get(articleId);
  if (!article || article.title === null) return undefined;
  const accepting = new Set(editIds);
  const edits = store.edits
    .byArticle(articleId)
    .map((e) => (accepting.has(e.id) ? { ...e, state: 'accepted' as const } : e));
  const title = titleAfter(store, articleId, article, applyEdits(article.raw, editsInForce(edits)));
  return title === article.title ? undefined : title;
}

function articleOrFail(store: Store, id: number) {
  const article = store.articles.get(id);
  if (!article) throw new WinnowFailure('not_found', `There is no article ${id} in this corpus.`);
  return article;
}

/**
 * The editor selected a stretch (in either pane) and removed it as chrome, spam or other
 * text — or everything from there to the end. Recorded as an editor's edit with that
 * rule family; the facts quoted from it go with it.
 */
export function removeText(store: Store, p: ValidParams<'articles.removeText'>): Decision | null {
  // Read with the write lock held: another process's change cannot land in between.
  return store.transaction(() => removeTextNow(store, p));
}

function removeTextNow(store: Store, p: ValidParams<'articles.removeText'>): Decision | null {
  const article = articleOrFail(store, p.id);
  // The offsets were chosen on the text the desk showed; on another text they would take
  // out something the editor never selected.
  if (
    p.seen !== undefined &&
    (p.pane === 'raw' ? article.raw : article.cleaned).slice(p.start, p.end) !== p.seen
  )
    throw textChangedSince(store, p.id, 'Not removed');
  // The same characters at the same offsets may be another stretch of a changed text.
  if (p.seenCleaned !== undefined && textDigest(article.cleaned) !== p.seenCleaned)
    throw textChangedSince(store, p.id, 'Not removed');
  const segments = editSegments(article.raw.length, editsInForce(store.edits.byArticle(p.id)));
  let start = p.start;
  let end = p.end;
  if (p.pane === 'raw') {
    start = rawToCleaned(segments, Math.min(start, article.raw.length), 'start');
    end = rawToCleaned(segments, Math.min(end, article.raw.length), 'end');
  }
  if (p.toEnd) end = article.cleaned.length;
  start = Math.min(start, article.cleaned.length);
  end = Math.min(end, article.cleaned.length);
  if (end <= start)
    throw new WinnowFailure(
      'bad_request',
      'Nothing to remove there: the selection is empty or already removed by the cleaner.',
    );
  return store.transaction(() => {
    const change = { start, end, text: '' };
    const reason = p.toEnd
      ? `Removed from here to the end by ${p.editor}.`
      : `Removed as ${p.as === 'other' ? 'unwanted text' : p.as} by ${p.editor}.`;
    const ids = insertEditorEdits(store, article, [change], RULE_OF[p.as], reason);
    return acceptRemoval(store, p.editor, p.id, ids, [change]);
  });
}

/**
 * "Remove this block wherever it appears": the block joins the corpus's cleaning rules
 * (for this article's source, or every source) and is removed from this article now, as
 * the cleaner's edits an editor accepted; other articles lose it when cleaned again.
 */
export function removeBlock(store: Store, p: ValidParams<'articles.removeBlock'>): Decision | null {
  const article = articleOrFail(store, p.id);
  const source = p.scope === 'source' ? article.sourceName : null;
  if (p.scope === 'source' && source === null)
    throw new WinnowFailure(
      'bad_request',
      `Article ${p.id} has no source to limit the rule to; remove the block from the whole corpus instead.`,
    );
  const found = blockEdits(article.raw, [p.text]);
  if (found.length === 0)
    throw new WinnowFailure('bad_request', 'That block is not in the raw text of this article.');
  return store.transaction(() => {
    const segments = editSegments(article.raw.length, editsInForce(store.edits.byArticle(p.id)));
    const removed = found.map((e) => ({
      start: rawToCleaned(segments, e.start, 'start'),
      end: rawToCleaned(segments, e.end, 'end'),
    }));
    const ids = found.map((edit) =>
      store.edits.insert({
        ...edit,
        articleId: p.id,
        state: 'reverted',
        origin: 'pipeline',
        pipelineVersion: PIPELINE_VERSION,
      }),
    );
    const block = { text: p.text, source, articleId: p.id, on: true };
    return acceptRemoval(store, p.editor, p.id, ids, removed, block);
  });
}

/** Takes a block off the corpus's rules (or puts it back): a decision with undo. */
export function setBlock(store: Store, p: ValidParams<'blocks.set'>): Decision | null {
  const { text, source, articleId, on } = p;
  return act(store, p.editor, 'cleaning.block', articleId, { text, source, articleId, on });
}
