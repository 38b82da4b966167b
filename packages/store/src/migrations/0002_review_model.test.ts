import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchMatchExpression } from '@winnow/text/search';
import { openDatabase } from '../open.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-m2-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A corpus as version 1 left it, with articles in it. */
function versionOneCorpus(path: string): void {
  const db = openDatabase(path, { targetVersion: 1 });
  const file = db.prepare(
    "INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES (?, ?, 10, 'text/plain', 'utf-8', 'then')",
  );
  const article = db.prepare(
    "INSERT INTO article (source_file_id, title, raw, cleaned, imported_at) VALUES (?, ?, ?, ?, 'then')",
  );
  article.run(
    file.run('a', '/a.txt').lastInsertRowid,
    '國際技術合作',
    '國際技術合作取得新進展',
    '國際技術合作取得新進展',
  );
  article.run(
    file.run('b', '/b.txt').lastInsertRowid,
    'Joint laboratories',
    'Joint laboratories opened.',
    'Joint laboratories opened.',
  );
  db.close();
}

describe('migration 2: review model', () => {
  it('migrates a version 1 corpus, keeps its articles, indexes them, and backs it up first', () => {
    const path = join(dir, 'c.sqlite');
    versionOneCorpus(path);
    const db = openDatabase(path, { targetVersion: 2 });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT count(*) AS n FROM article').get()).toEqual({ n: 2 });
    // The texts moved to their own table, unchanged.
    expect(db.prepare('SELECT raw FROM article_text WHERE article_id = 2').get()).toEqual({
      raw: 'Joint laboratories opened.',
    });
    const columns = (db.prepare('PRAGMA table_info(article)').all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('raw');
    expect(columns).not.toContain('cleaned');
    const found = db
      .prepare('SELECT rowid AS id FROM article_search WHERE article_search MATCH ?')
      .all(searchMatchExpression('技術'));
    expect(found).toEqual([{ id: 1 }]);
    expect(db.prepare('SELECT pending_facts AS p FROM article WHERE id = 1').get()).toEqual({
      p: 0,
    });
    db.close();
    const backups = readdirSync(dir).filter(
      (name) => name.startsWith('c.sqlite.v1.') && name.endsWith('.backup'),
    );
    expect(backups).toHaveLength(1);
  });

  it('keeps the pending-facts counter with triggers and makes the decision log append-only', () => {
    const path = join(dir, 'c.sqlite');
    versionOneCorpus(path);
    const db = openDatabase(path, { targetVersion: 2 });
    const fact = db.prepare(
      "INSERT INTO fact (article_id, kind, quote, start, \"end\", extractor, extractor_version) VALUES (1, 'quantity', 'x', 0, 1, 't', '1')",
    );
    fact.run();
    const second = Number(fact.run().lastInsertRowid);
    const pending = () =>
      (db.prepare('SELECT pending_facts AS p FROM article WHERE id = 1').get() as { p: number }).p;
    expect(pending()).toBe(2);
    db.prepare("UPDATE fact SET status = 'approved' WHERE id = ?").run(second);
    expect(pending()).toBe(1);
    db.prepare('DELETE FROM fact').run();
    expect(pending()).toBe(0);

    db.prepare(
      "INSERT INTO decision (at, editor, kind, action, target_type, target_id) VALUES ('now', 'lin', 'act', 'article.status', 'article', 1)",
    ).run();
    expect(() => db.prepare("UPDATE decision SET editor = 'someone else'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM decision').run()).toThrow(/append-only/);
    db.close();
  });
});
