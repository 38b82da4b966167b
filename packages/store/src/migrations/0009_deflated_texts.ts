import type { Database } from 'better-sqlite3';
import { deflateText } from '../deflatedText.ts';

/**
 * The raw text and the cleaned chunks are kept deflated (deflatedText.ts): together they
 * were 2.3 times the imported files, deflated about half of one. The text columns stay
 * (an empty string) beside the new BLOB columns, so no table is rebuilt. The texts read
 * the same, so bundle fragments built from them stay: their triggers are off while the
 * rows are rewritten and made again as they were. Pieces of the raw text were read with
 * substr (which needed the offsets of astral characters, `astral`); a deflated text is
 * read whole, so that column is no longer kept.
 */
export function migrate0009DeflatedTexts(db: Database): void {
  db.exec(`
    DROP TRIGGER bundle_fragment_text_update;
    DROP TRIGGER bundle_fragment_cleaned_chunk_update;
    ALTER TABLE article_text ADD COLUMN raw_deflated BLOB;
    ALTER TABLE cleaned_chunk ADD COLUMN deflated BLOB;
  `);
  // A batch at a time: a statement cannot write while another one is still reading.
  const raws = db.prepare<[number], { id: number; raw: string }>(
    'SELECT article_id AS id, raw FROM article_text WHERE article_id > ? ORDER BY article_id LIMIT 200',
  );
  const setRaw = db.prepare<[Buffer, number]>(
    "UPDATE article_text SET raw = '', raw_deflated = ?, astral = NULL WHERE article_id = ?",
  );
  for (let rows = raws.all(0); rows.length > 0; rows = raws.all(rows.at(-1)!.id))
    for (const row of rows) setRaw.run(deflateText(row.raw), row.id);
  type Chunk = { id: number; seq: number; cleaned: string };
  const chunks = db.prepare<[number, number, number], Chunk>(
    `SELECT article_id AS id, seq, cleaned FROM cleaned_chunk
      WHERE (article_id, seq) > (?, ?) ORDER BY article_id, seq LIMIT ?`,
  );
  const setChunk = db.prepare<[Buffer, number, number]>(
    "UPDATE cleaned_chunk SET cleaned = '', deflated = ? WHERE article_id = ? AND seq = ?",
  );
  for (let rows = chunks.all(0, -1, 500); rows.length > 0;) {
    for (const row of rows) setChunk.run(deflateText(row.cleaned), row.id, row.seq);
    const last = rows.at(-1)!;
    rows = chunks.all(last.id, last.seq, 500);
  }
  db.exec(`
    CREATE TRIGGER bundle_fragment_text_update AFTER UPDATE ON article_text BEGIN
      DELETE FROM bundle_fragment WHERE article_id IN (OLD.article_id, NEW.article_id);
    END;
    CREATE TRIGGER bundle_fragment_cleaned_chunk_update AFTER UPDATE ON cleaned_chunk BEGIN
      DELETE FROM bundle_fragment WHERE article_id IN (OLD.article_id, NEW.article_id);
    END;
  `);
}
