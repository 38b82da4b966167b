import { articleOfRowid, searchRowid } from './chunks.ts';
import { newestBackup, sqliteProblems } from './integrity.ts';
import type { Store } from './store.ts';

export type CorpusProblem = {
  check: string;
  message: string;
  /** Whether `--fix` repairs it (some damage can only be restored from a backup). */
  fixable: boolean;
  fixed: boolean;
};

export type CorpusCheck = { ok: boolean; problems: CorpusProblem[] };

/**
 * Checks the corpus: SQLite's own integrity and foreign keys, rows that lost their
 * parent, the search index against the articles, edits and facts whose anchors fall
 * outside their text, and the pending-facts counters. Reports only, unless `fix` is set;
 * a fix never deletes an editor's work (an unanchorable fact becomes an orphan).
 */
export function checkCorpus(store: Store, options: { fix: boolean }): CorpusCheck {
  const { db } = store;
  const problems: CorpusProblem[] = [];
  const repairs: Array<{ problem: CorpusProblem; repair: () => void }> = [];
  // Problems are collected first and repaired afterwards: a statement cannot write while
  // another one is still reading.
  const report = (check: string, message: string, fixable: boolean, repair?: () => void) => {
    const problem = { check, message, fixable, fixed: false };
    problems.push(problem);
    if (fixable && repair) repairs.push({ problem, repair });
  };

  const backup = newestBackup(store.path);
  const restore = backup
    ? `restore the newest backup, ${backup}, by copying it over the corpus`
    : 'no backup was found beside the corpus';
  const damaged = (message: string) =>
    report('sqlite.integrity', `${message} — the file is damaged; ${restore}.`, false);
  try {
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    for (const problem of sqliteProblems(integrity.map((row) => row.integrity_check)))
      damaged(problem);
  } catch (error) {
    // So damaged that SQLite could not even walk it: that is the report.
    damaged(error instanceof Error ? error.message : String(error));
  }
  if (store.damage) {
    for (const problem of store.damage.problems)
      if (!problems.some((p) => p.message.startsWith(problem))) damaged(problem);
  }
  const foreignKeys = (() => {
    try {
      return db.pragma('foreign_key_check') as Array<{
        table: string;
        rowid: number | null;
        parent: string;
      }>;
    } catch (error) {
      damaged(error instanceof Error ? error.message : String(error));
      return [];
    }
  })();
  for (const row of foreignKeys) {
    report(
      'sqlite.foreign-key',
      `${row.table} row ${row.rowid ?? '?'} points to a missing ${row.parent}.`,
      false,
    );
  }

  // The remaining checks read every row: in a damaged file one may fail part-way, and
  // that is reported, not thrown.
  try {
    const orphanFiles = db
      .prepare(
        'SELECT s.id, s.path FROM source_file s LEFT JOIN article a ON a.source_file_id = s.id WHERE a.id IS NULL',
      )
      .all() as Array<{ id: number; path: string }>;
    for (const file of orphanFiles) {
      report(
        'orphan.source-file',
        `source file ${file.id} (${file.path}) has no article.`,
        true,
        () => db.prepare('DELETE FROM source_file WHERE id = ?').run(file.id),
      );
    }

    // Every chunk of cleaned text has its search row, and every row its chunk.
    const indexed = new Set(
      (db.prepare('SELECT rowid AS id FROM article_search').all() as Array<{ id: number }>).map(
        (r) => r.id,
      ),
    );
    const unindexed = new Set<number>();
    for (const chunk of db
      .prepare('SELECT article_id AS articleId, seq FROM cleaned_chunk')
      .iterate() as IterableIterator<{ articleId: number; seq: number }>) {
      if (!indexed.delete(searchRowid(chunk.articleId, chunk.seq))) unindexed.add(chunk.articleId);
    }
    const titleOf = db.prepare<[number], { title: string | null }>(
      'SELECT title FROM article WHERE id = ?',
    );
    for (const id of unindexed) {
      report('search.missing', `article ${id} is not in the search index.`, true, () => {
        const row = titleOf.get(id);
        if (row) store.articles.reindex(id, row.title, 'all');
      });
    }
    for (const rowid of indexed) {
      const id = articleOfRowid(rowid);
      report(
        'search.stale',
        `the search index holds a part of article ${id}, which does not exist.`,
        true,
        () => db.prepare('DELETE FROM article_search WHERE rowid = ?').run(rowid),
      );
    }

    const readRaw = db.prepare<[number], { raw: string }>(
      'SELECT winnow_raw(raw, raw_deflated) AS raw FROM article_text WHERE article_id = ?',
    );
    const readTexts = {
      get(articleId: number) {
        const row = readRaw.get(articleId);
        return row && { raw: row.raw, cleaned: store.articles.cleaned(articleId) };
      },
    };
    // Edits and facts come in article order: each article's texts are read once, not once
    // a row (a long article's thousands of facts each re-read its megabytes).
    let cached: { id: number; text: { raw: string; cleaned: string } | undefined } | null = null;
    const texts = {
      get(articleId: number) {
        if (cached?.id !== articleId) cached = { id: articleId, text: readTexts.get(articleId) };
        return cached.text;
      },
    };
    const edits = db
      .prepare('SELECT id, article_id AS articleId, "end" FROM edit ORDER BY article_id')
      .iterate() as IterableIterator<{
      id: number;
      articleId: number;
      end: number;
    }>;
    for (const edit of edits) {
      const text = texts.get(edit.articleId);
      if (text && edit.end > text.raw.length) {
        report(
          'anchor.edit',
          `edit ${edit.id} ends at ${edit.end}, past the raw text of article ${edit.articleId}.`,
          true,
          () => db.prepare("UPDATE edit SET state = 'proposed' WHERE id = ?").run(edit.id),
        );
      }
    }
    const facts = db
      .prepare(
        'SELECT id, article_id AS articleId, quote, start, "end" FROM fact WHERE orphan = 0 ORDER BY article_id',
      )
      .iterate() as IterableIterator<{
      id: number;
      articleId: number;
      quote: string;
      start: number | null;
      end: number | null;
    }>;
    for (const fact of facts) {
      const text = texts.get(fact.articleId);
      if (!text || fact.start === null || fact.end === null) continue;
      if (
        fact.end > text.cleaned.length ||
        text.cleaned.slice(fact.start, fact.end) !== fact.quote
      ) {
        report(
          'anchor.fact',
          `fact ${fact.id} no longer matches its quote in article ${fact.articleId}.`,
          true,
          () => store.facts.markOrphan(fact.id),
        );
      }
    }

    const counters = db
      .prepare(
        `SELECT a.id, a.pending_facts AS stored,
                (SELECT count(*) FROM fact f WHERE f.article_id = a.id AND f.status = 'pending') AS actual
           FROM article a WHERE stored != actual`,
      )
      .all() as Array<{ id: number; stored: number; actual: number }>;
    for (const row of counters) {
      report(
        'counter.pending-facts',
        `article ${row.id} counts ${row.stored} pending facts but has ${row.actual}.`,
        true,
        () =>
          db.prepare('UPDATE article SET pending_facts = ? WHERE id = ?').run(row.actual, row.id),
      );
    }
  } catch (error) {
    damaged(error instanceof Error ? error.message : String(error));
  }
  // In a damaged file nothing is repaired: what looks orphaned or stale may only be
  // unreadable, and a repair would delete what a backup or a salvage could still bring back.
  const isDamaged = store.damage !== null || problems.some((p) => p.check === 'sqlite.integrity');
  // Repairs are one transaction: a fix that fails half-way changes nothing.
  if (options.fix && repairs.length > 0 && !isDamaged) {
    db.transaction(() => {
      for (const { repair } of repairs) repair();
    }).immediate();
    for (const { problem } of repairs) problem.fixed = true;
  }

  return { ok: problems.every((p) => p.fixed), problems };
}
