import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion } from './migrations/index.ts';
import { backupBeforeMigration, DatabaseFromFutureError, openDatabase } from './open.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('creates a WAL database with foreign keys at the latest schema', () => {
    const db = openDatabase(join(dir, 'c.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a database from a newer Winnow and leaves it untouched', () => {
    const path = join(dir, 'future.sqlite');
    const raw = new BetterSqlite3(path);
    raw.exec('CREATE TABLE from_the_future (x INTEGER)');
    raw.pragma(`user_version = ${latestVersion + 5}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(DatabaseFromFutureError);
    expect(() => openDatabase(path)).toThrow(/newer version of Winnow/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('takes a VACUUM INTO backup that opens with the same rows, keeping the last three', () => {
    const path = join(dir, 'c.sqlite');
    const db = openDatabase(path);
    db.prepare('INSERT INTO corpus_meta (key, value) VALUES (?, ?)').run('k', 'v');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(backupBeforeMigration(db, path, i + 1));
    db.close();
    const kept = readdirSync(dir).filter((name) => name.endsWith('.backup'));
    expect(kept).toHaveLength(3);
    const last = made.at(-1) ?? '';
    expect(existsSync(last)).toBe(true);
    const copy = new BetterSqlite3(last, { readonly: true });
    expect(copy.prepare('SELECT value FROM corpus_meta WHERE key = ?').get('k')).toEqual({
      value: 'v',
    });
    copy.close();
  });
});
