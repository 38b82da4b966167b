import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Served = { url: string; dbPath: string; stop: () => Promise<void> };

const cli = join(import.meta.dirname, '..', 'apps', 'cli', 'src', 'main.ts');

/**
 * Starts `winnow serve` on a fresh temporary corpus and waits for the URL it prints.
 * `files` are imported first (a corpus that is not empty gets no samples).
 */
export async function serveFreshCorpus(files: Record<string, string> = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-e2e-'));
  const dbPath = join(dir, 'corpus.sqlite');
  if (Object.keys(files).length > 0) {
    const incoming = join(dir, 'incoming');
    mkdirSync(incoming);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(incoming, name), text);
    const run = spawnSync(process.execPath, [cli, 'import', incoming, '--db', dbPath], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`winnow import failed: ${run.stderr}`);
  }
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
