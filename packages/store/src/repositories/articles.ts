import type { Database, Statement } from 'better-sqlite3';
import type { ArticleStatus, Script } from '@winnow/contract';
import {
  AFTER_ARTICLE,
  ARTICLE_OF_ROW,
  articleMatches,
  matchingArticles,
  searchParts,
} from './articleSearch.ts';
import { articleRowsOf } from '../articleRows.ts';
import type { ArticleRows } from '../articleRows.ts';
import { cleanedChunkRepository } from './cleanedChunks.ts';
import { rawTextRepository } from './rawText.ts';
import { bindings, conditions } from './articleFilters.ts';
import type { ArticleCursor, ArticleFilter, ListPlan } from './articleFilters.ts';

export type { ArticleCursor, ArticleFilter, ListPlan } from './articleFilters.ts';

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
  pendingFacts: number;
  importedAt: string;
};

export type ArticleSummaryRow = Omit<
  ArticleRow,
  'raw' | 'cleaned' | 'kicker' | 'byline' | 'sourcePath' | 'sha256' | 'sourceFileId'
>;

export type NewArticle = {
  sourceFileId: number;
  importJobId: number | null;
  title: string | null;
  publishedAt?: string | null;
  sourceName?: string | null;
  language: string | null;
  script: Script | null;
  raw: string;
  cleaned: string;
  warnings: string[];
  importedAt: string;
};

export type ArticleSort = 'imported' | 'date' | 'title' | 'pendingFacts';

/** The fields an editor may set by hand. */
export type ArticleFields = {
  title?: string | null;
  publishedAt?: string | null;
  sourceName?: string | null;
};

const SUMMARY_COLUMNS = `
  a.id, a.title, a.published_at AS publishedAt, a.source_name AS sourceName, a.language, a.script,
  a.status, a.warnings, a.pending_facts AS pendingFacts, a.imported_at AS importedAt,
  s.encoding, s.size_bytes AS sizeBytes`;

/** Sort keys are expressions with an index each (see migration 2). */
const SORTS: Record<ArticleSort, { key: string; direction: 'ASC' | 'DESC' }> = {
  imported: { key: 'a.id', direction: 'ASC' },
  date: { key: "coalesce(a.published_at, '')", direction: 'DESC' },
  title: { key: "coalesce(a.title, '')", direction: 'ASC' },
  // Most waiting first (article_pending is on this column).
  pendingFacts: { key: 'a.pending_facts', direction: 'DESC' },
};

/**
 * Counting every match would cost more than the page itself: lists count up to 10,000,
 * searches up to 1,000 (shown as "1,000+", as search tools do).
 */
export const COUNT_CAP = 10_000;
export const SEARCH_COUNT_CAP = 1_000;

type RawSummary = Omit<ArticleSummaryRow, 'warnings'> & {
  warnings: string;
  sortKey: string | number;
};
type RawArticle = Omit<ArticleRow, 'warnings' | 'cleaned' | 'raw'> & { warnings: string };

function parseWarnings<T extends { warnings: string }>(
  row: T,
): Omit<T, 'warnings'> & { warnings: string[] } {
  return { ...row, warnings: JSON.parse(row.warnings) as string[] };
}

