import type { Fact, RelatedFact } from '@winnow/contract';
import { RELATED_LIMIT } from '@winnow/store';
import type { FactRow, RelatedFactRow, Store } from '@winnow/store';

/*
 * An article's facts as the contract gives them, with what corroborates or contradicts
 * each in other articles. Apart from facts.ts so that an export thread, which only reads
 * facts, does not load the extractors.
 */

/** Two reports share at least this many corroborated figures: they tell of the same event. */
const SAME_EVENT = 2;

const related = (row: RelatedFactRow): RelatedFact => ({
  articleId: row.articleId,
  factId: row.factId,
  title: row.title,
  language: row.language,
  quote: row.quote,
  value: row.value,
});

/**
 * How many corroborating or contradicting facts each fact lists in an export: enough to
 * cite and to follow; a figure quoted by thousands of articles does not repeat them all
 * in every record.
 */
export const EXPORT_RELATED_LIMIT = 3;

/**
 * Related facts by key, shared across the articles of one export: in a corpus where many
 * articles quote the same figures, each key is looked up once, not once per article.
 */
export class RelatedFactCache {
  private readonly entries = new Map<string, RelatedFactRow[]>();
  private readonly store: Store;
  private readonly capacity: number;
  private readonly limit: number;

  /** `limit`: how many related facts each fact lists (exports list fewer than the view). */
  constructor(store: Store, limit = RELATED_LIMIT, capacity = 20_000) {
    this.store = store;
    this.limit = limit;
    this.capacity = capacity;
  }

  /** Up to `limit` facts with the key, none from `articleId`. */
  get(column: 'corroboration' | 'topic', key: string, articleId: number): RelatedFactRow[] {
    const cacheKey = `${column}\u0000${key}`;
    let rows = this.entries.get(cacheKey);
    if (!rows) {
      // Enough that dropping this article's own facts still leaves a full list.
      rows = this.store.facts.withKey(column, key, this.limit * 2 + 1);
      if (this.entries.size >= this.capacity) this.entries.clear();
      this.entries.set(cacheKey, rows);
    }
    return rows.filter((row) => row.articleId !== articleId).slice(0, this.limit);
  }
}

/**
 * How many related facts each fact of an opened article lists. A figure quoted across a
 * large corpus would otherwise send thousands of rows with every article; the editor asks
 * for the whole list of one fact with `facts.related`.
 */
export const VIEW_RELATED_LIMIT = 3;

/** `cache` null: the facts without what corroborates or contradicts them (not looked up). */
export function loadFacts(
  store: Store,
  articleId: number,
  cache: RelatedFactCache | null = new RelatedFactCache(store),
  listed = RELATED_LIMIT,
  /** Tag names by fact id, when the caller wants them in the facts. */
  tags?: Map<number, string[]>,
  /** The article's cleaned text, when the caller has it: the facts' contexts are read there. */
  cleaned?: string,
): Fact[] {
  const rows = store.facts.byArticle(articleId, cleaned);
  if (cache === null) return rows.map((row) => toFact(row, tags?.get(row.id)));
  // One list per key for the whole article: a figure repeated a hundred times shares it.
  const agreeing = new Map<string, RelatedFact[]>();
  // Which other articles report the same event: they corroborate several of our figures.
  const shared = new Map<number, Set<string>>();
  for (const row of rows) {
    const key = row.corroborationKey;
    if (!key || row.status === 'rejected' || agreeing.has(key)) continue;
    const found = cache.get('corroboration', key, articleId);
    agreeing.set(key, found.map(related));
    for (const other of found) {
      const keys = shared.get(other.articleId) ?? new Set<string>();
      keys.add(key);
      shared.set(other.articleId, keys);
    }
  }
  const sameEvent = new Set(
    [...shared].filter(([, keys]) => keys.size >= SAME_EVENT).map(([id]) => id),
  );
  const disagreeing = new Map<string, RelatedFact[]>();
  const contradicting = (row: FactRow): RelatedFact[] => {
    if (!row.topicKey || sameEvent.size === 0 || row.status === 'rejected') return [];
    const memo = `${row.topicKey}\u0000${String(row.value)}`;
    let list = disagreeing.get(memo);
    if (!list) {
      list = cache
        .get('topic', row.topicKey, articleId)
        .filter((other) => sameEvent.has(other.articleId) && other.value !== row.value)
        .map(related);
      disagreeing.set(memo, list);
    }
    return list;
  };
  // One list per key, cut to `listed` once and shared by every fact with that key.
  const listedAgreeing = new Map<string, RelatedFact[]>();
  for (const [key, list] of agreeing) listedAgreeing.set(key, list.slice(0, listed));
  return rows.map((row) => {
    const fact = toFact(row, tags?.get(row.id));
    fact.corroboratedBy =
      row.corroborationKey && row.status !== 'rejected'
        ? (listedAgreeing.get(row.corroborationKey) ?? [])
        : [];
    const contradicted = contradicting(row);
    fact.contradictedBy =
      contradicted.length > listed ? contradicted.slice(0, listed) : contradicted;
    return fact;
  });
}

/** The contract's fact, built once (an article can have thousands of them). */
function toFact(row: FactRow, tags: string[] = []): Fact {
  return {
    id: row.id,
    kind: row.kind,
    quote: row.quote,
    start: row.start ?? -1,
    end: row.end ?? -1,
    prefix: row.prefix,
    suffix: row.suffix,
    value: row.value,
    valueMax: row.valueMax,
    unit: row.unit,
    subject: row.subject,
    qualifier: row.qualifier,
    role: row.role,
    speaker: row.speaker,
    confidence: row.confidence,
    extractor: row.extractor,
    extractorVersion: row.extractorVersion,
    orphan: row.orphan,
    status: row.status,
    tags,
    corroboratedBy: [],
    contradictedBy: [],
  };
}
