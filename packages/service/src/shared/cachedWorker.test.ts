import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedWorker } from './cachedWorker.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A TypeScript worker file of its own (types to strip), in a fresh folder. */
function workerFile(source: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'winnow-cached-worker-'));
  folders.push(folder);
  const file = join(folder, 'thread.ts');
  writeFileSync(file, source);
  return file;
}

const outcome = (file: string, workerData: unknown) =>
  new Promise<{ message?: unknown; error?: string }>((resolve) => {
    const worker = cachedWorker(file, { workerData });
    worker.on('message', (message: unknown) => resolve({ message }));
    worker.on('error', (error: Error) => resolve({ error: error.message }));
  });

describe('cachedWorker', () => {
  it('runs a TypeScript file on a thread, with its workerData', async () => {
    const file = workerFile(`import { parentPort, workerData } from 'node:worker_threads';
const doubled: number = (workerData as { n: number }).n * 2;
parentPort?.postMessage(doubled);
`);
    expect(await outcome(file, { n: 21 })).toEqual({ message: 42 });
  });

  it("reports a file that fails to load as the worker's error", async () => {
    const file = workerFile(`throw new Error('no such corpus');\n`);
    expect(await outcome(file, null)).toEqual({ error: 'no such corpus' });
  });

  it('keeps compiled code in the user’s own cache folder, not the shared temporary one', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'winnow-user-cache-'));
    folders.push(cache);
    const saved = { xdg: process.env['XDG_CACHE_HOME'], node: process.env['NODE_COMPILE_CACHE'] };
    process.env['XDG_CACHE_HOME'] = cache;
    delete process.env['NODE_COMPILE_CACHE'];
    try {
      const file = workerFile(`import { getCompileCacheDir } from 'node:module';
import { parentPort } from 'node:worker_threads';
const folder: string | undefined = getCompileCacheDir();
parentPort?.postMessage(folder);
`);
      const { message } = await outcome(file, null);
      // Node keeps one folder per version of itself inside the one it is given.
      expect(String(message).startsWith(join(cache, 'winnow', 'compile-cache'))).toBe(true);
      expect(readdirSync(join(cache, 'winnow', 'compile-cache')).length).toBeGreaterThan(0);
    } finally {
      if (saved.xdg === undefined) delete process.env['XDG_CACHE_HOME'];
      else process.env['XDG_CACHE_HOME'] = saved.xdg;
      if (saved.node !== undefined) process.env['NODE_COMPILE_CACHE'] = saved.node;
    }
  });
});
