import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService } from '@winnow/service';

const cli = join(import.meta.dirname, 'main.ts');
let dir: string;
let corpus: string;
let backup: string;

function winnow(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Flips every bit of the first 64 bytes of each page in the middle tenth of the file. */
function flipMidFile(path: string): void {
  const pageSize = 4096;
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  const bytes = Buffer.alloc(64);
  for (let page = Math.floor((size * 0.45) / pageSize); page * pageSize < size * 0.55; page++) {
    readSync(fd, bytes, 0, 64, page * pageSize);
    for (let i = 0; i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xff;
    writeSync(fd, bytes, 0, 64, page * pageSize);
  }
  closeSync(fd);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-damaged-'));
  const files = join(dir, 'files');
  mkdirSync(files);
  for (let i = 0; i < 300; i++)
    writeFileSync(
      join(files, `${String(i).padStart(3, '0')}.txt`),
      `第${i}篇报道\n\n${'会议期间共有80多个国家的1.6万人次参加,投资超过6000亿元。'.repeat(8)}\n`,
    );
  corpus = join(dir, 'c.sqlite');
  const service = openService({ dbPath: corpus });
  await service.call('articles.import', { paths: [files] });
  // A backup beside the file, as a migration writes one.
  backup = `${corpus}.v5.2026-12-01T09-00-00-000Z.backup`;
  service.store.db.prepare('VACUUM INTO ?').run(backup);
  service.close();
  flipMidFile(corpus);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a corpus with bytes flipped mid-file', () => {
  it('opens read-only, says so naming the newest backup and doctor, and refuses changes', async () => {
    const before = digest(corpus);
    const service = openService({ dbPath: corpus });
    try {
      expect(service.store.damage?.message).toMatch(
        new RegExp(
          `c\\.sqlite is damaged \\(.+\\); it is open read-only.*winnow doctor --db .*c\\.sqlite.*the newest backup is ${backup.replace(/[.]/g, '\\.')}`,
        ),
      );
      const tagged = await service.call('tags.create', { name: 'checked' });
      expect(tagged).toMatchObject({
        ok: false,
        error: { code: 'io_error', details: { storage: 'damaged' } },
      });
    } finally {
      service.close();
    }
    const imported = winnow('import', join(dir, 'files', '000.txt'), '--db', corpus);
    expect(imported.code).toBe(7);
    expect(imported.stderr).toMatch(/c\.sqlite is damaged .*winnow doctor/);
    expect(imported.stderr).not.toMatch(/^\s+at /m);
    expect(digest(corpus)).toBe(before);
  });

  it('doctor reports the damage and the backup instead of failing; --fix deletes nothing', () => {
    const before = digest(corpus);
    const checked = winnow('doctor', '--db', corpus);
    expect(checked.code).toBe(7);
    expect(checked.stdout).toMatch(
      /problem {2}sqlite\.integrity .*the file is damaged; restore the newest backup/,
    );
    expect(checked.stdout).toContain(backup);
    expect(checked.stderr).not.toMatch(/^\s+at /m);
    const fixed = winnow('doctor', '--db', corpus, '--fix');
    expect(fixed.code).toBe(7);
    expect(fixed.stdout).not.toMatch(/^fixed/m);
    expect(digest(corpus)).toBe(before);
    // The backup is whole: restoring it gives the editor every article back.
    const restored = openService({ dbPath: backup });
    try {
      expect(restored.store.damage).toBeNull();
      expect(restored.store.db.prepare('SELECT count(*) AS n FROM article').get()).toEqual({
        n: 300,
      });
    } finally {
      restored.close();
    }
  });
});
