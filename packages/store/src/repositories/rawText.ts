import type { Database } from 'better-sqlite3';
import { textOf } from '../deflatedText.ts';

/** A raw text read piece by piece: [from, to) in UTF-16 offsets. */
export type RawReader = { slice(from: number, to: number): string };

type Stored = { raw: string; deflated: Uint8Array | null };

/**
 * An article's raw text, kept deflated (migration 9). Pieces of it are cut from the whole
 * text: SQLite cannot read a piece of a deflated text. An editor works on one article at a
 * time, and each accepted or reverted edit reads pieces of its raw text, so the last few
 * texts read are kept inflated — found again only when the stored bytes are the same
 * bytes (a raw text never changes, but an article's id may be taken again after a delete).
 */
export function rawTextRepository(db: Database) {
  const stored = db.prepare<[number], Stored>(
    'SELECT raw, raw_deflated AS deflated FROM article_text WHERE article_id = ?',
  );
  const recent: Array<{ deflated: Uint8Array; text: string }> = [];
  const KEPT = 4;

  function read(id: number): string | null {
    const row = stored.get(id);
    if (!row) return null;
    const { deflated } = row;
    if (!deflated) return row.raw;
    const hit = recent.find((r) => Buffer.compare(r.deflated, deflated) === 0);
    if (hit) return hit.text;
    const text = textOf(row.raw, deflated);
    recent.unshift({ deflated, text });
    recent.length = Math.min(recent.length, KEPT);
    return text;
  }

  return {
    read,
    reader(id: number): RawReader | null {
      const text = read(id);
      return text === null ? null : { slice: (from, to) => text.slice(from, to) };
    },
  };
}
