import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchableText } from '@winnow/text/search';
import { CHUNK_CHARS } from '../chunks.ts';
import { checkCorpus } from '../doctor.ts';
import { openDatabase } from '../open.ts';
import { openStore } from '../store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-m6-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const long = '港口码头今年的吞吐量继续增长,the harbour board published its figures. '.repeat(
  Math.ceil((3 * CHUNK_CHARS) / 50),
);
const longEnd = `${long}灯塔守护者 lighthouse`;

/** A corpus as version 5 left it: the cleaned text beside the raw one, one search row an article. */
function versionFiveCorpus(path: string): void {
  const db = openDatabase(path, { targetVersion: 5 });
  const file = db.prepare(
    "INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES (?, ?, 10, 'text/plain', 'utf-8', 'then')",
  );
  const article = db.prepare(
    "INSERT INTO article (source_file_id, title, language, imported_at) VALUES (?, ?, 'zh', 'then')",
  );
  const text = db.prepare('INSERT INTO article_text (article_id, raw, cleaned) VALUES (?, ?, ?)');
  const search = db.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)');
  for (const [sha, title, raw, cleaned] of [
    ['a', '國際技術合作', '廣告 國際技術合作取得新進展', '國際技術合作取得新進展'],
    ['b', 'Long report', `${longEnd} spam`, longEnd],
  ] as const) {
    const id = Number(
      article.run(file.run(sha, `/${sha}.txt`).lastInsertRowid, title).lastInsertRowid,
    );
    text.run(id, raw, cleaned);
    search.run(id, searchableText(title), searchableText(cleaned));
  }
  db.prepare(
    "INSERT INTO fact (article_id, kind, quote, start, \"end\", status, extractor, extractor_version) VALUES (1, 'organization', '國際技術', 0, 4, 'approved', 't', '1')",
  ).run();
  db.prepare(
    "INSERT INTO bundle_fragment (article_id, part, recipe, facts, bytes, data) VALUES (2, 'jsonl', 'r1', 0, 1, x'00')",
  ).run();
  db.close();
}

describe('migration 6: cleaned text in chunks', () => {
  it('moves a version 5 corpus’s cleaned texts into chunks, indexes them, and backs it up first', () => {
    const path = join(dir, 'c.sqlite');
    versionFiveCorpus(path);
    const store = openStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
      expect(store.articles.get(1)?.cleaned).toBe('國際技術合作取得新進展');
      expect(store.articles.get(2)?.cleaned).toBe(longEnd);
      expect(store.articles.get(2)?.raw).toBe(`${longEnd} spam`);
      const chunks = store.db
        .prepare('SELECT article_id AS id, count(*) AS n FROM cleaned_chunk GROUP BY article_id')
        .all();
      expect(chunks).toEqual([
        { id: 1, n: 1 },
        { id: 2, n: 4 },
      ]);
      const columns = (
        store.db.prepare('PRAGMA table_info(article_text)').all() as Array<{ name: string }>
      ).map((c) => c.name);
      // (Migration 9 adds raw_deflated after these.)
      expect(columns.slice(0, 3)).toEqual(['article_id', 'raw', 'astral']);
      expect(columns).not.toContain('cleaned');
      // Stored before the offsets of its astral characters were kept: read whole, rightly.
      expect(store.articles.rawReader(2)?.slice(10, 20)).toBe(longEnd.slice(10, 20));
      const found = (query: string) =>
        store.articles.page({ query }, 'imported', null, 10).map((a) => a.id);
      expect(found('技术')).toEqual([1]);
      expect(found('harbour')).toEqual([2]);
      expect(found('lighthouse 守护')).toEqual([2]);
      expect(found('Long report lighthouse')).toEqual([2]);
      expect(store.articles.count({ query: '吞吐量' })).toEqual({ total: 1, capped: false });
      // The raw text is still searched as it was.
      expect(
        store.articles.page({ rawQuery: '廣告' }, 'imported', null, 10).map((a) => a.id),
      ).toEqual([1]);
      // The fragment built from the old text stays until the text changes.
      expect(
        store.db.prepare('SELECT count(*) AS n FROM bundle_fragment WHERE article_id = 2').get(),
      ).toEqual({ n: 1 });
      expect(checkCorpus(store, { fix: false }).problems).toEqual([]);
      store.transaction(() =>
        store.articles.setCleaned(2, 'Long report', `${longEnd.slice(0, 40)}${longEnd.slice(60)}`),
      );
      expect(
        store.db.prepare('SELECT count(*) AS n FROM bundle_fragment WHERE article_id = 2').get(),
      ).toEqual({ n: 0 });
    } finally {
      store.close();
    }
    const backups = readdirSync(dir).filter(
      (name) => name.startsWith('c.sqlite.v5.') && name.endsWith('.backup'),
    );
    expect(backups).toHaveLength(1);
  });
});
