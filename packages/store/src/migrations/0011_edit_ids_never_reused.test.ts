import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCorpus } from '../doctor.ts';
import { openDatabase } from '../open.ts';
import { openStore } from '../store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-m11-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (id: number, start: number) => ({
  id,
  articleId: 1,
  start,
  end: start + 2,
  replacement: '',
  rule: 'spam.injected-phrase',
  reason: 'spam',
  confidence: 1,
  state: 'applied' as const,
  origin: 'pipeline' as const,
  pipelineVersion: 1,
});

/**
 * A version 10 corpus whose edits 3 to 9 a re-clean deleted: edit 2 stands, the log names
 * 4 (one edit's state), 6 (a bulk decision) and 9 (a removal).
 */
function versionTenCorpus(path: string): void {
  const db = openDatabase(path, { targetVersion: 10 });
  db.prepare(
    "INSERT INTO source_file (sha256, path, size_bytes, media_type, encoding, imported_at) VALUES ('a', '/a.txt', 10, 'text/plain', 'utf-8', 'then')",
  ).run();
  db.prepare(
    "INSERT INTO article (source_file_id, title, language, imported_at) VALUES (1, 'T', 'zh', 'then')",
  ).run();
  const insert = db.prepare(
    `INSERT INTO edit (id, article_id, start, "end", replacement, rule, reason, confidence, state, origin, pipeline_version)
     VALUES (@id, @articleId, @start, @end, @replacement, @rule, @reason, @confidence, @state, @origin, @pipelineVersion)`,
  );
  insert.run(edit(1, 0));
  insert.run(edit(2, 4));
  const decide = db.prepare(
    `INSERT INTO decision (at, editor, kind, action, target_type, target_id, article_id, before, after)
     VALUES ('then', 'lin', 'act', ?, ?, ?, 1, ?, ?)`,
  );
  decide.run('edit.state', 'edit', 4, '"applied"', '"reverted"');
  decide.run(
    'edit.states',
    'edit',
    2,
    '{"2":"applied","6":"applied"}',
    '{"2":"reverted","6":"reverted"}',
  );
  decide.run(
    'text.remove',
    'article',
    1,
    '{"edits":{"9":"reverted"},"facts":{}}',
    '{"edits":{"9":"accepted"},"facts":{}}',
  );
  db.prepare(
    "INSERT INTO bundle_fragment (article_id, part, recipe, facts, bytes, data) VALUES (1, 'jsonl', 'r1', 0, 1, x'00')",
  ).run();
  db.close();
}

describe('migration 11: edit ids are never reused', () => {
  it('keeps every edit and gives new ones ids no decision names', () => {
    const path = join(dir, 'c.sqlite');
    versionTenCorpus(path);
    const store = openStore(path);
    try {
      expect(store.edits.byArticle(1).map((e) => e.id)).toEqual([1, 2]);
      expect(store.edits.get(2)).toMatchObject(edit(2, 4));
      const fresh = store.edits.insert({
        ...edit(0, 8),
        state: 'reverted',
        origin: 'manual',
      });
      expect(fresh).toBe(10);
      // Deleting the newest edit does not free its id.
      store.edits.remove(fresh);
      store.edits.insertPipeline(1, [edit(0, 12)], 2);
      expect(Math.max(...store.edits.byArticle(1).map((e) => e.id))).toBe(11);
      expect(checkCorpus(store, { fix: false }).problems).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('keeps the triggers and indexes the edit table had', () => {
    const path = join(dir, 'c.sqlite');
    versionTenCorpus(path);
    const store = openStore(path);
    try {
      const names = store.db
        .prepare<[], string>(
          "SELECT name FROM sqlite_master WHERE tbl_name = 'edit' AND type IN ('index', 'trigger') ORDER BY name",
        )
        .pluck()
        .all();
      expect(names).toEqual(
        expect.arrayContaining([
          'bundle_fragment_edit_delete',
          'bundle_fragment_edit_update',
          'edit_article',
          'edit_rule',
        ]),
      );
      const fragments = () =>
        store.db.prepare('SELECT count(*) AS n FROM bundle_fragment WHERE article_id = 1').get();
      expect(fragments()).toEqual({ n: 1 });
      // A changed edit still makes the article's bundle fragments stale.
      store.edits.setState(1, 'reverted');
      expect(fragments()).toEqual({ n: 0 });
    } finally {
      store.close();
    }
  });

  it('a new corpus never reuses an edit id either', () => {
    const store = openStore(join(dir, 'new.sqlite'));
    try {
      const sql = store.db
        .prepare<[], string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'edit'")
        .pluck()
        .get();
      expect(sql).toContain('AUTOINCREMENT');
    } finally {
      store.close();
    }
  });
});
