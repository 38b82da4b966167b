import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, startDesk } from './testing/children.ts';

let dir: string;

function winnow(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, INIT_CWD: dir },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-nocorpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a mistyped --db', { timeout: 90_000 }, () => {
  it('is refused by every command that reads a corpus, with exit code 66, creating nothing', () => {
    for (const args of [
      ['export', '--db', 'typo.sqlite', '--out', 'out.jsonl'],
      ['reclean', '--db', 'typo.sqlite'],
      ['doctor', '--db', 'typo.sqlite'],
      ['bundle', 'prepare', '--db', 'typo.sqlite'],
      ['spam', 'list', '--db', 'typo.sqlite'],
    ]) {
      const run = winnow(...args);
      expect(run.code, args.join(' ')).toBe(66);
      expect(run.stderr).toMatch(/there is no corpus at .*typo\.sqlite/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir), args.join(' ')).toEqual([]);
    }
    expect(winnow('--help').stdout).toMatch(/66/);
  });

  it('is a new corpus for import, and serve says it starts one', async () => {
    const desk = await startDesk(join(dir, 'new.sqlite'));
    try {
      expect(desk.stderr()).toMatch(/No corpus at .*new\.sqlite: starting a new one/);
    } finally {
      await desk.stop();
    }
    expect(existsSync(join(dir, 'new.sqlite'))).toBe(true);
    const samples = join(import.meta.dirname, '../../../resources/samples');
    expect(winnow('import', samples, '--db', 'fresh.sqlite').code).toBe(0);
    expect(existsSync(join(dir, 'fresh.sqlite'))).toBe(true);
  });
});
