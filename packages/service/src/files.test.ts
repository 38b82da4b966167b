import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandPaths } from './import/files.ts';
import { openService } from './service.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-walk-'));
  // news/a/story.txt, with news/a/up -> news (a loop), news/b/same.txt -> ../a/story.txt
  // (the same file twice) and news/b/self -> self (a link to itself).
  mkdirSync(join(dir, 'news', 'a'), { recursive: true });
  mkdirSync(join(dir, 'news', 'b'));
  writeFileSync(join(dir, 'news', 'a', 'story.txt'), '新华社北京电 会议在北京举行。\n');
  writeFileSync(join(dir, 'news', 'b', 'other.txt'), '另一篇报道的正文。\n');
  symlinkSync(join(dir, 'news'), join(dir, 'news', 'a', 'up'));
  symlinkSync(join('..', 'a', 'story.txt'), join(dir, 'news', 'b', 'same.txt'));
  symlinkSync('self', join(dir, 'news', 'b', 'self'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('walking an import folder', () => {
  it('visits each real file once, through a loop and a duplicate link', () => {
    const found = expandPaths([join(dir, 'news')]);
    expect(found).toEqual([
      { path: join(dir, 'news', 'a', 'story.txt'), importable: true },
      { path: join(dir, 'news', 'b', 'other.txt'), importable: true },
      {
        path: join(dir, 'news', 'b', 'self'),
        missing: true,
        message: 'a symbolic link that points to itself',
      },
    ]);
  });

  it('imports such a folder once, naming the self-link rather than "no such file"', async () => {
    const service = openService({ dbPath: join(dir, 'corpus.sqlite') });
    try {
      const result = await service.call('articles.import', { paths: [join(dir, 'news')] });
      if (!result.ok) throw new Error(result.error.message);
      const outcomes = result.value.files.map((f) => [
        f.path.slice(dir.length),
        f.outcome,
        f.message,
      ]);
      expect(outcomes).toEqual([
        ['/news/a/story.txt', 'imported', null],
        ['/news/b/other.txt', 'imported', null],
        ['/news/b/self', 'failed', 'a symbolic link that points to itself'],
      ]);
    } finally {
      service.close();
    }
  });

  it.skipIf(process.platform === 'win32')(
    'reports a path the editor named that is neither a file nor a folder (a device, a pipe)',
    () => {
      expect(expandPaths(['/dev/null'])).toEqual([
        { path: '/dev/null', missing: true, message: 'not a file or a folder' },
      ]);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'fails, and does not wait, on a file the walk listed that is a named pipe by the time it is read',
    () => {
      // The walk lists a.txt as a file; before its turn to be read, a pipe takes its name.
      // Reading it is tried in a process of its own, which is ended if it waits.
      const pipe = join(dir, 'news', 'b', 'swapped.txt');
      execFileSync('mkfifo', [pipe]);
      const prepareUrl = pathToFileURL(join(import.meta.dirname, 'import', 'prepare.ts')).href;
      const script = `const { prepare } = await import(${JSON.stringify(prepareUrl)});
        process.stdout.write(JSON.stringify(prepare({ path: ${JSON.stringify(pipe)}, importable: true })));`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        timeout: 20_000,
        encoding: 'utf8',
      });
      expect(run.signal, 'the read waited for a writer').toBeNull();
      expect(JSON.parse(run.stdout)).toEqual({
        path: pipe,
        outcome: 'failed',
        message: 'not a file or a folder',
      });
    },
  );
});
