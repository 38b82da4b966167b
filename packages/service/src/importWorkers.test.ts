import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '@winnow/store';
import type { Store } from '@winnow/store';
import { importFiles, importFilesHere } from './import/importFiles.ts';
import { expandPaths } from './import/files.ts';
import { prepare } from './import/prepare.ts';
import { PreparePool } from './import/preparePool.ts';
import { loadArticle } from './export/records.ts';

let dir: string;
const stores: Store[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-workers-'));
});
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Forty articles written for this test, with a broken file and a non-article among them. */
function folder(): string {
  const incoming = join(dir, 'incoming');
  mkdirSync(incoming);
  for (let i = 0; i < 40; i++) {
    const text =
      i % 2 === 0
        ? `第${i + 1}号简报\n\n截至目前，已有${i + 10}个国家加入合作网络，建成联合实验室${i + 2}家甜心包养网。\n`
        : `Bulletin ${i + 1}\n\nMore than ${i + 10} countries have joined, with ${i + 2} joint laboratories.\n`;
    writeFileSync(join(incoming, `${String(i).padStart(2, '0')}.txt`), text);
  }
  writeFileSync(join(incoming, '40.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
  writeFileSync(join(incoming, '41.pdf'), 'not an article');
  return incoming;
}

describe('import on worker threads', () => {
  it('stores the same articles, edits and facts, in file order, as an import on one thread', async () => {
    const incoming = folder();
    const here = openStore(join(dir, 'here.sqlite'));
    const there = openStore(join(dir, 'workers.sqlite'));
    stores.push(here, there);
    const one = importFilesHere(here, [incoming]);
    const many = await importFiles(there, [incoming]);
    expect(many.imported).toBe(40);
    expect(many.failed).toBe(1);
    expect(many.skipped).toBe(1);
    const strip = (report: typeof one) =>
      report.files.map(({ path, outcome, message }) => ({ path, outcome, message }));
    expect(strip(many)).toEqual(strip(one));
    for (let id = 1; id <= 40; id++) {
      const a = loadArticle(here, here.articles.get(id)!);
      const b = loadArticle(there, there.articles.get(id)!);
      expect({ ...b, importedAt: a.importedAt }).toEqual(a);
    }
  });

  it('cleans with the corpus’s own spam list on the workers too', async () => {
    const incoming = folder();
    const store = openStore(join(dir, 'custom.sqlite'));
    stores.push(store);
    // An editor's list without the default's 甜心包养网, with a phrase of their own.
    store.meta.set('clean.spamPhrases', JSON.stringify(['合作网络']));
    const report = await importFiles(store, [incoming]);
    expect(report.imported).toBe(40);
    const first = loadArticle(store, store.articles.get(1)!);
    expect(first.cleaned).not.toContain('合作网络');
    // The default list would have taken 甜心包养网 out whole.
    expect(first.cleaned).toContain('甜心');
  });

  it('prepares a worker’s files here when it ends without an error (terminated, exited)', async () => {
    const files = expandPaths([folder()]);
    const pool = new PreparePool(files.length, {}, 2);
    expect(pool.parallel).toBe(true);
    const answers = files.map((file) => pool.prepare(file));
    // A worker that stops on its own says nothing but 'exit': its files must not wait forever.
    await pool['workers'][0]!.terminate();
    const waited = await Promise.race([
      Promise.all(answers),
      new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 15_000)),
    ]);
    await pool.close();
    expect(waited).not.toBe('hung');
    const same = (p: ReturnType<typeof prepare>) => JSON.stringify(p);
    expect((waited as ReturnType<typeof prepare>[]).map(same)).toEqual(
      files.map((file) => same(prepare(file))),
    );
  }, 30_000);
});
