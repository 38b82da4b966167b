import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '@winnow/service';
import { cli } from './testing/children.ts';

const samples = join(import.meta.dirname, '../../../resources/samples');
let dir: string;

function winnow(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, INIT_CWD: dir },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The corpus still opens, checks clean and holds its eight sample articles. */
async function expectCorpusIntact(path: string): Promise<void> {
  expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
  const service = openService({ dbPath: path });
  try {
    expect(await service.call('corpus.check', {})).toEqual({
      ok: true,
      value: { ok: true, problems: [] },
    });
    const stats = await service.call('corpus.stats', {});
    expect(stats.ok && stats.value.articles).toBe(8);
  } finally {
    service.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-export-out-'));
  const imported = spawnSync(process.execPath, [cli, 'import', samples, '--db', 'c.sqlite'], {
    cwd: dir,
    env: { ...process.env, INIT_CWD: dir },
  });
  expect(imported.status).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('winnow export --out refuses to destroy anything', { timeout: 90_000 }, () => {
  it('refuses to write onto the corpus or its log, even with --force', async () => {
    for (const args of [['c.sqlite'], ['./c.sqlite', '--force'], ['c.sqlite-wal', '--force']]) {
      const run = winnow('export', '--db', 'c.sqlite', '--out', ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/corpus's own file/);
    }
    await expectCorpusIntact(join(dir, 'c.sqlite'));
  });

  it('refuses to replace a folder that holds the corpus, or any folder with a one-file format', async () => {
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'keep.txt'), 'mine');
    expect(
      winnow('export', '--db', 'c.sqlite', '--format', 'md', '--out', '.', '--force').code,
    ).toBe(2);
    const onFolder = winnow('export', '--db', 'c.sqlite', '--out', 'notes', '--force');
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr).toMatch(/notes is a folder/);
    const mdOnFolder = winnow(
      'export',
      '--db',
      'c.sqlite',
      '--format',
      'md',
      '--out',
      'notes',
      '--force',
    );
    expect(mdOnFolder.code).toBe(2);
    expect(mdOnFolder.stderr).toMatch(/not only Markdown/);
    expect(readFileSync(join(dir, 'notes', 'keep.txt'), 'utf8')).toBe('mine');
    await expectCorpusIntact(join(dir, 'c.sqlite'));
  });

  it('replaces an existing file only with --force', () => {
    writeFileSync(join(dir, 'out.jsonl'), 'earlier');
    const refused = winnow('export', '--db', 'c.sqlite', '--out', 'out.jsonl');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/out\.jsonl: it already exists.*--force/);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('earlier');
    expect(winnow('export', '--db', 'c.sqlite', '--out', 'out.jsonl', '--force').code).toBe(0);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(8);
    // An earlier Markdown export is replaced the same way.
    expect(winnow('export', '--db', 'c.sqlite', '--format', 'md', '--out', 'md').code).toBe(0);
    expect(winnow('export', '--db', 'c.sqlite', '--format', 'md', '--out', 'md').code).toBe(2);
    expect(
      winnow('export', '--db', 'c.sqlite', '--format', 'md', '--out', 'md', '--force').code,
    ).toBe(0);
    expect(readdirSync(join(dir, 'md'))).toHaveLength(8);
  });

  it('refuses a folder that does not exist, creating nothing', () => {
    const run = winnow('export', '--db', 'c.sqlite', '--out', 'nowhere/out.jsonl');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nowhere.* does not exist/);
    expect(readdirSync(dir)).not.toContain('nowhere');
  });
});
