import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_CHARS } from '../chunks.ts';
import { deflateText } from '../deflatedText.ts';
import { checkCorpus } from '../doctor.ts';
import { openDatabase } from '../open.ts';
import { cleanedChunkRepository } from '../repositories/cleanedChunks.ts';
import { openStore } from '../store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-m10-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const long = '港口码头今年的吞吐量继续增长,the harbour board 𠮷 published its figures. '.repeat(
  Math.ceil((2 * CHUNK_CHARS) / 50),
);
const articles = [
  { title: '國際技術合作', cleaned: '國際技術合作取得新進展,超过12条航线开通。' },
  { title: 'Harbour', cleaned: `${long}灯塔 lighthouse 超过12条航线` },
];
const at = (article: number, quote: string) => {
  const start = articles[article]!.cleaned.indexOf(quote);
  return { quote, start, end: start + quote.length };
};

/** Schema 9 fact rows: the words as text, in every row. */
const facts = [
  {
    article: 1,
    ...at(0, '超过12条'),
    subject: 'route',
    unit: '条',
    qualifier: 'more_than',
    corroboration: 'count:route:12',
    topic: 'route:条',
    fromText: 1,
    status: 'pending',
  },
  {
    article: 2,
    ...at(1, '超过12条'),
    subject: 'route',
    unit: '条',
    qualifier: 'more_than',
    corroboration: 'count:route:12',
    topic: 'route:条',
    fromText: 1,
    status: 'approved',
  },
  {
    article: 2,
    ...at(1, '灯塔'),
    subject: null,
    unit: null,
    qualifier: null,
    corroboration: null,
    topic: null,
    fromText: 0,
    status: 'rejected',
  },
];

const TABLES = ['article', 'edit', 'decision', 'tag', 'article_tag', 'fact_tag', 'bundle_fragment'];
const snapshot = (db: BetterSqlite3.Database) =>
  Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));

/** A corpus as version 9 left it, with something in every table an editor fills. */
function versionNineCorpus(path: string): void {
  const db = openDatabase(path, { targetVersion: 9 });
  const chunks = cleanedChunkRepository(db);
  articles.forEach(({ title, cleaned }, i) => {
    db.prepare(
      "INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES (?, ?, 10, 'text/plain', 'utf-8', 'then')",
    ).run(`s${i}`, `/${i}.txt`);
    db.prepare(
      "INSERT INTO article (source_file_id, title, language, imported_at) VALUES (?, ?, 'zh', 'then')",
    ).run(i + 1, title);
    db.prepare("INSERT INTO article_text (article_id, raw, raw_deflated) VALUES (?, '', ?)").run(
      i + 1,
      deflateText(`广告 ${cleaned}`),
    );
    chunks.insert(i + 1, title, cleaned);
  });
  const insert = db.prepare(
    `INSERT INTO fact (article_id, kind, quote, start, "end", prefix, suffix, value, value_max, unit, subject,
       corroboration_key, topic_key, qualifier, role, speaker, confidence, status, extractor, extractor_version,
       context_from_text)
     VALUES (?, 'quantity', ?, ?, ?, ?, ?, '12', NULL, ?, ?, ?, ?, ?, NULL, NULL, 0.85, ?, 'zh-numbers', '2', ?)`,
  );
  for (const f of facts)
    insert.run(
      f.article,
      f.quote,
      f.start,
      f.end,
      f.fromText ? '' : '灯',
      f.fromText ? '' : 'l',
      f.unit,
      f.subject,
      f.corroboration,
      f.topic,
      f.qualifier,
      f.status,
      f.fromText,
    );
  db.exec(`
    UPDATE article SET pending_facts = 1 WHERE id = 1;
    INSERT INTO edit (article_id, start, "end", replacement, rule, reason, state)
      VALUES (1, 0, 3, '', 'ad-label', 'an advertisement label', 'applied');
    INSERT INTO tag (name, created_at) VALUES ('港口', 'then');
    INSERT INTO article_tag (article_id, tag_id) VALUES (2, 1);
    INSERT INTO fact_tag (fact_id, tag_id) VALUES (2, 1);
    INSERT INTO decision (at, editor, kind, action, target_type, target_id, article_id, before, after)
      VALUES ('then', 'ed', 'act', 'fact.status', 'fact', 2, 2, '"pending"', '"approved"');
    INSERT INTO bundle_fragment (article_id, part, recipe, facts, bytes, data)
      VALUES (2, 'jsonl', 'r1', 2, 1, x'00');
  `);
  db.close();
}

function readRaw(path: string) {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return { version: db.pragma('user_version', { simple: true }), tables: snapshot(db) };
  } finally {
    db.close();
  }
}

