import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store.ts';
import type { Store } from '../store.ts';
import { factColumnsTheTriggerWatches } from './0007_fact_shift.ts';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-m7-'));
  store = openStore(join(dir, 'c.sqlite'));
  const db = store.db;
  for (const sha of ['a', 'b']) {
    const file = db
      .prepare(
        "INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES (?, ?, 10, 'text/plain', 'utf-8', 'then')",
      )
      .run(sha, `/${sha}.txt`).lastInsertRowid;
    db.prepare(
      "INSERT INTO article (source_file_id, title, language, imported_at) VALUES (?, 'T', 'zh', 'then')",
    ).run(file);
  }
  const fact = db.prepare(
    "INSERT INTO fact (article_id, kind, quote, start, \"end\", extractor, extractor_version) VALUES (?, 'quantity', '3家', ?, ?, 't', '1')",
  );
  for (const article of [1, 2]) for (const at of [0, 10, 20]) fact.run(article, at, at + 2);
  keepFragments();
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function keepFragments(): void {
  const fragment = store.db.prepare(
    "INSERT OR REPLACE INTO bundle_fragment (article_id, part, recipe, facts, bytes, data) VALUES (?, 'jsonl', 'r1', 0, 1, x'00')",
  );
  for (const article of [1, 2]) fragment.run(article);
}

const fragmentsOf = (article: number) =>
  store.db
    .prepare<[number], number>('SELECT count(*) FROM bundle_fragment WHERE article_id = ?')
    .pluck()
    .get(article);

describe('migration 7: moved facts forget their article’s fragments once', () => {
  it('the fragment trigger watches every column of fact but the two anchors', () => {
    const trigger = store.db
      .prepare<[], string>(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'bundle_fragment_fact_update'",
      )
      .pluck()
      .get();
    // A column added to fact later without the trigger made again fails here.
    const columns = factColumnsTheTriggerWatches(store.db);
    expect(columns).toContain('status');
    for (const column of columns) expect(trigger).toContain(`"${column}"`);
    expect(trigger).not.toMatch(/"start"|"end"/);
  });

  it('shifting facts forgets the fragments of that article only, and only when a fact moved', () => {
    expect(store.facts.shiftFrom(1, 5, 3)).toBe(2);
    expect(fragmentsOf(1)).toBe(0);
    expect(fragmentsOf(2)).toBe(1);
    const starts = store.db
      .prepare<[], number>('SELECT start FROM fact WHERE article_id = 1 ORDER BY id')
      .pluck()
      .all();
    expect(starts).toEqual([0, 13, 23]);

    keepFragments();
    expect(store.facts.shiftFrom(1, 1_000, 3)).toBe(0);
    expect(fragmentsOf(1)).toBe(1);
  });

  it('any other change to a fact still forgets its article’s fragments through the trigger', () => {
    store.facts.setStatus(4, 'approved');
    expect(fragmentsOf(2)).toBe(0);
    expect(fragmentsOf(1)).toBe(1);
  });
});
