import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Served = {
  url: string;
  dbPath: string;
  /** Stops the server and starts it again on the same corpus; `url` is the new one. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

const cli = join(import.meta.dirname, '..', 'apps', 'cli', 'src', 'main.ts');

type Running = { child: ChildProcess; url: string };

async function startServer(dbPath: string, samples: boolean): Promise<Running> {
  const args = [cli, 'serve', '--db', dbPath, '--port', '0', ...(samples ? [] : ['--no-samples'])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`winnow serve exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Starts `winnow serve` on a fresh temporary corpus and waits for the URL it prints.
 * `files` are imported first (a corpus that is not empty gets no samples); with
 * `samples: false` an empty corpus stays empty.
 */
export async function serveFreshCorpus(
  files: Record<string, string> = {},
  options: { samples?: boolean } = {},
): Promise<Served> {
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
  const samples = options.samples ?? true;
  let running = await startServer(dbPath, samples);
  const served: Served = {
    url: running.url,
    dbPath,
    restart: async () => {
      await stopServer(running.child);
      running = await startServer(dbPath, samples);
      served.url = running.url;
    },
    stop: async () => {
      await stopServer(running.child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return served;
}

/**
 * Calls a service method over the server's HTTP API with the page's token, as the desk
 * does; a refused call fails the test with the service's answer.
 */
export async function callService(
  served: Served,
  method: string,
  params: unknown,
): Promise<unknown> {
  const url = new URL(served.url);
  const response = await fetch(`${url.origin}/api/call/${method}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${url.searchParams.get('token') ?? ''}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(params),
  });
  const result = (await response.json()) as { ok: boolean; value: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
  return result.value;
}
