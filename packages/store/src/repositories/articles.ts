import type { Database, Statement } from 'better-sqlite3';
import type { ArticleStatus, Script } from '@winnow/contract';
import { searchableText, searchMatchExpression } from '@winnow/text/search';

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

export type ArticleFilter = {
  status?: ArticleStatus | undefined;
  language?: string | undefined;
  source?: string | undefined;
  tagId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  hasPendingFacts?: boolean | undefined;
  hasWarnings?: boolean | undefined;
  hasProposedEdits?: boolean | undefined;
  rule?: string | undefined;
  query?: string | undefined;
  /** Text the raw article contains (removed parts too): read, not indexed, so slower. */
  rawQuery?: string | undefined;
};

/**
 * How a page is found. filter-first: the filters' indexes find the matching rows, which
 * are then sorted — right when few rows match. order-first: the sort order's index is
 * walked and each row checked against the filters until the page is full — right when
 * many rows match, because the walk stops early. SQLite's planner cannot tell the two
 * apart (it does not weigh LIMIT), so the caller decides from the match count.
 */
export type ListPlan = 'filter-first' | 'order-first';

/** Where the previous page ended: the sort key and id of its last row. */
export type ArticleCursor = { key: string | number; id: number };

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
type RawArticle = Omit<ArticleRow, 'warnings'> & { warnings: string };

function parseWarnings<T extends { warnings: string }>(
  row: T,
): Omit<T, 'warnings'> & { warnings: string[] } {
  return { ...row, warnings: JSON.parse(row.warnings) as string[] };
}

/**
 * The WHERE clause is assembled from fixed fragments chosen by which filters are present;
 * every value is a bound parameter. Statements are cached per shape.
 */
function conditions(filter: ArticleFilter, plan: ListPlan = 'filter-first'): string[] {
  const where: string[] = [];
  // A unary + keeps SQLite from using the column's index, so the sort index drives.
  const column = (name: string) => (plan === 'order-first' ? `+a.${name}` : `a.${name}`);
  if (filter.status !== undefined) where.push(`${column('status')} = @status`);
  if (filter.language !== undefined) where.push(`${column('language')} = @language`);
  if (filter.source !== undefined) where.push(`${column('source_name')} = @source`);
  if (filter.tagId !== undefined)
    where.push(
      'EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag_id = @tagId)',
    );
  // On the indexed expression, so a date range is an index range (no date sorts before a real one).
  if (filter.from !== undefined) where.push("coalesce(a.published_at, '') >= @from");
  if (filter.to !== undefined) where.push("coalesce(a.published_at, '') < @to");
  if (filter.hasPendingFacts === true) where.push(`${column('pending_facts')} > 0`);
  if (filter.rawQuery !== undefined)
    where.push(
      'a.id IN (SELECT article_id FROM article_text WHERE instr(lower(raw), lower(@rawQuery)) > 0)',
    );
  // As written in the partial indexes on title and date, so they serve this filter.
  if (filter.hasPendingFacts === false) where.push('a.pending_facts = 0');
  if (filter.hasWarnings === true) where.push("a.warnings != '[]'");
  if (filter.hasWarnings === false) where.push("a.warnings = '[]'");
  // Through edit_article (article_id, start): a few edits per article are read.
  if (filter.hasProposedEdits === true)
    where.push("EXISTS (SELECT 1 FROM edit e WHERE e.article_id = a.id AND e.state = 'proposed')");
  if (filter.hasProposedEdits === false)
    where.push(
      "NOT EXISTS (SELECT 1 FROM edit e WHERE e.article_id = a.id AND e.state = 'proposed')",
    );
  // edit_rule (rule, state) finds the articles a rule touched, however rare it is.
  if (filter.rule !== undefined)
    where.push('a.id IN (SELECT e.article_id FROM edit e WHERE e.rule = @rule)');
  return where;
}

function bindings(filter: ArticleFilter, match: string | null): Record<string, unknown> {
  const values: Record<string, unknown> = { match, ...filter };
  delete values['query'];
  delete values['hasPendingFacts'];
  delete values['hasWarnings'];
  delete values['hasProposedEdits'];
  for (const key of Object.keys(values))
    if (values[key] === undefined || values[key] === null) delete values[key];
  return values;
}