export function articleRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO article (source_file_id, import_job_id, title, published_at, source_name, language, script, warnings, imported_at)
     VALUES (@sourceFileId, @importJobId, @title, @publishedAt, @sourceName, @language, @script, @warnings, @importedAt)`,
  );
  const insertText = db.prepare<[number, string, Uint8Array]>(
    'INSERT INTO article_text (article_id, raw, raw_deflated) VALUES (?, ?, ?)',
  );
  const chunks = cleanedChunkRepository(db);
  const titleOf = db.prepare<[number], { title: string | null }>(
    'SELECT title FROM article WHERE id = ?',
  );
  const raws = rawTextRepository(db);
  const byId = db.prepare<[number], RawArticle>(
    `SELECT ${SUMMARY_COLUMNS}, a.source_file_id AS sourceFileId, a.kicker, a.byline,
            s.path AS sourcePath, s.sha256
       FROM article a JOIN source_file s ON s.id = a.source_file_id JOIN article_text t ON t.article_id = a.id
      WHERE a.id = ?`,
  );
  const idBySource = db.prepare<[number], { id: number }>(
    'SELECT id FROM article WHERE source_file_id = ?',
  );
  const statusOf = db.prepare<[number], { status: ArticleStatus }>(
    'SELECT status FROM article WHERE id = ?',
  );
  const sha256Of = db.prepare<[number], { sha256: string }>(
    'SELECT s.sha256 FROM article a JOIN source_file s ON s.id = a.source_file_id WHERE a.id = ?',
  );
  const updateWarnings = db.prepare<[string, number]>(
    'UPDATE article SET warnings = ? WHERE id = ?',
  );
  const setTitle = db.prepare<[string | null, number]>('UPDATE article SET title = ? WHERE id = ?');
  const setPublished = db.prepare<[string | null, number]>(
    'UPDATE article SET published_at = ? WHERE id = ?',
  );
  const setSource = db.prepare<[string | null, number]>(
    'UPDATE article SET source_name = ? WHERE id = ?',
  );
  const setStatus = db.prepare<[ArticleStatus, number]>(
    'UPDATE article SET status = ? WHERE id = ?',
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
  const statements = new Map<string, Statement>();

  function cached(sql: string): Statement {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  }

  return {
    insert(article: NewArticle): number {
      return this.insertRows(article, articleRowsOf(article.title, article.raw, article.cleaned));
    },
    /**
     * A new article whose texts were made ready beforehand (articleRows.ts: an import's
     * workers do it); the same rows, in the same order, as `insert`.
     */
    insertRows(article: Omit<NewArticle, 'raw' | 'cleaned'>, rows: ArticleRows): number {
      const result = insert.run({
        publishedAt: null,
        sourceName: null,
        ...article,
        warnings: JSON.stringify(article.warnings),
      });
      const id = Number(result.lastInsertRowid);
      // The text column holds '' since migration 9: the deflated one holds the text.
      insertText.run(id, '', rows.rawDeflated);
      chunks.insertRows(id, rows.chunks);
      return id;
    },
    /**
     * Stores a new cleaned text (an edit accepted or reverted): only the chunks that
     * changed are rewritten and re-indexed. `previous`, when the caller has it, saves
     * reading the stored text again.
     */
    setCleaned(id: number, title: string | null, cleaned: string, previous?: string): void {
      chunks.replace(id, title, previous ?? chunks.text(id), cleaned);
    },
    /** The cleaned text alone, or characters [from, to) of it (only their chunks read). */
    cleaned(id: number, from?: number, to?: number): string {
      return from === undefined ? chunks.text(id) : chunks.slice(id, from, to ?? Infinity);
    },
    /** One change, at cleaned offsets: false (nothing written) if the text there is not `expected`. */
    replaceCleaned: (
      id: number,
      title: string | null,
      change: { start: number; end: number; text: string; expected: string },
    ): boolean => chunks.replaceRange(id, title, change),
    title: (id: number): string | null => titleOf.get(id)?.title ?? null,
    /** The raw text alone, or a reader of pieces of it that reads only those pieces. */
    raw: (id: number): string | null => raws.read(id),
    rawReader: (id: number) => raws.reader(id),
    /** Replaces what the editor is warned of (a re-clean finds the cleaner's anew). */
    setWarnings(id: number, warnings: readonly string[]): void {
      updateWarnings.run(JSON.stringify(warnings), id);
    },
    /** The title alone (the search index is the caller's to renew, with reindex 'title'). */
    setTitle(id: number, title: string | null): void {
      setTitle.run(title, id);
    },
    /** An editor's title, date or source; the title is re-indexed for search. */
    setFields(id: number, fields: ArticleFields): void {
      if (fields.publishedAt !== undefined) setPublished.run(fields.publishedAt, id);
      if (fields.sourceName !== undefined) setSource.run(fields.sourceName, id);
      if (fields.title !== undefined) {
        setTitle.run(fields.title, id);
        this.reindex(id, fields.title, 'title');
      }
    },
    /** After an import: the search index merged when it is in many segments (cleanedChunks.ts). */
    mergeSearchIndex: (): boolean => chunks.mergeIndex(),
    /** Renews the search index: the row holding the title, or (a repair) every row. */
    reindex(id: number, title: string | null, which: 'title' | 'all'): void {
      chunks.reindex(id, title, which);
    },
    get(id: number): ArticleRow | null {
      const row = byId.get(id);
      return row
        ? { ...parseWarnings(row), raw: raws.read(id) ?? '', cleaned: chunks.text(id) }
        : null;
    },
    status(id: number): ArticleStatus | null {
      return statusOf.get(id)?.status ?? null;
    },
    /** The hash of the article's source file, without reading its texts. */
    sha256(id: number): string | null {
      return sha256Of.get(id)?.sha256 ?? null;
    },
    setStatus(id: number, status: ArticleStatus): void {
      setStatus.run(status, id);
    },
    idBySourceFile(sourceFileId: number): number | null {
      return idBySource.get(sourceFileId)?.id ?? null;
    },
    /** One page in the chosen order, continuing after `cursor` (keyset pagination). */
    page(
      filter: ArticleFilter,
      sort: ArticleSort,
      cursor: ArticleCursor | null,
      limit: number,
      plan: ListPlan = 'filter-first',
    ): Array<ArticleSummaryRow & { sortKey: string | number }> {
      const parts = searchParts(filter.query);
      if (parts?.length === 0) return [];
      const { key, direction } = SORTS[sort];
      const where = conditions(filter, plan);
      // In import order the search index drives the loop: it yields matches in rowid
      // order and stops at the page size, however common the word. Other orders, and
      // queries of several parts (articleSearch.ts), must collect every match first.
      const searchDriven = parts?.length === 1 && sort === 'imported';
      // Many settled articles in title or date order: walk the partial index of them.
      const settledIndex =
        plan === 'order-first' && parts === null && filter.hasPendingFacts === false
          ? {
              title: 'article_settled_title',
              date: 'article_settled_date',
              imported: null,
              pendingFacts: null,
            }[sort]
          : null;
      let from = `article a${settledIndex ? ` INDEXED BY ${settledIndex}` : ''} JOIN source_file s ON s.id = a.source_file_id`;
      if (searchDriven) {
        from = `article_search JOIN ${from.replace('article a', `article a ON a.id = ${ARTICLE_OF_ROW}`)}`;
        where.unshift('article_search MATCH @match0');
      } else if (parts !== null && plan === 'order-first') {
        // Many matches: the sort order is walked and each article looked up in the index,
        // after the cheaper filters, so the walk stops with the page at any corpus size.
        where.push(...articleMatches(parts));
      } else if (parts !== null) {
        where.unshift(`a.id IN (${matchingArticles(parts)})`);
      }
      const comparison = direction === 'ASC' ? '>' : '<';
      if (cursor && searchDriven) where.push(AFTER_ARTICLE);
      else if (cursor && sort === 'imported') where.push(`a.id ${comparison} @cursorId`);
      const order = searchDriven
        ? 'article_search.rowid'
        : `${key} ${direction}, a.id ${direction}`;
      const select = (terms: string[], orderBy: string) =>
        `SELECT ${SUMMARY_COLUMNS}, ${key} AS sortKey FROM ${from}
         ${terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : ''}
         ORDER BY ${orderBy}
         ${searchDriven ? '' : 'LIMIT @limit'}`;
      // After a cursor in a keyed order: the rest of the cursor's key, then the keys past
      // it — each one seek into the (key, id) index. Written as one row value, SQLite
      // scanned the index from its start up to the cursor (it seeks on a row value only
      // over plain columns), and a key many articles share — untitled, undated, no facts
      // waiting — made that walk long on every page, far longer when a filter is checked
      // on each row (100,000 articles, a third untitled: English by title, 83 ms a page).
      const sql =
        cursor && !searchDriven && sort !== 'imported'
          ? `SELECT * FROM (${select([...where, `${key} = @cursorKey`, `a.id ${comparison} @cursorId`], `a.id ${direction}`)})
             UNION ALL SELECT * FROM (${select([...where, `${key} ${comparison} @cursorKey`], order)})
             ORDER BY sortKey ${direction}, id ${direction} LIMIT @limit`
          : // A long article matching in several chunks comes as several rows, side by
            // side: the index's walk is read until the page has `limit` articles.
            select(where, order);
      const params = {
        ...bindings(filter, parts),
        ...(searchDriven ? {} : { limit }),
        ...(cursor ? { cursorKey: cursor.key, cursorId: cursor.id } : {}),
      };
      if (!searchDriven) return (cached(sql).all(params) as RawSummary[]).map(parseWarnings);
      const page: RawSummary[] = [];
      for (const row of cached(sql).iterate(params) as IterableIterator<RawSummary>) {
        if (page.at(-1)?.id === row.id) continue;
        page.push(row);
        if (page.length >= limit) break;
      }
      return page.map(parseWarnings);
    },
    /** How many articles match, counted up to COUNT_CAP (SEARCH_COUNT_CAP for a search). */
    count(filter: ArticleFilter): { total: number; capped: boolean } {
      const parts = searchParts(filter.query);
      if (parts?.length === 0) return { total: 0, capped: false };
      const where = conditions(filter);
      const cap = parts === null ? COUNT_CAP : SEARCH_COUNT_CAP;
      let from = 'article a';
      let counted = '1';
      if (parts?.length === 1) {
        // Without other filters the index alone answers; the join is only for filters.
        // Articles, not rows: a long article may match in several chunks.
        from =
          where.length > 0
            ? `article_search JOIN article a ON a.id = ${ARTICLE_OF_ROW}`
            : 'article_search';
        counted = `DISTINCT ${ARTICLE_OF_ROW}`;
        where.unshift('article_search MATCH @match0');
      } else if (parts !== null) {
        where.unshift(`a.id IN (${matchingArticles(parts)})`);
      }
      const sql = `SELECT count(*) AS n FROM (SELECT ${counted} FROM ${from}
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} LIMIT ${cap + 1})`;
      const n = (cached(sql).get(bindings(filter, parts)) as { n: number }).n;
      return n > cap ? { total: cap, capped: true } : { total: n, capped: false };
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
