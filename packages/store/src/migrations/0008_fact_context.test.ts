import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCorpus } from '../doctor.ts';
import { openDatabase } from '../open.ts';
import { cleanedChunkRepository } from '../repositories/cleanedChunks.ts';
import { openStore } from '../store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-m8-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cleaned =
  '港务局消息,今年新开通航线超过12条,涉及沿海港口近40个。海关部门表示,进出口货物总量同比增长约8%。\n' +
  'The harbour board said more than 3,000 ships called this year.';
const around = (start: number, end: number) => ({
  prefix: cleaned.slice(Math.max(0, start - 32), start),
  suffix: cleaned.slice(end, end + 32),
});
const at = (quote: string) => {
  const start = cleaned.indexOf(quote);
  return { quote, start, end: start + quote.length };
};

/** The facts of a version 7 corpus, each with the context its row held then. */
const facts = [
  // Extracted: the context is the text around the anchor.
  { ...at('超过12条'), ...around(at('超过12条').start, at('超过12条').end) },
  { ...at('港务局'), ...around(0, 3) },
  { ...at('3,000 ships'), ...around(at('3,000 ships').start, at('3,000 ships').end) },
  // Imported from a bundle built elsewhere: a context of its own.
  { ...at('近40个'), prefix: '另一份报道说', suffix: '。' },
  // An orphan: no anchor, its context is all that is left of where it was.
  { quote: '约9%', start: null, end: null, prefix: '同比增长', suffix: '。\n' },
];

/** A corpus as version 7 left it: every fact holding its prefix and suffix. */
function versionSevenCorpus(path: string): void {
  const db = openDatabase(path, { targetVersion: 7 });
  db.prepare(
    "INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES ('a', '/a.txt', 10, 'text/plain', 'utf-8', 'then')",
  ).run();
  db.prepare(
    "INSERT INTO article (source_file_id, title, language, imported_at) VALUES (1, '港务局', 'zh', 'then')",
  ).run();
  db.prepare("INSERT INTO article_text (article_id, raw, astral) VALUES (1, ?, '[]')").run(
    `广告 ${cleaned}`,
  );
  cleanedChunkRepository(db).insert(1, '港务局', cleaned);
  const insert = db.prepare(
    `INSERT INTO fact (article_id, kind, quote, start, "end", prefix, suffix, orphan, extractor, extractor_version)
     VALUES (1, 'quantity', ?, ?, ?, ?, ?, ?, 't', '1')`,
  );
  for (const f of facts)
    insert.run(f.quote, f.start, f.end, f.prefix, f.suffix, f.start === null ? 1 : 0);
  db.prepare('UPDATE article SET pending_facts = ? WHERE id = 1').run(facts.length);
  db.prepare(
    "INSERT INTO bundle_fragment (article_id, part, recipe, facts, bytes, data) VALUES (1, 'jsonl', 'r1', 5, 1, x'00')",
  ).run();
  db.close();
}

describe('migration 8: fact context read from the text', () => {
  it('drops the contexts the text gives back, keeps the others, and every fact reads as before', () => {
    const path = join(dir, 'c.sqlite');
    versionSevenCorpus(path);
    const store = openStore(path);
    try {
      const rows = store.db
        .prepare('SELECT prefix, suffix, context_from_text AS fromText FROM fact ORDER BY id')
        .all();
      expect(rows).toEqual([
        { prefix: '', suffix: '', fromText: 1 },
        { prefix: '', suffix: '', fromText: 1 },
        { prefix: '', suffix: '', fromText: 1 },
        { prefix: '另一份报道说', suffix: '。', fromText: 0 },
        { prefix: '同比增长', suffix: '。\n', fromText: 0 },
      ]);
      const read = store.facts
        .byArticle(1)
        .sort((a, b) => a.id - b.id)
        .map(({ quote, start, end, prefix, suffix }) => ({ quote, start, end, prefix, suffix }));
      expect(read).toEqual(facts);
      // One fact alone reads its context from the text as well.
      expect(store.facts.get(1)).toMatchObject({
        prefix: facts[0]!.prefix,
        suffix: facts[0]!.suffix,
      });
      // The facts read the same, so the fragment built from them stays.
      expect(
        store.db.prepare('SELECT count(*) AS n FROM bundle_fragment WHERE article_id = 1').get(),
      ).toEqual({ n: 1 });
      expect(checkCorpus(store, { fix: false }).problems).toEqual([]);
      // A change to a fact still makes the fragment stale.
      store.facts.setStatus(1, 'approved');
      expect(
        store.db.prepare('SELECT count(*) AS n FROM bundle_fragment WHERE article_id = 1').get(),
      ).toEqual({ n: 0 });
    } finally {
      store.close();
    }
    expect(
      readdirSync(dir).filter((n) => n.startsWith('c.sqlite.v7.') && n.endsWith('.backup')),
    ).toHaveLength(1);
  });

  it('an orphaned fact keeps the context it had; a relocated one is read from the text', () => {
    const store = openStore(join(dir, 'new.sqlite'));
    try {
      store.transaction(() => {
        store.sourceFiles.insert({
          sha256: 'b',
          path: '/b.txt',
          sizeBytes: 10,
          mediaType: 'text/plain',
          encoding: 'utf-8',
          importedAt: 'now',
        });
        store.articles.insert({
          sourceFileId: 1,
          importJobId: null,
          title: '港务局',
          language: 'zh',
          script: 'Hans',
          raw: cleaned,
          cleaned,
          warnings: [],
          importedAt: 'now',
        });
      });
      const base = {
        articleId: 1,
        kind: 'quantity' as const,
        value: null,
        valueMax: null,
        unit: null,
        subject: null,
        corroborationKey: null,
        topicKey: null,
        qualifier: null,
        role: null,
        speaker: null,
        confidence: 1,
        extractor: 't',
        extractorVersion: '1',
      };
      const [first, second] = store.facts.insertMany(1, [
        { ...base, ...facts[0]! },
        { ...base, ...facts[2]! },
      ]);
      const fromText = store.db
        .prepare<[], number>('SELECT sum(context_from_text) FROM fact')
        .pluck();
      expect(fromText.get()).toBe(2);
      // The text changes under the first fact: it becomes an orphan with the context it had.
      store.articles.setCleaned(1, '港务局', cleaned.replace('超过12条', '若干'), cleaned);
      store.facts.markOrphan(first!, facts[0]);
      expect(store.facts.get(first!)).toMatchObject({
        orphan: true,
        start: null,
        prefix: facts[0]!.prefix,
        suffix: facts[0]!.suffix,
      });
      // The second moves: its new context is the text's, so the row need not hold it.
      const now = store.articles.cleaned(1);
      const start = now.indexOf('3,000 ships');
      const moved = {
        start,
        end: start + 11,
        quote: '3,000 ships',
        prefix: now.slice(start - 32, start),
        suffix: now.slice(start + 11, start + 43),
      };
      store.facts.relocate(second!, moved);
      expect(store.facts.get(second!)).toMatchObject(moved);
      expect(fromText.get()).toBe(1);
      // A context the text does not give is kept as given.
      store.facts.relocate(second!, { ...moved, prefix: 'elsewhere' });
      expect(store.facts.get(second!)).toMatchObject({ ...moved, prefix: 'elsewhere' });
      expect(fromText.get()).toBe(0);
    } finally {
      store.close();
    }
  });
});
