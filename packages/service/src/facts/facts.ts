import { changedRegion, corroborationKey, reanchor, topicKey } from '@winnow/facts';
import type { ExtractedFact } from '@winnow/facts';
import type { FactStatus, NewFact, Store } from '@winnow/store';

/**
 * Facts at the service: extracted from the cleaned text when an article is stored,
 * re-anchored when that text changes, and shown with what other articles say.
 */
/** What the store keeps of an extracted (or imported) fact, with its grouping keys. */
export function newFactRow(
  articleId: number,
  fact: Omit<NewFact, 'articleId' | 'corroborationKey' | 'topicKey' | 'status'> & {
    status?: FactStatus;
  },
): NewFact {
  return {
    articleId,
    kind: fact.kind,
    quote: fact.quote,
    start: fact.start,
    end: fact.end,
    prefix: fact.prefix,
    suffix: fact.suffix,
    value: fact.value,
    valueMax: fact.valueMax,
    unit: fact.unit,
    subject: fact.subject,
    corroborationKey: corroborationKey(fact),
    topicKey: topicKey(fact),
    qualifier: fact.qualifier,
    role: fact.role,
    speaker: fact.speaker,
    confidence: fact.confidence,
    extractor: fact.extractor,
    extractorVersion: fact.extractorVersion,
    ...(fact.status ? { status: fact.status } : {}),
  };
}

export function storeFacts(store: Store, articleId: number, facts: readonly ExtractedFact[]): void {
  store.facts.insertMany(
    articleId,
    facts.map((fact) => newFactRow(articleId, fact)),
  );
}

/** Characters of context kept either side of a quote (prefix and suffix). */
const CONTEXT = 32;

/**
 * The cleaned text changed from `before` to `after`: every fact finds its evidence again
 * (by position, by quote and context, fuzzily) or becomes an orphan the editor sees.
 *
 * The cost follows the change, not the article: the changed region is found once; facts
 * whose quote and context lie before it keep everything; those after it keep their quote
 * and context and move by the change's length in one statement; only the facts whose
 * span or context touches the region are read and anchored one by one.
 */
export function reanchorFacts(store: Store, articleId: number, before: string, after: string) {
  const region = changedRegion(before, after);
  const from = region.start - CONTEXT;
  const to = region.oldEnd + CONTEXT;
  // Read before the shift: their old offsets are what the region is compared with.
  const touched = store.facts.near(articleId, from, to);
  store.facts.shiftFrom(articleId, to, region.newEnd - region.oldEnd);
  const { anchored, orphans } = store.facts.anchoredCounts(articleId);
  const counts = { position: anchored - touched.length, quote: 0, fuzzy: 0, orphan: orphans };
  for (const fact of touched) {
    const result = reanchor(
      {
        quote: fact.quote,
        start: fact.start!,
        end: fact.end!,
        prefix: fact.prefix,
        suffix: fact.suffix,
      },
      before,
      after,
      region,
    );
    counts[result.method]++;
    if (result.method === 'orphan') store.facts.markOrphan(fact.id);
    else
      store.facts.relocate(fact.id, {
        start: result.start,
        end: result.end,
        quote: result.quote,
        prefix: after.slice(Math.max(0, result.start - CONTEXT), result.start),
        suffix: after.slice(result.end, result.end + CONTEXT),
      });
  }
  return counts;
}
