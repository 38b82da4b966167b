import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

/**
 * Up to this size a corpus gets SQLite's whole `quick_check` when it is opened: measured
 * here at 280–390 ms for a 71 MB file of 2,000 articles (warm, machine loaded), so about
 * 130–170 ms at this size. A larger one gets the bounded check below: the whole check of
 * the 100,000-article corpus (3.1 GB) took 110 s, which no editor should wait for at
 * every start.
 */
export const FULL_CHECK_BYTES = 32 * 1024 * 1024;

/**
 * Tables small at any corpus size, checked whole, with their indexes: the editors'
 * decisions and tags, the corpus's settings. The large ones (article text, facts, the
 * search index) are read in full only by `winnow doctor`; damage there is reported as
 * such when a read meets it.
 */
const SMALL_TABLES = ['decision', 'tag', 'article_tag', 'corpus_meta', 'import_job'];

/**
 * A bounded check of the corpus as it is opened: problems in SQLite's words, empty when
 * none were found. Small corpora are checked whole; large ones in their structure (the
 * schema, the file's length, the small tables, every article's row through its index).
 */
export function checkOnOpen(
  db: Database,
  path: string,
  fullCheckBytes = FULL_CHECK_BYTES,
): string[] {
  const problems = (rows: unknown): string[] =>
    sqliteProblems((rows as Array<{ quick_check: string }>).map((row) => row.quick_check));
  try {
    const size = path === ':memory:' ? 0 : statSync(path).size;
    if (size <= fullCheckBytes) return problems(db.pragma('quick_check(20)'));
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    // A file cut short (a copy that stopped half-way) claims pages it no longer has. The
    // write-ahead log may hold the newest pages, so only a file shorter than it says counts
    // when there is no log to make up the difference.
    const found: string[] = [];
    if (pages * pageSize > size && !hasLog(path))
      found.push(`the file is ${size} bytes but its header counts ${pages * pageSize}`);
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as Array<{
          name: string;
        }>
      ).map((row) => row.name),
    );
    for (const table of SMALL_TABLES)
      if (tables.has(table)) found.push(...problems(db.pragma(`quick_check(${table})`)));
    // Every page of the article table's own b-tree (NOT INDEXED: count(*) would otherwise
    // walk a smaller index and never read the table's pages).
    if (tables.has('article')) db.prepare('SELECT count(*) FROM article NOT INDEXED').get();
    return found;
  } catch (error) {
    // Reading the structure itself failed: the damage is where the check could not go.
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** SQLite's check output as one problem a line, without its "ok" and section headings. */
export function sqliteProblems(rows: readonly string[]): string[] {
  return rows
    .flatMap((text) => text.split('\n'))
    .map((line) => line.trim())
    .filter(
      (line) => line !== '' && line !== 'ok' && !/^\*\*\* in database \w+ \*\*\*$/.test(line),
    );
}

function hasLog(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** The newest backup written beside the corpus before a migration, or null. */
export function newestBackup(path: string): string | null {
  const prefix = `${basename(path)}.v`;
  try {
    const backups = readdirSync(dirname(path))
      .filter((name) => name.startsWith(prefix) && name.endsWith('.backup'))
      .map((name) => join(dirname(path), name));
    // The names carry the time they were written: by modification time all the same.
    backups.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    return backups[0] ?? null;
  } catch {
    return null;
  }
}

/** What a damaged corpus tells the editor: it is open read-only, and what to do. */
export function damageMessage(path: string, problems: readonly string[]): string {
  const backup = newestBackup(path);
  const restore = backup
    ? `the newest backup is ${backup} (copy it over the corpus to go back to it)`
    : 'there is no backup beside it';
  return (
    `${path} is damaged (${problems[0] ?? 'unreadable'}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''}); ` +
    `it is open read-only, nothing can be changed. Run "winnow doctor --db ${path}" for the details; ${restore}.`
  );
}
