import type { Database } from 'better-sqlite3';
import { cleanedChunkRepository } from '../repositories/cleanedChunks.ts';
import { factColumnsTheTriggerWatches } from './0007_fact_shift.ts';

/** Fact columns whose texts move to fact_word, and the id column each gets. */
export const FACT_WORD_COLUMNS = [
  ['unit', 'unit_id'],
  ['subject', 'subject_id'],
  ['corroboration_key', 'corroboration_id'],
  ['topic_key', 'topic_id'],
  ['qualifier', 'qualifier_id'],
  ['extractor', 'extractor_id'],
  ['extractor_version', 'extractor_version_id'],
] as const;

/**
 * Two of the largest parts of a corpus, sized to what they must hold (#24), measured on
 * the bench corpus before choosing:
 *
 * - The search index's prefix index of one character held every token a second time —
 *   English words too, though only a 1-character CJK query asked it — and was nearly half
 *   the index. Each search row now lists its CJK characters once, in a `chars` column
 *   (text/search.ts), and the index is built again from the stored texts, then merged
 *   into one segment: a search narrowed by a filter looks articles up in it one by one,
 *   and each lookup reads every segment's doclist.
 * - Facts repeated the same few texts in every row and again in the key indexes: keys,
 *   subjects, units, qualifiers, extractor names and versions. They are stored once in
 *   fact_word (repositories/factWords.ts) and the rows and indexes keep integer ids. The
 *   text columns stay, empty (NULL, or '' where NOT NULL), so the table is not rebuilt.
 *
 * Facts read the same afterwards, so bundle fragments built from them stay good: the
 * fragment trigger is off while the rows are rewritten and made again to watch the new
 * columns too (migration 7). Like every migration this runs in one transaction (open.ts):
 * a crash part-way leaves the corpus at version 9, whole.
 */
export function migrate0010LeanIndexAndFactWords(db: Database): void {
  rebuildSearchIndex(db);
  moveFactWords(db);
}

function rebuildSearchIndex(db: Database): void {
  db.exec(`
    DROP TABLE article_search;
    CREATE VIRTUAL TABLE article_search USING fts5(
      title, body, chars, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1
    );
  `);
  const chunks = cleanedChunkRepository(db);
  // A batch at a time: a statement cannot write while another one is still reading.
  const batch = db.prepare<[number], { id: number; title: string | null }>(
    'SELECT id, title FROM article WHERE id > ? ORDER BY id LIMIT 500',
  );
  for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)!.id))
    for (const row of rows) chunks.reindex(row.id, row.title, 'all');
  db.exec("INSERT INTO article_search (article_search) VALUES ('optimize')");
}

function moveFactWords(db: Database): void {
  db.exec(`
    CREATE TABLE fact_word (
      id INTEGER PRIMARY KEY,
      text TEXT NOT NULL UNIQUE
    ) STRICT;
    DROP TRIGGER bundle_fragment_fact_update;
    DROP INDEX fact_corroboration;
    DROP INDEX fact_topic;
  `);
  for (const [text, id] of FACT_WORD_COLUMNS) {
    db.exec(`
      ALTER TABLE fact ADD COLUMN ${id} INTEGER;
      INSERT OR IGNORE INTO fact_word (text)
        SELECT ${text} FROM fact WHERE ${text} IS NOT NULL ORDER BY id;
    `);
  }
  const ids = FACT_WORD_COLUMNS.map(
    ([text, id]) => `${id} = (SELECT w.id FROM fact_word w WHERE w.text = fact.${text})`,
  );
  // NOT NULL columns keep '' (no bytes in the row), the others NULL.
  const emptied = FACT_WORD_COLUMNS.map(([text]) =>
    text.startsWith('extractor') ? `${text} = ''` : `${text} = NULL`,
  );
  db.exec(`UPDATE fact SET ${[...ids, ...emptied].join(', ')}`);
  const columns = factColumnsTheTriggerWatches(db)
    .map((name) => `"${name}"`)
    .join(', ');
  db.exec(`
    CREATE INDEX fact_corroboration ON fact(corroboration_id, article_id) WHERE corroboration_id IS NOT NULL;
    CREATE INDEX fact_topic ON fact(topic_id, article_id) WHERE topic_id IS NOT NULL;
    CREATE TRIGGER bundle_fragment_fact_update AFTER UPDATE OF ${columns} ON fact BEGIN
      DELETE FROM bundle_fragment WHERE article_id IN (OLD.article_id, NEW.article_id);
    END;
  `);
}