export function articleRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO article (source_file_id, import_job_id, title, published_at, source_name, language, script, warnings, imported_at)
     VALUES (@sourceFileId, @importJobId, @title, @publishedAt, @sourceName, @language, @script, @warnings, @importedAt)`,
  );
  const insertText = db.prepare<[number, string, string]>(
    'INSERT INTO article_text (article_id, raw, cleaned) VALUES (?, ?, ?)',
  );
  const insertSearch = db.prepare(
    'INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)',
  );
  const deleteSearch = db.prepare('DELETE FROM article_search WHERE rowid = ?');
  const updateCleaned = db.prepare<[string, number]>(
    'UPDATE article_text SET cleaned = ? WHERE article_id = ?',
  );
  const byId = db.prepare<[number], RawArticle>(
    `SELECT ${SUMMARY_COLUMNS}, a.source_file_id AS sourceFileId, a.kicker, a.byline, t.raw, t.cleaned,
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
      const result = insert.run({
        publishedAt: null,
        sourceName: null,
        ...article,
        warnings: JSON.stringify(article.warnings),
      });
      const id = Number(result.lastInsertRowid);
      insertText.run(id, article.raw, article.cleaned);
      insertSearch.run(id, searchableText(article.title ?? ''), searchableText(article.cleaned));
      return id;
    },
    /** Stores a new cleaned text (an edit accepted or reverted) and re-indexes it. */
    setCleaned(id: number, title: string | null, cleaned: string): void {
      updateCleaned.run(cleaned, id);
      deleteSearch.run(id);
      insertSearch.run(id, searchableText(title ?? ''), searchableText(cleaned));
    },
    /** Replaces what the editor is warned of (a re-clean finds the cleaner's anew). */
    setWarnings(id: number, warnings: readonly string[]): void {
      updateWarnings.run(JSON.stringify(warnings), id);
    },
    /** The title alone (the search index is the caller's to renew, with reindex). */
    setTitle(id: number, title: string | null): void {
      setTitle.run(title, id);
    },
    /** An editor's title, date or source; the title is re-indexed for search. */
    setFields(id: number, fields: ArticleFields): void {
      if (fields.publishedAt !== undefined) setPublished.run(fields.publishedAt, id);
      if (fields.sourceName !== undefined) setSource.run(fields.sourceName, id);
      if (fields.title !== undefined) {
        setTitle.run(fields.title, id);
        const row = byId.get(id);
        if (row) this.reindex(id, fields.title, row.cleaned);
      }
    },
    /** Re-indexes an article after its title or cleaned text changed. */
    reindex(id: number, title: string | null, cleaned: string): void {
      deleteSearch.run(id);
      insertSearch.run(id, searchableText(title ?? ''), searchableText(cleaned));
    },
    get(id: number): ArticleRow | null {
      const row = byId.get(id);
      return row ? parseWarnings(row) : null;
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
      const match = filter.query ? searchMatchExpression(filter.query) : null;
      if (filter.query && match === null) return [];
      const { key, direction } = SORTS[sort];
      const where = conditions(filter, plan);
      // In import order the search index drives the loop: it yields matches in rowid
      // order and stops at the page size, however common the word. Other orders must
      // collect every match first.
      const searchDriven = match !== null && sort === 'imported';
      // Many settled articles in title or date order: walk the partial index of them.
      const settledIndex =
        plan === 'order-first' && match === null && filter.hasPendingFacts === false
          ? {
              title: 'article_settled_title',
              date: 'article_settled_date',
              imported: null,
              pendingFacts: null,
            }[sort]
          : null;
      let from = `article a${settledIndex ? ` INDEXED BY ${settledIndex}` : ''} JOIN source_file s ON s.id = a.source_file_id`;
      if (searchDriven) {
        from = `article_search JOIN ${from.replace('article a', 'article a ON a.id = article_search.rowid')}`;
        where.unshift('article_search MATCH @match');
      } else if (match !== null) {
        where.unshift(
          'a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH @match)',
        );
      }
      if (cursor) {
        const comparison = direction === 'ASC' ? '>' : '<';
        if (searchDriven) where.push(`article_search.rowid > @cursorId`);
        else
          where.push(
            sort === 'imported'
              ? `a.id ${comparison} @cursorId`
              : `(${key}, a.id) ${comparison} (@cursorKey, @cursorId)`,
          );
      }
      const order = searchDriven
        ? 'article_search.rowid'
        : `${key} ${direction}, a.id ${direction}`;
      const sql = `SELECT ${SUMMARY_COLUMNS}, ${key} AS sortKey FROM ${from}
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ${order}
         LIMIT @limit`;
      const params = {
        ...bindings(filter, match),
        limit,
        ...(cursor ? { cursorKey: cursor.key, cursorId: cursor.id } : {}),
      };
      return (cached(sql).all(params) as RawSummary[]).map(parseWarnings);
    },
    /** How many articles match, counted up to COUNT_CAP (SEARCH_COUNT_CAP for a search). */
    count(filter: ArticleFilter): { total: number; capped: boolean } {
      const match = filter.query ? searchMatchExpression(filter.query) : null;
      if (filter.query && match === null) return { total: 0, capped: false };
      const where = conditions(filter);
      const cap = match === null ? COUNT_CAP : SEARCH_COUNT_CAP;
      let from = 'article a';
      if (match !== null) {
        // Without other filters the index alone answers; the join is only for filters.
        from =
          where.length > 0
            ? 'article_search JOIN article a ON a.id = article_search.rowid'
            : 'article_search';
        where.unshift('article_search MATCH @match');
      }
      const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${from}
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} LIMIT ${cap + 1})`;
      const n = (cached(sql).get(bindings(filter, match)) as { n: number }).n;
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
