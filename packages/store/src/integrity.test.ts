import {
  closeSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOnOpen } from './integrity.ts';
import { openStore } from './store.ts';

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-integrity-'));
  path = join(dir, 'c.sqlite');
  const store = openStore(path);
  const importedAt = '2026-12-01T00:00:00Z';
  store.transaction(() => {
    const jobId = store.importJobs.create(['x'], 400);
    for (let i = 0; i < 400; i++) {
      const sourceFileId = store.sourceFiles.insert({
        sha256: `sha-${i}`,
        path: `${i}.txt`,
        sizeBytes: 100,
        mediaType: 'text/plain',
        encoding: 'utf-8',
        importedAt,
      });
      store.articles.insert({
        sourceFileId,
        importJobId: jobId,
        title: `第${i}篇`,
        publishedAt: null,
        sourceName: null,
        language: 'zh',
        script: 'Hans',
        raw: `第${i}篇报道的正文。`.repeat(20),
        cleaned: `第${i}篇报道的正文。`.repeat(20),
        warnings: [],
        importedAt,
      });
    }
  });
  store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Flips the first 64 bytes of the page holding the root of `table`'s b-tree. */
function flipRootOf(table: string): void {
  const db = new BetterSqlite3(path, { readonly: true });
  const { rootpage } = db
    .prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?')
    .get(table) as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(path, 'r+');
  const bytes = Buffer.alloc(64);
  readSync(fd, bytes, 0, 64, (rootpage - 1) * pageSize);
  for (let i = 0; i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xff;
  writeSync(fd, bytes, 0, 64, (rootpage - 1) * pageSize);
  closeSync(fd);
}

/** The check a corpus too large for the whole quick_check gets (threshold 0). */
function boundedCheck(): string[] {
  const db = new BetterSqlite3(path);
  try {
    return checkOnOpen(db, path, 0);
  } finally {
    db.close();
  }
}

describe('the bounded check on open (corpora over FULL_CHECK_BYTES)', () => {
  it('passes a sound corpus', () => {
    expect(boundedCheck()).toEqual([]);
  });

  it('finds the article table damaged', () => {
    flipRootOf('article');
    expect(boundedCheck().length).toBeGreaterThan(0);
  });

  it('finds the decisions damaged', () => {
    flipRootOf('decision');
    expect(boundedCheck().length).toBeGreaterThan(0);
  });

  it('finds a file cut short', () => {
    truncateSync(path, Math.floor(statSync(path).size / 2));
    // Found by the length check or, where SQLite meets the missing pages first, by it.
    expect(boundedCheck().length).toBeGreaterThan(0);
  });

  it('does not see damage inside article text: that is left to doctor (documented)', () => {
    flipRootOf('article_text');
    expect(boundedCheck()).toEqual([]);
    const db = new BetterSqlite3(path);
    expect(checkOnOpen(db, path).length).toBeGreaterThan(0); // the whole quick_check does
    db.close();
  });
});
