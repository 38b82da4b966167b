import type { Article, ExportRecord } from '@winnow/contract';
import type { ArticleRow } from '@winnow/store';

export function toArticle(row: ArticleRow): Article {
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
    importedAt: row.importedAt,
    sourcePath: row.sourcePath,
    sha256: row.sha256,
    kicker: row.kicker,
    byline: row.byline,
    raw: row.raw,
    cleaned: row.cleaned,
    edits: [],
    facts: [],
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
    edits: article.edits,
    facts: article.facts,
  };
}
