import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-tx-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const setting = (db: BetterSqlite3.Database, key: string) =>
  (db.prepare('SELECT value FROM corpus_meta WHERE key = ?').get(key) as { value: string })?.value;

describe('a unit of work beside another connection', () => {
  it('holds the write lock from its first read, so what it read cannot be overtaken', () => {
    const path = join(dir, 'c.sqlite');
    const store = openStore(path);
    // Another process's connection, impatient so the test does not wait for its timeout.
    const other = new BetterSqlite3(path, { timeout: 50 });
    try {
      store.db.prepare('INSERT INTO corpus_meta (key, value) VALUES (?, ?)').run('n', '1');
      const result = store.transaction(() => {
        const read = Number(setting(store.db, 'n'));
        // With a deferred BEGIN this write lands and the write below fails at once with
        // "database is locked" (SQLITE_BUSY_SNAPSHOT, which no busy timeout waits for).
        expect(() =>
          other.prepare("UPDATE corpus_meta SET value = '100' WHERE key = 'n'").run(),
        ).toThrow(/database is locked/);
        store.db
          .prepare('UPDATE corpus_meta SET value = ? WHERE key = ?')
          .run(String(read + 1), 'n');
        return read + 1;
      });
      expect(result).toBe(2);
      expect(setting(other, 'n')).toBe('2');
      // Once committed, the other connection writes as usual.
      other.prepare("UPDATE corpus_meta SET value = '3' WHERE key = 'n'").run();
      expect(setting(store.db, 'n')).toBe('3');
    } finally {
      other.close();
      store.close();
    }
  });

  it('waits for another connection that holds the lock instead of failing', async () => {
    const path = join(dir, 'c.sqlite');
    openStore(path).close();
    // The lock is held by a separate process for 300 ms.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
         const db = new D(${JSON.stringify(path)});
         db.exec('BEGIN IMMEDIATE'); console.log('held');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 300);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const store = openStore(path);
    try {
      const began = performance.now();
      store.transaction(() =>
        store.db.prepare('INSERT INTO corpus_meta (key, value) VALUES (?, ?)').run('k', 'v'),
      );
      const waited = performance.now() - began;
      expect(setting(store.db, 'k')).toBe('v');
      expect(waited).toBeGreaterThan(100);
      expect(waited).toBeLessThan(5_000);
    } finally {
      store.close();
      holder.kill();
    }
  });
});
