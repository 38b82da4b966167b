import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-m1-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 1: articles', () => {
  it('migrates an empty file to version 1 with strict, linked tables', () => {
    const db = openDatabase(join(dir, 'c.sqlite'), { targetVersion: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")
      .all() as Array<{ name: string; sql: string }>;
    expect(tables.map((t) => t.name).sort()).toEqual(['article', 'corpus_meta', 'source_file']);
    for (const table of tables) expect(table.sql).toMatch(/STRICT$/);
    // STRICT refuses a value of the wrong type; the foreign key refuses an article without its file.
    expect(() =>
      db
        .prepare(
          "INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES ('x', 'p', 'big', 't', 'e', 'now')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO article (source_file_id, raw, cleaned, imported_at) VALUES (999, 'r', 'c', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
