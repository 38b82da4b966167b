import type { Database } from 'better-sqlite3';
import { cleanedChunkRepository } from '../repositories/cleanedChunks.ts';

/**
 * The cleaned text leaves article_text for chunks of about 8,000 characters, each with
 * its own search row (rowid `article * 4096 + chunk`): accepting or reverting one edit of
 * a long article rewrites and re-indexes one chunk, where it rewrote the whole text (with
 * the raw text beside it in the same row) and re-indexed the whole article. The index is
 * built again, chunk by chunk, from the cleaned texts.
 */
export function migrate0006CleanedChunks(db: Database): void {
  db.exec(`
    CREATE TABLE cleaned_chunk (
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL CHECK (seq >= 0 AND seq < 4096),
      -- In UTF-16 code units, as offsets are counted; before the text, so that reading
      -- where the chunks lie never reads the text.
      length INTEGER NOT NULL CHECK (length >= 0),
      cleaned TEXT NOT NULL,
      PRIMARY KEY (article_id, seq)
    ) STRICT;
    DROP TABLE article_search;
    CREATE VIRTUAL TABLE article_search USING fts5(
      title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1', content = '', contentless_delete = 1
    );
  `);
  const chunks = cleanedChunkRepository(db);
  // A batch at a time: a statement cannot write while another one is still reading.
  const batch = db.prepare<[number], { id: number; title: string | null; cleaned: string }>(
    'SELECT a.id, a.title, t.cleaned FROM article a JOIN article_text t ON t.article_id = a.id WHERE a.id > ? ORDER BY a.id LIMIT 200',
  );
  for (
    let rows = batch.all(0);
    rows.length > 0;
    rows = batch.all(rows[rows.length - 1]?.id ?? Infinity)
  ) {
    for (const row of rows) chunks.insert(row.id, row.title, row.cleaned);
  }
  // The texts did not change, so the bundle fragments built from them stay good; from
  // now on every change to a chunk forgets its article's fragments, as with article_text.
  db.exec(`
    ALTER TABLE article_text DROP COLUMN cleaned;
    -- Where the raw text has characters beyond the BMP (UTF-16 offsets, JSON): with it a
    -- piece of the raw text is read with substr, which counts code points, not the whole
    -- text. NULL: not known (articles stored before this version).
    ALTER TABLE article_text ADD COLUMN astral TEXT;
    CREATE TRIGGER bundle_fragment_cleaned_chunk_insert AFTER INSERT ON cleaned_chunk BEGIN
      DELETE FROM bundle_fragment WHERE article_id = NEW.article_id;
    END;
    CREATE TRIGGER bundle_fragment_cleaned_chunk_update AFTER UPDATE ON cleaned_chunk BEGIN
      DELETE FROM bundle_fragment WHERE article_id IN (OLD.article_id, NEW.article_id);
    END;
    CREATE TRIGGER bundle_fragment_cleaned_chunk_delete AFTER DELETE ON cleaned_chunk BEGIN
      DELETE FROM bundle_fragment WHERE article_id = OLD.article_id;
    END;
  `);
}
