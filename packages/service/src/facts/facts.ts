import { changedRegion, corroborationKey, reanchor, topicKey } from '@winnow/facts';
import type { ExtractedFact } from '@winnow/facts';
import type { FactStatus, NewFact, Store } from '@winnow/store';

/**
 * Facts at the service: extracted from the cleaned text when an article is stored,
 * re-anchored when that text changes, and shown with what other articles say.
 */
type FactFields = Omit<NewFact, 'articleId' | 'corroborationKey' | 'topicKey' | 'status'> & {
  status?: FactStatus;
};

/** What the store keeps of an extracted (or imported) fact, with its grouping keys. */
export function newFactRow(articleId: number, fact: FactFields): NewFact {
  return { articleId, ...factOfArticle(fact) };
}

/** The same, before the article has an id (an import's workers). */
export function factOfArticle(fact: FactFields): Omit<NewFact, 'articleId'> {
  return {
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

/** `cleaned`: the article's cleaned text as stored, which gives most facts their context back. */
export function storeFacts(
  store: Store,
  articleId: number,
  facts: readonly ExtractedFact[],
  cleaned?: string,
): void {
  store.facts.insertMany(
    articleId,
    facts.map((fact) => newFactRow(articleId, fact)),
    cleaned,
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
  return reanchorAround(
    store,
    articleId,
    region,
    (from, to) => (from === undefined ? after : after.slice(from, to)),
    before.slice(region.start, region.oldEnd),
  );
}

type Region = ReturnType<typeof changedRegion>;
type Anchored = { start: number; end: number; quote: string; prefix: string; suffix: string };

/**
 * Characters [from, to) of the text before a change, read from the text after it: the
 * stored text has changed, and facts whose context the row does not hold read it there.
 */
function textBefore(region: Region, removed: string, text: (from: number, to: number) => string) {
  const delta = region.newEnd - region.oldEnd;
  return (from: number, to: number): string => {
    const head = from < region.start ? text(from, Math.min(to, region.start)) : '';
    const middle = removed.slice(
      Math.max(0, from - region.start),
      Math.max(0, Math.min(to, region.oldEnd) - region.start),
    );
    const tail = to > region.oldEnd ? text(Math.max(from, region.oldEnd) + delta, to + delta) : '';
    return head + middle + tail;
  };
}

/**
 * The same, for a change already known: [region.start, region.oldEnd) of the old text is
 * [region.start, region.newEnd) of the new one, and was `removed`. `text` reads the new
 * text, whole or [from, to). A fact beside the change is first looked for where it was, in the stretch
 * around the facts beside it; only one that moved away is looked for in the whole text.
 */
export function reanchorAround(
  store: Store,
  articleId: number,
  region: Region,
  text: (from?: number, to?: number) => string,
  removed: string,
) {
  const from = region.start - CONTEXT;
  const to = region.oldEnd + CONTEXT;
  // Read before the shift: their old offsets are what the region is compared with, and
  // their contexts are read from the text as it was.
  const touched = store.facts.near(articleId, from, to, textBefore(region, removed, text));
  const delta = region.newEnd - region.oldEnd;
  store.facts.shiftFrom(articleId, to, delta);
  const { anchored, orphans } = store.facts.anchoredCounts(articleId);
  const counts = { position: anchored - touched.length, quote: 0, fuzzy: 0, orphan: orphans };
  if (touched.length === 0) return counts;
  // The stretch: CONTEXT either side of where the facts beside the change are now.
  const now = (end: number) => (end >= region.oldEnd ? end + delta : Math.min(end, region.newEnd));
  const lo = Math.max(0, Math.min(region.start, ...touched.map((f) => f.start!)) - CONTEXT);
  const hi = Math.max(region.newEnd, ...touched.map((f) => now(f.end!))) + CONTEXT;
  const stretch = text(lo, hi);
  const inStretch = {
    start: region.start - lo,
    oldEnd: region.oldEnd - lo,
    newEnd: region.newEnd - lo,
  };
  let whole: string | null = null;
  for (const fact of touched) {
    const anchor = {
      quote: fact.quote,
      start: fact.start!,
      end: fact.end!,
      prefix: fact.prefix,
      suffix: fact.suffix,
    };
    const near = reanchor(
      { ...anchor, start: anchor.start - lo, end: anchor.end - lo },
      stretch,
      stretch,
      inStretch,
    );
    let result: Anchored | null = null;
    if (near.method === 'position') {
      result = {
        start: near.start + lo,
        end: near.end + lo,
        quote: near.quote,
        ...context(stretch, near.start, near.end),
      };
      counts.position++;
    } else {
      whole ??= text();
      // The old text is only read to find the region, which is given.
      const far = reanchor(anchor, whole, whole, region);
      counts[far.method]++;
      if (far.method !== 'orphan')
        result = {
          start: far.start,
          end: far.end,
          quote: far.quote,
          ...context(whole, far.start, far.end),
        };
    }
    if (result) store.facts.relocate(fact.id, result);
    else store.facts.markOrphan(fact.id, { prefix: fact.prefix, suffix: fact.suffix });
  }
  return counts;
}

function context(text: string, start: number, end: number) {
  return {
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}
