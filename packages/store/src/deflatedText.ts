import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';

/*
 * Texts as the corpus keeps them since migration 9: UTF-8, raw deflate at level 1. Level 1
 * costs about as much as reading the text from disk and keeps most of the saving of the
 * slower levels (on the bench corpus, a fifth of the bytes). Raw texts never change once
 * stored; cleaned texts are deflated chunk by chunk, so a change rewrites one chunk.
 */

export function deflateText(text: string): Buffer {
  return deflateRawSync(Buffer.from(text, 'utf8'), { level: 1 });
}

export function inflateText(deflated: Uint8Array): string {
  return inflateRawSync(deflated).toString('utf8');
}

/** A text column beside its deflated one: the deflated one when set, else the text. */
export const textOf = (text: string, deflated: Uint8Array | null): string =>
  deflated ? inflateText(deflated) : text;

/**
 * `winnow_raw(raw, raw_deflated)`: an article's raw text however the row holds it, for the
 * SQL that reads it (the raw-text search, the doctor). Registered on every connection the
 * store opens.
 */
export function registerTextFunctions(db: Database): void {
  db.function('winnow_raw', { deterministic: true }, (raw: unknown, deflated: unknown): string =>
    deflated instanceof Uint8Array ? inflateText(deflated) : String(raw),
  );
}

/** Whether `table` has `column` (a repository used by a migration writes the shape it finds). */
export function hasColumn(db: Database, table: string, column: string): boolean {
  return (
    db
      .prepare<[string, string], number>('SELECT count(*) FROM pragma_table_info(?) WHERE name = ?')
      .pluck()
      .get(table, column) === 1
  );
}
