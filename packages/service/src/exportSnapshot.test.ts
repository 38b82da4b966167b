import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { value } from './testing/value.ts';

let dir: string;
let service: WinnowService | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-snapshot-export-'));
});
afterEach(() => {
  service?.close();
  service = null;
  rmSync(dir, { recursive: true, force: true });
});

function entryText(path: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} is not in ${path}`)));
      zip.readEntry();
    });
  });
}

describe('a bundle export while an editor works', () => {
  it('describes one state of the corpus, though its files are written on two threads', async () => {
    service = openService({ dbPath: join(dir, 'busy.sqlite') });
    const folder = join(dir, 'incoming');
    mkdirSync(folder);
    for (let i = 0; i < 400; i++) {
      const lines = Array.from(
        { length: 12 },
        (_, j) =>
          `${i}号简讯：联合实验室今年新增${i + j + 3}个合作项目，涉及${j + 10}个国家和约${(i + 1) * 100}名学员。`,
      );
      writeFileSync(join(folder, `n${i}.txt`), `第${i}号简讯\n\n${lines.join('\n\n')}\n`);
    }
    await value(service.call('articles.import', { paths: [folder] }));
    const ids = (
      service.store.db.prepare('SELECT id FROM fact ORDER BY id LIMIT 5000').all() as {
        id: number;
      }[]
    ).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(1000);

    const out = join(dir, 'busy.zip');
    let finished = false;
    const exported = service
      .call('articles.export', { format: 'bundle', out, editor: 'lin' })
      .finally(() => (finished = true));
    // The editor approves and rejects every fact in turn while the export runs.
    let flips = 0;
    while (!finished) {
      const status = flips % 2 === 0 ? 'approved' : 'rejected';
      await value(service.call('facts.setStatusMany', { ids, status, editor: 'wu' }));
      flips++;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await value(exported);
    // The export overlapped the editor's work; otherwise this test would prove nothing.
    expect(flips).toBeGreaterThan(2);

    // The bundle verifies (its two fact files agree fact by fact) ...
    const check = await value(service.call('bundles.verify', { path: out }));
    expect(check.problems).toEqual([]);
    // ... and every fact it holds has the status of one moment: all the same.
    const statuses = new Set(
      (await entryText(out, 'facts.jsonl'))
        .trim()
        .split('\n')
        .filter((line) => ids.includes((JSON.parse(line) as { id: number }).id))
        .map((line) => (JSON.parse(line) as { status: string }).status),
    );
    expect(statuses.size).toBe(1);
  }, 120_000);
});

/** Whether this machine can make a file immutable (root on ext4 can; elsewhere, skip). */
function canMakeImmutable(): boolean {
  const probe = join(tmpdir(), `winnow-immutable-${process.pid}`);
  writeFileSync(probe, 'x');
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}

describe('a corpus on a read-only disk', () => {
  it.skipIf(!canMakeImmutable())(
    'still exports a bundle: with no writer possible, there are no writes to hold off (skipped where chattr +i is refused, e.g. on tmpfs)',
    async () => {
      const path = join(dir, 'archive.sqlite');
      const writable = openService({ dbPath: path });
      await value(
        writable.call('articles.import', {
          paths: [join(import.meta.dirname, '..', '..', '..', 'resources', 'samples')],
        }),
      );
      writable.close();
      execFileSync('chattr', ['+i', path]);
      try {
        service = openService({ dbPath: path });
        const out = join(dir, 'archive.zip');
        const summary = await value(service.call('articles.export', { format: 'bundle', out }));
        expect(summary.articles).toBe(8);
        const check = await value(service.call('bundles.verify', { path: out }));
        expect(check).toMatchObject({ ok: true, problems: [] });
      } finally {
        execFileSync('chattr', ['-i', path]);
      }
    },
  );
});
