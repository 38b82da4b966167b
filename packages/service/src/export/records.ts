import type { Article, ArticleEdit, ExportRecord } from '@winnow/contract';
import type { ArticleRow, EditRow, Store } from '@winnow/store';
import { loadFacts } from '../facts/loadFacts.ts';
import type { RelatedFactCache } from '../facts/loadFacts.ts';

/** An article with its edits and facts, as every transport and export sees it. */
/** An article's facts with their tags; `relatedListed` caps each related-facts list. */
export function loadArticleFacts(
  store: Store,
  articleId: number,
  cache?: RelatedFactCache | null,
  relatedListed?: number,
  cleaned?: string,
) {
  const tags = store.tags.namesOnFactsOf(articleId);
  return loadFacts(store, articleId, cache, relatedListed, tags, cleaned);
}

/** `withFacts: false` leaves the facts out, for a caller that fetches them separately. */
export function loadArticle(
  store: Store,
  row: ArticleRow,
  cache?: RelatedFactCache | null,
  relatedListed?: number,
  withFacts = true,
  /** The article's edit rows, when the caller has read them. */
  editRows: readonly EditRow[] = store.edits.byArticle(row.id),
): Article {
  const edits: ArticleEdit[] = editRows.map((e) => ({
    id: e.id,
    start: e.start,
    end: e.end,
    replacement: e.replacement,
    rule: e.rule,
    reason: e.reason,
    confidence: e.confidence,
    state: e.state,
  }));
  const facts = withFacts ? loadArticleFacts(store, row.id, cache, relatedListed, row.cleaned) : [];
  return {
    id: row.id,
    title: row.title,
    sourceName: row.sourceName,
    publishedAt: row.publishedAt,
    language: row.language,
    script: row.script,
    status: row.status,
    encoding: row.encoding,
    sizeBytes: row.sizeBytes,
    warnings: row.warnings,
    pendingFacts: row.pendingFacts,
    importedAt: row.importedAt,
    sourcePath: row.sourcePath,
    sha256: row.sha256,
    kicker: row.kicker,
    byline: row.byline,
    raw: row.raw,
    cleaned: row.cleaned,
    tags: store.tags.namesOnArticle(row.id),
    edits,
    facts,
  };
}

export function toExportRecord(article: Article): ExportRecord {
  return {
    id: article.id,
    sourcePath: article.sourcePath,
    sha256: article.sha256,
    encoding: article.encoding,
    title: article.title,
    publishedAt: article.publishedAt,
    sourceName: article.sourceName,
    language: article.language,
    script: article.script,
    status: article.status,
    raw: article.raw,
    cleaned: article.cleaned,
    tags: article.tags,
    edits: article.edits,
    facts: article.facts,
  };
}
