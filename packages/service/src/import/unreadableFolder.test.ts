import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type * as NodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expandPaths } from './files.ts';

// A folder named `locked` cannot be listed, as one without read permission cannot for an
// editor who is not its owner (these tests may run as root, whom permissions never stop).
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof NodeFs>();
  return {
    ...fs,
    readdirSync: ((path: string, options?: object) => {
      if (String(path).endsWith('locked'))
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), {
          code: 'EACCES',
        });
      return fs.readdirSync(path, options as never);
    }) as typeof fs.readdirSync,
  };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-unreadable-'));
  mkdirSync(join(dir, 'news', 'locked'), { recursive: true });
  writeFileSync(join(dir, 'news', 'a.txt'), '新华社北京电 会议在北京举行。\n');
  writeFileSync(join(dir, 'news', 'z.txt'), '另一篇报道的正文。\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder the import cannot read', () => {
  it('is reported as failed, and the files beside it are still found', () => {
    expect(expandPaths([join(dir, 'news')])).toEqual([
      { path: join(dir, 'news', 'a.txt'), importable: true },
      {
        path: join(dir, 'news', 'locked'),
        missing: true,
        message: 'a folder that cannot be read (EACCES)',
      },
      { path: join(dir, 'news', 'z.txt'), importable: true },
    ]);
  });
});
