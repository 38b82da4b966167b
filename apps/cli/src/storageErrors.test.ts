import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '@winnow/service';

const cli = join(import.meta.dirname, 'main.ts');
const samples = join(import.meta.dirname, '../../../resources/samples');
const story = join(samples, '01-lab-network.txt');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-storage-'));
});
afterEach(() => {
  spawnSync('umount', [join(dir, 'mnt')], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
});

function winnow(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function winnowAsync(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** One line, naming the file, and no stack trace: the editor's mistake, not a bug. */
function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr
    .trim()
    .split('\n')
    .filter((line) => !/^import \d+\/\d+$/.test(line));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m);
}

/**
 * A real file system of `options`, mounted at dir/mnt: a small tmpfs fills up, a read-only
 * bind mount refuses writes even to root (chmod does not). Needs root and mount rights;
 * false where the machine does not give them.
 */
function mount(args: string[]): string | null {
  const at = join(dir, 'mnt');
  mkdirSync(at, { recursive: true });
  return spawnSync('mount', [...args, at], { stdio: 'ignore' }).status === 0 ? at : null;
}
const canMount = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'winnow-mount-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

describe('the corpus file itself in trouble: one line and its own exit code', () => {
  it('lists the exit codes in the help', () => {
    const help = winnow('--help');
    for (const line of [
      /4 +the disk is full/,
      /5 +the corpus or its folder is read-only/,
      /6 +the corpus is locked/,
      /7 +the corpus is damaged/,
      /8 +the corpus's folder does not exist/,
    ])
      expect(help.stdout).toMatch(line);
  });

  it('a folder that does not exist: 8', () => {
    const run = winnow('import', story, '--db', join(dir, 'no', 'such', 'c.sqlite'));
    expect(run.code).toBe(8);
    expectOneLine(run.stderr, /The folder .*no\/such does not exist/);
  });

  it('a file that is not a corpus (or is damaged): 7, and the file is left as it was', () => {
    const path = join(dir, 'notes.sqlite');
    const bytes = Buffer.from('These are my notes, not a database. '.repeat(300));
    writeFileSync(path, bytes);
    const run = winnow('import', story, '--db', path);
    expect(run.code).toBe(7);
    expectOneLine(
      run.stderr,
      /notes\.sqlite is damaged or is not a Winnow corpus \(file is not a database\)/,
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('a corpus another program keeps locked for writing: 6', async () => {
    const path = join(dir, 'c.sqlite');
    expect(winnow('import', story, '--db', path).code).toBe(0);
    const holder = openService({ dbPath: path });
    holder.store.db.exec('BEGIN EXCLUSIVE');
    try {
      const run = await winnowAsync('import', join(samples, '02-science-parks.txt'), '--db', path);
      expect(run.code).toBe(6);
      expectOneLine(run.stderr, /c\.sqlite is locked by another program/);
    } finally {
      holder.store.db.exec('ROLLBACK');
      holder.close();
    }
  }, 120_000);

  it.skipIf(!canMount)(
    'a full disk: 4, for an import and for a bundle import',
    () => {
      const source = join(dir, 'source.sqlite');
      expect(winnow('import', samples, '--db', source).code).toBe(0);
      expect(
        winnow('export', '--db', source, '--format', 'bundle', '--out', join(dir, 'b.zip')).code,
      ).toBe(0);
      // Room for a new corpus, not for the bundle's articles: since migration 10 these fit
      // in 400 KB, a new corpus alone still needs about 300 KB.
      const disk = mount(['-t', 'tmpfs', '-o', 'size=340k', 'tmpfs']);
      expect(disk).not.toBeNull();
      const full = winnow('import', samples, '--db', join(disk!, 'c.sqlite'));
      expect(full.code).toBe(4);
      expectOneLine(full.stderr, /The disk holding .*c\.sqlite is full/);
      // Room again for a new corpus, not for the bundle's articles.
      for (const suffix of ['', '-wal', '-shm'])
        rmSync(join(disk!, `c.sqlite${suffix}`), { force: true });
      const bundle = winnow(
        'bundle',
        'import',
        join(dir, 'b.zip'),
        '--db',
        join(disk!, 'd.sqlite'),
      );
      expect(bundle.code).toBe(4);
      expect(bundle.stderr).toMatch(
        /The disk holding .*d\.sqlite is full.*nothing of .*b\.zip was imported/,
      );
      expect(bundle.stderr).not.toContain('cannot rollback');
    },
    120_000,
  );

  it.skipIf(!canMount)(
    'a read-only folder: 5, and the corpus is unchanged',
    () => {
      const folder = join(dir, 'ro');
      mkdirSync(folder);
      const path = join(folder, 'c.sqlite');
      expect(winnow('import', story, '--db', path).code).toBe(0);
      const before = readFileSync(path);
      const at = mount(['--bind', folder]);
      expect(at).not.toBeNull();
      expect(spawnSync('mount', ['-o', 'remount,bind,ro', at!]).status).toBe(0);
      const run = winnow(
        'import',
        join(samples, '02-science-parks.txt'),
        '--db',
        join(at!, 'c.sqlite'),
      );
      expect(run.code).toBe(5);
      expectOneLine(run.stderr, /c\.sqlite cannot be written: it or its folder is read-only/);
      spawnSync('umount', [at!]);
      expect(readFileSync(path).equals(before)).toBe(true);
    },
    60_000,
  );
});
