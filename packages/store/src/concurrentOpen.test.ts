import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Processes that each open (creating and migrating) the same new corpus at one moment. */
function openAtOnce(path: string, processes: number): Promise<string[]> {
  const at = Date.now() + 1_000;
  const store = pathToFileURL(join(import.meta.dirname, 'store.ts')).href;
  const child = `import { openStore } from ${JSON.stringify(store)};
    while (Date.now() < ${at});
    try { openStore(${JSON.stringify(path)}).close(); console.log('opened'); }
    catch (error) { console.log(String(error)); }`;
  return Promise.all(
    Array.from(
      { length: processes },
      () =>
        new Promise<string>((resolve) => {
          const run = spawn(process.execPath, ['--input-type=module', '-e', child]);
          let out = '';
          run.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          run.on('close', () => resolve(out.trim()));
        }),
    ),
  );
}

describe('several processes creating one new corpus at once', () => {
  // Two imports into one new corpus started together: a new file is in rollback-journal
  // mode until the first of them sets WAL, and there SQLite answers one of two readers that
  // both want to write "database is locked" at once instead of waiting (and a migration the
  // other ran meanwhile failed as "table … already exists"): before the retry, one run of this test in two failed.
  it('all open it, and it is created once', async () => {
    for (let round = 0; round < 10; round++) {
      const path = join(dir, `corpus-${round}.sqlite`);
      expect(await openAtOnce(path, 4)).toEqual(['opened', 'opened', 'opened', 'opened']);
      const store = openStore(path);
      try {
        expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(store.db.prepare('SELECT count(*) AS n FROM article').get()).toEqual({ n: 0 });
      } finally {
        store.close();
      }
    }
  }, 60_000);
});
