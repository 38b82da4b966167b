import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { WinnowFailure } from '@winnow/contract';
import type { RecleanReport } from '@winnow/contract';
import type { EditRow, Store } from '@winnow/store';
import { cleanArticle, isCleaningWarning, PIPELINE_VERSION, readArticle } from '@winnow/text';
import { cleaningOptionsOf } from './cleaningOptions.ts';
import { rebuildCleaned } from './cleanedText.ts';

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
 * the same change in the new list; manual edits stay; the cleaned text is rebuilt and
 * every fact re-anchored on it (or shown as an orphan). All in one transaction.
 */
export function recleanArticle(store: Store, articleId: number): RecleanReport {
  const article = store.articles.get(articleId);
  if (!article)
    throw new WinnowFailure('not_found', `There is no article ${articleId} in this corpus.`);
  const old = store.edits.byArticle(articleId);
  const decided = new Map(
    old
      .filter((e) => e.origin === 'pipeline' && (e.state === 'accepted' || e.state === 'reverted'))
      .map((e) => [sameChange(e), e.state]),
  );
  const mainText = mainTextOf(article.sourcePath, article.sha256, article.raw);
  const fresh = cleanArticle(article.raw, { mainText, ...cleaningOptionsOf(store) });
  const fromPage = (e: EditRow) => e.rule === 'chrome.outside-article';
  let kept = 0;
  const edits = fresh.edits.map((edit) => {
    const state = decided.get(sameChange(edit));
    if (state) kept++;
    return { ...edit, state: state ?? edit.state };
  });
  // Without the page, what its extractor left out cannot be found again: those edits stay.
  const carried =
    mainText === null ? old.filter((e) => e.origin === 'pipeline' && fromPage(e)) : [];
  const manual = old.filter((e) => e.origin === 'manual');
  return store.transaction(() => {
    store.edits.removePipelineEdits(articleId);
    store.edits.insertPipeline(articleId, [...edits, ...carried], PIPELINE_VERSION);
    // The file's own warnings (its encoding) stay; the cleaner's are found again.
    store.articles.setWarnings(articleId, [
      ...article.warnings.filter((w) => !isCleaningWarning(w)),
      ...fresh.warnings,
    ]);
    const anchored = rebuildCleaned(store, articleId);
    // Unchanged text: every fact is where it was.
    const facts = anchored ?? {
      position: store.facts.byArticle(articleId).length,
      quote: 0,
      fuzzy: 0,
      orphan: 0,
    };
    return {
      articleId,
      pipelineVersion: PIPELINE_VERSION,
      edits: {
        before: old.length,
        after: edits.length + carried.length + manual.length,
        decisionsKept: kept,
      },
      cleanedChanged: anchored !== null,
      facts,
    };
  });
}
