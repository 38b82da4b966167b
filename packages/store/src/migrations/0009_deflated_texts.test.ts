import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_CHARS } from '../chunks.ts';
import { checkCorpus } from '../doctor.ts';
import { openDatabase } from '../open.ts';
import { cleanedChunkRepository } from '../repositories/cleanedChunks.ts';
import { openStore } from '../store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-m9-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Astral characters (an emoji, a CJK extension B character) and a text of several chunks.
const long = '港口码头😀今年的吞吐量继续增长,the harbour board 𠮷 published its figures. '.repeat(
  Math.ceil((3 * CHUNK_CHARS) / 50),
);
const texts = [
  { raw: '廣告 國際技術合作取得新進展', cleaned: '國際技術合作取得新進展', title: '國際技術合作' },
  {
    raw: `${long}灯塔守护者 lighthouse spam`,
    cleaned: `${long}灯塔守护者 lighthouse`,
    title: 'Long',
  },
];

/** A corpus as version 8 left it: texts as plain text, one article's fragment kept. */
function versionEightCorpus(path: string): void {
  const db = openDatabase(path, { targetVersion: 8 });
  const chunks = cleanedChunkRepository(db);
  texts.forEach(({ raw, cleaned, title }, i) => {
    db.prepare(
      "INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES (?, ?, 10, 'text/plain', 'utf-8', 'then')",
    ).run(`s${i}`, `/${i}.txt`);
    const id = Number(
      db
        .prepare(
          "INSERT INTO article (source_file_id, title, language, imported_at) VALUES (?, ?, 'zh', 'then')",
        )
        .run(i + 1, title).lastInsertRowid,
    );
    db.prepare("INSERT INTO article_text (article_id, raw, astral) VALUES (?, ?, '[]')").run(
      id,
      raw,
    );
    chunks.insert(id, title, cleaned);
  });
  db.prepare(
    "INSERT INTO bundle_fragment (article_id, part, recipe, facts, bytes, data) VALUES (2, 'jsonl', 'r1', 0, 1, x'00')",
  ).run();
  db.close();
}

describe('migration 9: texts deflated', () => {
  it('deflates every raw text and cleaned chunk, reads them back the same, and compacts the file', () => {
    const path = join(dir, 'c.sqlite');
    versionEightCorpus(path);
    const store = openStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(9);
      texts.forEach(({ raw, cleaned }, i) => {
        const article = store.articles.get(i + 1)!;
        expect(article.raw).toBe(raw);
        expect(article.cleaned).toBe(cleaned);
        expect(store.articles.rawReader(i + 1)?.slice(5, 40)).toBe(raw.slice(5, 40));
        expect(store.articles.cleaned(i + 1, 9000, 9100)).toBe(cleaned.slice(9000, 9100));
      });
      // No text is left in the plain columns.
      const plain = store.db
        .prepare(
          `SELECT (SELECT count(*) FROM article_text WHERE raw != '' OR raw_deflated IS NULL)
                + (SELECT count(*) FROM cleaned_chunk WHERE cleaned != '' OR deflated IS NULL) AS n`,
        )
        .get();
      expect(plain).toEqual({ n: 0 });
      const found = (filter: object) =>
        store.articles.page(filter, 'imported', null, 10).map((a) => a.id);
      expect(found({ query: '技术' })).toEqual([1]);
      expect(found({ query: 'lighthouse' })).toEqual([2]);
      expect(found({ rawQuery: '廣告' })).toEqual([1]);
      expect(found({ rawQuery: 'LIGHTHOUSE SPAM' })).toEqual([2]);
      // The texts read the same: the fragment built from them stays.
      const fragments = store.db
        .prepare<[], number>('SELECT count(*) FROM bundle_fragment WHERE article_id = 2')
        .pluck();
      expect(fragments.get()).toBe(1);
      expect(checkCorpus(store, { fix: false }).problems).toEqual([]);
      // Compacted after migrating: no free pages left.
      expect(store.db.pragma('freelist_count', { simple: true })).toBe(0);
      // A change to a chunk still makes the fragment stale.
      const changed = `${texts[1]!.cleaned.slice(0, 40)}${texts[1]!.cleaned.slice(60)}`;
      store.transaction(() => store.articles.setCleaned(2, 'Long', changed));
      expect(store.articles.cleaned(2)).toBe(changed);
      expect(fragments.get()).toBe(0);
    } finally {
      store.close();
    }
    const backups = readdirSync(dir).filter(
      (name) => name.startsWith('c.sqlite.v8.') && name.endsWith('.backup'),
    );
    expect(backups).toHaveLength(1);
  });
});
