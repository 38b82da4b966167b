import type { Database } from 'better-sqlite3';
import type { ArticleStatus, Script } from '@winnow/contract';

export type ArticleRow = {
  id: number;
  sourceFileId: number;
  sourcePath: string;
  sha256: string;
  sizeBytes: number;
  encoding: string;
  title: string | null;
  kicker: string | null;
  publishedAt: string | null;
  sourceName: string | null;
  byline: string | null;
  language: string | null;
  script: Script | null;
  status: ArticleStatus;
  raw: string;
  cleaned: string;
  warnings: string[];
  importedAt: string;
};

export type ArticleSummaryRow = Omit<
  ArticleRow,
  'raw' | 'cleaned' | 'kicker' | 'byline' | 'sourcePath' | 'sha256' | 'sourceFileId'
>;

export type NewArticle = {
  sourceFileId: number;
  title: string | null;
  language: string | null;
  script: Script | null;
  raw: string;
  cleaned: string;
  warnings: string[];
  importedAt: string;
};

export type ArticleFilter = {
  status?: ArticleStatus | undefined;
  language?: string | undefined;
  query?: string | undefined;
};

const SUMMARY_COLUMNS = `
  a.id, a.title, a.published_at AS publishedAt, a.source_name AS sourceName, a.language, a.script,
  a.status, a.warnings, a.imported_at AS importedAt, s.encoding, s.size_bytes AS sizeBytes`;

type RawSummary = Omit<ArticleSummaryRow, 'warnings'> & { warnings: string };
type RawArticle = Omit<ArticleRow, 'warnings'> & { warnings: string };

function parseWarnings<T extends { warnings: string }>(
  row: T,
): Omit<T, 'warnings'> & { warnings: string[] } {
  return { ...row, warnings: JSON.parse(row.warnings) as string[] };
}

/** Escapes LIKE wildcards so a query is matched literally. */
function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function articleRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO article (source_file_id, title, language, script, raw, cleaned, warnings, imported_at)
     VALUES (@sourceFileId, @title, @language, @script, @raw, @cleaned, @warnings, @importedAt)`,
  );
  const byId = db.prepare<[number], RawArticle>(
    `SELECT ${SUMMARY_COLUMNS}, a.source_file_id AS sourceFileId, a.kicker, a.byline, a.raw, a.cleaned,
            s.path AS sourcePath, s.sha256
       FROM article a JOIN source_file s ON s.id = a.source_file_id WHERE a.id = ?`,
  );
  const idBySource = db.prepare<[number], { id: number }>(
    'SELECT id FROM article WHERE source_file_id = ?',
  );
  // One statement covers every filter combination: a NULL parameter disables its filter.
  const page = db.prepare<Record<string, unknown>, RawSummary>(
    `SELECT ${SUMMARY_COLUMNS}
       FROM article a JOIN source_file s ON s.id = a.source_file_id
      WHERE (@status IS NULL OR a.status = @status)
        AND (@language IS NULL OR a.language = @language)
        AND (@query IS NULL OR a.title LIKE @query ESCAPE '\\' OR a.cleaned LIKE @query ESCAPE '\\')
        AND a.id > @after
      ORDER BY a.id
      LIMIT @limit`,
  );
  const count = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM article a
      WHERE (@status IS NULL OR a.status = @status)
        AND (@language IS NULL OR a.language = @language)
        AND (@query IS NULL OR a.title LIKE @query ESCAPE '\\' OR a.cleaned LIKE @query ESCAPE '\\')`,
  );
  const allIds = db.prepare<
    { status: ArticleStatus | null; after: number; limit: number },
    { id: number }
  >(
    'SELECT id FROM article WHERE (@status IS NULL OR status = @status) AND id > @after ORDER BY id LIMIT @limit',
  );
  const countBy = (column: 'status' | 'language') =>
    db.prepare<[], { key: string | null; n: number }>(
      `SELECT ${column} AS key, count(*) AS n FROM article GROUP BY ${column}`,
    );
  const byStatus = countBy('status');
  const byLanguage = countBy('language');

  function filterParams(filter: ArticleFilter) {
    return {
      status: filter.status ?? null,
      language: filter.language ?? null,
      query: filter.query ? likePattern(filter.query) : null,
    };
  }

  return {
    insert(article: NewArticle): number {
      const result = insert.run({ ...article, warnings: JSON.stringify(article.warnings) });
      return Number(result.lastInsertRowid);
    },
    get(id: number): ArticleRow | null {
      const row = byId.get(id);
      return row ? parseWarnings(row) : null;
    },
    idBySourceFile(sourceFileId: number): number | null {
      return idBySource.get(sourceFileId)?.id ?? null;
    },
    /** Keyset pagination in import order: `after` is the last id of the previous page. */
    page(filter: ArticleFilter, after: number, limit: number): ArticleSummaryRow[] {
      return page.all({ ...filterParams(filter), after, limit }).map(parseWarnings);
    },
    count(filter: ArticleFilter): number {
      return count.get(filterParams(filter))?.n ?? 0;
    },
    /** Ids in import order, a batch at a time, so exports never hold the corpus in memory. */
    idsAfter(status: ArticleStatus | null, after: number, limit: number): number[] {
      return allIds.all({ status, after, limit }).map((r) => r.id);
    },
    countByStatus(): Record<string, number> {
      return Object.fromEntries(byStatus.all().map((r) => [r.key ?? 'unknown', r.n]));
    },
    countByLanguage(): Record<string, number> {
      return Object.fromEntries(byLanguage.all().map((r) => [r.key ?? 'unknown', r.n]));
    },
  };
}

export type ArticleRepository = ReturnType<typeof articleRepository>;