describe('migration 10: search chars listed once, fact words stored once', () => {
  it('keeps every article, fact, edit, decision and tag as it was, and every search finding the same', () => {
    const path = join(dir, 'c.sqlite');
    versionNineCorpus(path);
    const before = readRaw(path);
    expect(before.version).toBe(9);
    const store = openStore(path, { targetVersion: 10 });
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(10);
      expect(snapshot(store.db)).toEqual(before.tables);
      for (const [i, f] of facts.entries()) {
        const fact = store.facts.get(i + 1)!;
        const text = articles[f.article - 1]!.cleaned;
        expect(fact).toMatchObject({
          articleId: f.article,
          quote: f.quote,
          start: f.start,
          end: f.end,
          prefix: f.fromText ? text.slice(Math.max(0, f.start - 32), f.start) : '灯',
          suffix: f.fromText ? text.slice(f.end, f.end + 32) : 'l',
          value: 12,
          unit: f.unit,
          subject: f.subject,
          corroborationKey: f.corroboration,
          topicKey: f.topic,
          qualifier: f.qualifier,
          confidence: 0.85,
          status: f.status,
          extractor: 'zh-numbers',
          extractorVersion: '2',
          orphan: false,
        });
      }
      // Each repeated text is stored once; the rows keep none of them.
      const words = store.db.prepare<[], number>('SELECT count(*) FROM fact_word').pluck();
      expect(words.get()).toBe(7);
      const leftInRows = store.db
        .prepare<[], number>(
          `SELECT count(*) FROM fact WHERE subject IS NOT NULL OR unit IS NOT NULL OR qualifier IS NOT NULL
             OR corroboration_key IS NOT NULL OR topic_key IS NOT NULL OR extractor != '' OR extractor_version != ''`,
        )
        .pluck();
      expect(leftInRows.get()).toBe(0);
      // Other articles saying the same, through the integer key index.
      expect(store.facts.agreeing('count:route:12', 1).map((r) => r.factId)).toEqual([2]);
      expect(store.facts.sameTopic('route:条', 2).map((r) => r.key)).toEqual(['route:条']);
      expect(store.facts.agreeing('count:route:99', 1)).toEqual([]);
      const found = (query: string) =>
        store.articles.page({ query }, 'imported', null, 10).map((a) => a.id);
      expect(found('技')).toEqual([1]); // one character, from the chars column
      expect(found('术')).toEqual([1]);
      expect(found('灯')).toEqual([2]); // in the last chunk of a long article
      expect(found('際')).toEqual([1]); // folded as the text was
      expect(found('12条')).toEqual([1, 2]);
      expect(found('技术合作')).toEqual([1]);
      expect(found('lighthouse')).toEqual([2]);
      expect(found('𠮷')).toEqual([2]);
      // Sorted by title with many matches: each article is looked up in the index.
      expect(
        store.articles.page({ query: '条' }, 'title', null, 10, 'order-first').map((a) => a.id),
      ).toEqual([2, 1]);
      expect(checkCorpus(store, { fix: false }).problems).toEqual([]);
      expect(store.db.pragma('freelist_count', { simple: true })).toBe(0);
    } finally {
      store.close();
    }
  });

  it('stores new facts through the words, and forgets an id a rolled-back transaction handed out', () => {
    const path = join(dir, 'c.sqlite');
    versionNineCorpus(path);
    const store = openStore(path);
    try {
      const fact = { ...store.facts.get(1)!, articleId: 1 };
      const withKey = (key: string) => ({ ...fact, corroborationKey: key, subject: key });
      expect(() =>
        store.transaction(() => {
          store.facts.insert(withKey('count:ship:3000'));
          throw new Error('the editor cancelled');
        }),
      ).toThrow('the editor cancelled');
      // The word is gone with the transaction; the next new word may take its id.
      const id = store.transaction(() => store.facts.insert(withKey('count:berth:4')));
      expect(store.facts.get(id)).toMatchObject({
        corroborationKey: 'count:berth:4',
        subject: 'count:berth:4',
        extractor: 'zh-numbers',
      });
      expect(store.facts.agreeing('count:ship:3000', 2)).toEqual([]);
      store.facts.setValue(id, 13, 'count:route:12');
      expect(store.facts.agreeing('count:route:12', 2).map((r) => r.factId)).toEqual([1, id]);
    } finally {
      store.close();
    }
  });

  it('leaves the corpus at version 9, whole, when the migration fails part-way', () => {
    const path = join(dir, 'c.sqlite');
    versionNineCorpus(path);
    // The power goes while the fact rows are rewritten, after the search index was rebuilt.
    const db = new BetterSqlite3(path);
    db.exec(`CREATE TRIGGER power_cut BEFORE UPDATE ON fact WHEN OLD.id = 2 BEGIN
      SELECT RAISE(ABORT, 'power cut'); END;`);
    db.close();
    const before = readRaw(path);
    expect(() => openStore(path)).toThrow(/power cut/);
    const after = readRaw(path);
    expect(after).toEqual(before);
    const raw = new BetterSqlite3(path);
    const columns = raw
      .prepare<[], string>("SELECT name FROM pragma_table_info('article_search')")
      .pluck()
      .all();
    expect(columns).toEqual(['title', 'body']);
    expect(
      raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'fact_word'").get(),
    ).toEqual({ n: 0 });
    raw.exec('DROP TRIGGER power_cut');
    raw.close();
    // With the cause gone, the next opening migrates it.
    const store = openStore(path);
    try {
      expect(store.facts.get(2)).toMatchObject({ corroborationKey: 'count:route:12' });
      expect(store.articles.page({ query: '技' }, 'imported', null, 10).map((a) => a.id)).toEqual([
        1,
      ]);
    } finally {
      store.close();
    }
  });
});
