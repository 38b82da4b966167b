import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Served = { url: string; dbPath: string; stop: () => Promise<void> };

const cli = join(import.meta.dirname, '..', 'apps', 'cli', 'src', 'main.ts');

/** Starts `winnow serve` on a fresh temporary corpus and waits for the URL it prints. */
export async function serveFreshCorpus(): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-e2e-'));
  const dbPath = join(dir, 'corpus.sqlite');
  const child: ChildProcess = spawn(
    process.execPath,
    [cli, 'serve', '--db', dbPath, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`winnow serve did not start:\n${output}`)),
      20_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`winnow serve exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dbPath,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
