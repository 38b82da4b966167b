import type { Database } from 'better-sqlite3';
import { cleanedChunkRepository } from '../repositories/cleanedChunks.ts';
import { contextFromText, textAtOf } from '../repositories/factContext.ts';
import { factColumnsTheTriggerWatches } from './0007_fact_shift.ts';

/**
 * A fact's prefix and suffix (32 characters either side of its quote) were most of its
 * row, and facts the largest table: dozens of facts an article, each repeating characters
 * the article's text holds. Where they are exactly the cleaned text around the anchor, the
 * row now says so instead (repositories/factContext.ts). Every fact is checked against its
 * article's text; one whose context differs (an orphan, an imported one) keeps its own.
 * A fact reads the same afterwards, so the bundle fragments built from it stay good: the
 * fragment trigger is dropped while the rows change, then made again to watch the new
 * column as well (see migration 7).
 */
export function migrate0008FactContext(db: Database): void {
  db.exec(`
    DROP TRIGGER bundle_fragment_fact_update;
    -- 1: prefix and suffix are '' here; they are the cleaned text either side of [start, end).
    ALTER TABLE fact ADD COLUMN context_from_text INTEGER NOT NULL DEFAULT 0
      CHECK (context_from_text IN (0, 1));
  `);
  const cleaned = cleanedChunkRepository(db);
  type Anchored = { id: number; start: number; end: number; prefix: string; suffix: string };
  const facts = db.prepare<[number], Anchored>(
    `SELECT id, start, "end" AS end, prefix, suffix FROM fact
      WHERE article_id = ? AND start IS NOT NULL AND orphan = 0`,
  );
  const flag = db.prepare<[number]>(
    "UPDATE fact SET prefix = '', suffix = '', context_from_text = 1 WHERE id = ?",
  );
  // A batch of articles at a time: a statement cannot write while another is still reading.
  const articles = db
    .prepare<[number], number>(
      'SELECT DISTINCT article_id FROM fact WHERE article_id > ? ORDER BY article_id LIMIT 500',
    )
    .pluck();
  for (let ids = articles.all(0); ids.length > 0; ids = articles.all(ids.at(-1)!)) {
    for (const articleId of ids) {
      const rows = facts.all(articleId);
      if (rows.length === 0) continue;
      const textAt = textAtOf(cleaned.text(articleId));
      for (const fact of rows) if (contextFromText(textAt, fact)) flag.run(fact.id);
    }
  }
  const columns = factColumnsTheTriggerWatches(db)
    .map((name) => `"${name}"`)
    .join(', ');
  db.exec(`
    CREATE TRIGGER bundle_fragment_fact_update AFTER UPDATE OF ${columns} ON fact BEGIN
      DELETE FROM bundle_fragment WHERE article_id IN (OLD.article_id, NEW.article_id);
    END;
  `);
}
