import { corroborationKey, reanchor, topicKey } from '@winnow/facts';
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

/**
 * The cleaned text changed from `before` to `after`: every fact finds its evidence again
 * (by position, by quote and context, fuzzily) or becomes an orphan the editor sees.
 */
export function reanchorFacts(store: Store, articleId: number, before: string, after: string) {
  const counts = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
  for (const fact of store.facts.byArticle(articleId)) {
    if (fact.start === null || fact.end === null) {
      counts.orphan++;
      continue;
    }
    const result = reanchor(
      {
        quote: fact.quote,
        start: fact.start,
        end: fact.end,
        prefix: fact.prefix,
        suffix: fact.suffix,
      },
      before,
      after,
    );
    counts[result.method]++;
    if (result.method === 'orphan') store.facts.markOrphan(fact.id);
    else
      store.facts.relocate(fact.id, {
        start: result.start,
        end: result.end,
        quote: result.quote,
        prefix: after.slice(Math.max(0, result.start - 32), result.start),
        suffix: after.slice(result.end, result.end + 32),
      });
  }
  return counts;
}
