import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open.ts';
import { beginSnapshot, endSnapshot, holdWrites } from './snapshot.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-snapshot-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const count = (db: BetterSqlite3.Database) =>
  (db.prepare('SELECT count(*) AS n FROM corpus_meta').get() as { n: number }).n;

describe('snapshots', () => {
  it('a snapshot keeps seeing the corpus as it was while another connection writes', () => {
    const path = join(dir, 'c.sqlite');
    const writer = openDatabase(path);
    const reader = openDatabase(path, { readonly: true });
    const before = count(writer);
    beginSnapshot(reader);
    writer.prepare("INSERT INTO corpus_meta (key, value) VALUES ('snapshot.test', '1')").run();
    expect(count(reader)).toBe(before);
    endSnapshot(reader);
    expect(count(reader)).toBe(before + 1);
    writer.close();
    reader.close();
  });

  it('holding writes makes a writer wait, and releasing lets it through', () => {
    const path = join(dir, 'c.sqlite');
    openDatabase(path).close();
    const writer = new BetterSqlite3(path, { timeout: 0 });
    const held = holdWrites(path);
    expect(() =>
      writer.prepare("INSERT INTO corpus_meta (key, value) VALUES ('held', '1')").run(),
    ).toThrow(/locked|busy/i);
    held.release();
    writer.prepare("INSERT INTO corpus_meta (key, value) VALUES ('held', '1')").run();
    expect(count(writer)).toBeGreaterThan(0);
    writer.close();
  });
});
