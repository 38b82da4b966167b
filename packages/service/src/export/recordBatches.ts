import type { BundleArticle } from '@winnow/bundle';
import type { ExportRecord } from '@winnow/contract';
import type { ArticleFilter, ArticleRow, Store } from '@winnow/store';
import { EXPORT_RELATED_LIMIT, loadFacts, RelatedFactCache } from '../facts/loadFacts.ts';
import { loadArticle, toExportRecord } from './records.ts';
import { selectedIds } from './selection.ts';

const RECORDS_AT_ONCE = 8;
const FACTS_AT_ONCE = 2_000;

export type RecordOptions = {
  /** Look up what corroborates or contradicts each fact (a query per figure). */
  related: boolean;
  /**
   * 'anchors': only what a fact's anchor needs — the article's identity, cleaned text and
   * facts, without edits or tags (their lists are left empty), for a thread that writes
   * annotations.jsonld and no more. 'full' (the default): the whole export record.
   */
  detail?: 'full' | 'anchors';
  /** Before each article: throws to stop (a cancel). */
  beforeArticle: () => void;
  /** After each batch, with the number of articles done so far. */
  afterBatch: (done: number) => void;
};

/**
 * Every selected article's export record, a batch at a time. A few articles at a time,
 * fewer when they are long: one long article can carry thousands of facts, and a page of
 * two hundred loaded at once would be most of the export's memory.
 */
export function* recordBatches(
  store: Store,
  filter: ArticleFilter,
  options: RecordOptions,
): Generator<ExportRecord[]> {
  let done = 0;
  const related = options.related ? new RelatedFactCache(store, EXPORT_RELATED_LIMIT) : null;
  let batch: ExportRecord[] = [];
  let facts = 0;
  const flush = () => {
    const out = batch;
    done += out.length;
    batch = [];
    facts = 0;
    return out;
  };
  for (const ids of selectedIds(store, filter)) {
    for (const id of ids) {
      options.beforeArticle();
      const row = store.articles.get(id);
      if (!row) continue;
      const record =
        options.detail === 'anchors'
          ? anchorsOnly(store, row)
          : toExportRecord(loadArticle(store, row, related));
      batch.push(record);
      facts += record.facts.length;
      if (batch.length >= RECORDS_AT_ONCE || facts >= FACTS_AT_ONCE) {
        yield flush();
        options.afterBatch(done);
      }
    }
  }
  if (batch.length > 0) {
    yield flush();
    options.afterBatch(done);
  }
}

/**
 * One article's record for a bundle, without related facts, whole, without its facts
 * (for a caller that has them from a kept share) or with its anchors only; its edits say
 * who made them (a desk that cleans again keeps the editor's).
 */
export function bundleRecordOf(
  store: Store,
  row: ArticleRow,
  detail: 'full' | 'withoutFacts' | 'anchors',
): BundleArticle {
  // A null cache: related facts are not looked up (a bundle gives keys instead).
  if (detail === 'anchors') return { ...anchorsOnly(store, row), edits: [] };
  // Read once: the same rows give the record its edits and say who made each.
  const editRows = store.edits.byArticle(row.id);
  const record = toExportRecord(
    loadArticle(store, row, null, undefined, detail === 'full', editRows),
  );
  return {
    ...record,
    edits: record.edits.map((e, i) => ({ ...e, origin: editRows[i]!.origin })),
  };
}

/** An export record with only what anchors its facts: no edits, no tags, no related facts. */
function anchorsOnly(store: Store, row: ArticleRow): ExportRecord {
  return toExportRecord({
    ...row,
    tags: [],
    edits: [],
    facts: loadFacts(store, row.id, null, undefined, undefined, row.cleaned),
  });
}
