import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import { samplesDir } from './testing/bundleCorpus.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-full-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a full disk', () => {
  it('fails a bundle import as "disk full", keeps nothing of it, and the retry works', async () => {
    const source = openService({ dbPath: join(dir, 'a.sqlite') });
    await source.call('articles.import', { paths: [samplesDir] });
    const bundle = join(dir, 'b.zip');
    expect((await source.call('articles.export', { format: 'bundle', out: bundle })).ok).toBe(true);
    source.close();

    const target = openService({ dbPath: join(dir, 'b.sqlite') });
    try {
      // The file may grow by a few pages only: SQLite answers SQLITE_FULL, as on a full disk.
      const pages = target.store.db.pragma('page_count', { simple: true }) as number;
      target.store.db.pragma(`max_page_count = ${pages + 4}`);
      const full = await target.call('bundles.import', { path: bundle });
      expect(full.ok).toBe(false);
      if (full.ok) return;
      expect(full.error).toMatchObject({ code: 'io_error', details: { storage: 'disk-full' } });
      expect(full.error.message).toMatch(
        /is full: free some space.*nothing of .*b\.zip was imported/,
      );
      expect(full.error.message).not.toContain('cannot rollback');
      expect(target.store.db.inTransaction).toBe(false);
      expect(target.store.db.prepare('SELECT count(*) AS n FROM article').get()).toEqual({ n: 0 });

      target.store.db.pragma('max_page_count = 1073741823');
      const again = await target.call('bundles.import', { path: bundle });
      expect(again.ok && again.value.articles.added).toBe(8);
    } finally {
      target.close();
    }
  });
});
