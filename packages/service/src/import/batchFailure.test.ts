import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '@winnow/store';
import type { Store } from '@winnow/store';
import { startImport } from './importFiles.ts';
import { prepare } from './prepare.ts';
import type { Prepared } from './prepare.ts';

/*
 * A batch is stored without a savepoint per file; a file that fails while stored undoes
 * the batch, which is stored again file by file. The other files must be kept as if
 * nothing had happened, and nothing of the failed one.
 */
let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-batch-'));
  store = openStore(join(dir, 'corpus.sqlite'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) =>
  store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('a file that fails while its batch is stored', () => {
  it('is reported failed, leaves no rows, and the rest of its batch is stored', () => {
    const paths = [1, 2, 3].map((n) => {
      const path = join(dir, `a${n}.txt`);
      writeFileSync(
        path,
        `Headline ${n}\n\nThe council approved 12 new schools on Monday, article ${n}.\n`,
      );
      return path;
    });
    const run = startImport(store, paths, () => {});
    const prepared = run.files.map((file) => prepare(file));
    // The second file's fact breaks a CHECK of the fact table when it is inserted.
    const bad = prepared[1] as Extract<Prepared, { sha256: string }>;
    expect(bad.facts.length).toBeGreaterThan(0);
    bad.facts[0] = { ...bad.facts[0]!, kind: 'no such kind' as never };
    prepared.forEach((item, index) => run.accept(item, index));
    const report = run.finish();
    expect(report.files.map((f) => f.outcome)).toEqual(['imported', 'failed', 'imported']);
    expect(report.files[1]!.message).toMatch(/CHECK/);
    expect(count('article')).toBe(2);
    expect(count('source_file')).toBe(2);
    const facts = store.db
      .prepare('SELECT DISTINCT article_id FROM fact ORDER BY article_id')
      .pluck()
      .all();
    expect(facts).toEqual(report.files.filter((f) => f.articleId !== null).map((f) => f.articleId));
    expect(count('import_job_file')).toBe(3);
  });
});
