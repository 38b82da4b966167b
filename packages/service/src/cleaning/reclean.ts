import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { RULE, WinnowFailure } from '@winnow/contract';
import type { Edit, RecleanReport } from '@winnow/contract';
import type { EditRow, Store } from '@winnow/store';
import { cleanArticle, isCleaningWarning, PIPELINE_VERSION, readArticle } from '@winnow/text';
import { cleaningOptionsOf } from './cleaningOptions.ts';
import { rebuildCleaned } from './cleanedText.ts';
import { editorsStretches, sameStretch, splitByEditorsStretches } from './editorsStretches.ts';
import { rederiveTitle } from './taught.ts';

const decided = (e: EditRow) => e.state === 'accepted' || e.state === 'reverted';

const sameChange = (e: { start: number; end: number; rule: string; replacement: string }) =>
  `${e.start}|${e.end}|${e.rule}|${e.replacement}`;

/**
 * The article body a web page's extractor found, if the source file is still there as it
 * was and still reads into the same raw text. An article imported before the page reader
 * changed has a raw text the new extractor's lines cannot be laid on; its outside-article
 * edits are then carried over as they are.
 */
function mainTextOf(path: string, sha256: string, raw: string): string | null {
  try {
    const bytes = readFileSync(path);
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) return null;
    const read = readArticle(bytes, basename(path));
    return read.raw === raw ? read.mainText : null;
  } catch {
    return null;
  }
}

/**
 * Cleans an article again with the current pipeline (after an upgrade, or after the spam
 * list changed). An editor's decision on an edit — accepted or reverted — carries over to
 * the same change in the new list, and the same change keeps its edit's id (decisions, and
 * so undo, name edits by id); a decided edit the new list no longer makes stays as decided;
 * manual edits stay. A new edit over a stretch an editor decided or typed is stored
 * proposed, not applied, and the report names it (editorsStretches.ts): a re-clean never
 * changes an editor's text unseen. The cleaned text is rebuilt and every
 * fact re-anchored on it (or shown as an orphan), and the title read again unless an
 * editor set it.
 *
 * The cleaning itself reads only the raw text and the corpus's options, so it runs before
 * the transaction; everything an editor may change meanwhile (edit states, the cleaned
 * text) is read inside it, with the write lock held: a decision made while the article
 * was being cleaned is kept, never overwritten.
 */
export function recleanArticle(store: Store, articleId: number): RecleanReport {
  const article = store.articles.get(articleId);
  if (!article)
    throw new WinnowFailure('not_found', `There is no article ${articleId} in this corpus.`);
  const mainText = mainTextOf(article.sourcePath, article.sha256, article.raw);
  const fresh = cleanArticle(article.raw, {
    mainText,
    ...cleaningOptionsOf(store, article.sourceName),
  });
  return store.transaction(() => {
    const current = store.articles.get(articleId);
    if (!current)
      throw new WinnowFailure('not_found', `There is no article ${articleId} in this corpus.`);
    const old = store.edits.byArticle(articleId);
    const oldPipeline = old.filter((e) => e.origin === 'pipeline');
    // Without the page, what its extractor left out cannot be found again: those edits stay.
    const fromPage = (e: EditRow) => e.rule === RULE.chromeOutsideArticle;
    const carried = mainText === null ? oldPipeline.filter(fromPage) : [];
    const unmatched = new Map<string, EditRow[]>();
    for (const edit of oldPipeline) {
      if (carried.includes(edit)) continue;
      const key = sameChange(edit);
      unmatched.set(key, [...(unmatched.get(key) ?? []), edit]);
    }
    let kept = 0;
    const added: Edit[] = [];
    const stretches = editorsStretches(old);
    const reviewIds: number[] = [];
    for (const edit of fresh.edits) {
      const match = unmatched.get(sameChange(edit))?.shift();
      if (!match) {
        added.push(edit);
        continue;
      }
      if (decided(match)) kept++;
      // Proposed because it fell on an editor's stretch: it waits for them, each re-clean.
      const waiting = match.state === 'proposed' && stretches.some((s) => sameStretch(s, match));
      if (waiting) reviewIds.push(match.id);
      const state = decided(match) ? match.state : waiting ? 'proposed' : edit.state;
      store.edits.renewPipeline(match.id, { ...edit, state }, PIPELINE_VERSION);
    }
    // An editor's decision on an edit the cleaner no longer makes stays as they made it
    // (undo still finds it); the others the new list replaces.
    let decidedGone = 0;
    for (const gone of unmatched.values())
      for (const edit of gone) {
        if (decided(edit)) decidedGone++;
        else store.edits.remove(edit.id);
      }
    kept += decidedGone;
    const { plain, toReview } = splitByEditorsStretches(added, stretches);
    store.edits.insertPipeline(articleId, plain, PIPELINE_VERSION);
    for (const edit of toReview)
      reviewIds.push(
        store.edits.insert({
          ...edit,
          articleId,
          state: 'proposed',
          origin: 'pipeline',
          pipelineVersion: PIPELINE_VERSION,
        }),
      );
    // The file's own warnings (its encoding) stay; the cleaner's are found again.
    store.articles.setWarnings(articleId, [
      ...current.warnings.filter((w) => !isCleaningWarning(w)),
      ...fresh.warnings,
    ]);
    const anchored = rebuildCleaned(store, articleId);
    rederiveTitle(store, articleId, fresh.title);
    // Unchanged text: every fact is where it was.
    const facts = anchored ?? {
      position: store.facts.byArticle(articleId).length,
      quote: 0,
      fuzzy: 0,
      orphan: 0,
    };
    const manual = old.filter((e) => e.origin === 'manual');
    return {
      articleId,
      pipelineVersion: PIPELINE_VERSION,
      edits: {
        before: old.length,
        after: fresh.edits.length + carried.length + manual.length + decidedGone,
        decisionsKept: kept,
        toReview: reviewIds,
      },
      cleanedChanged: anchored !== null,
      facts,
    };
  });
}
