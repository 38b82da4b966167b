import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * For tests about processes: `winnow serve` and `winnow import` run as real child
 * processes on the pinned Node, and the test talks to them over HTTP like a browser.
 */

export const cli = join(import.meta.dirname, '..', 'main.ts');

export type Desk = {
  port: number;
  token: string;
  child: ChildProcess;
  /** Everything the server wrote on stderr so far. */
  stderr(): string;
  /** Calls a method the way the desk does; the parsed Result and the HTTP status. */
  call(method: string, params: unknown): Promise<{ status: number; body: Result }>;
  stop(): Promise<void>;
};

export type Result =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string; details?: unknown } };

/** Starts `winnow serve` on a free loopback port and waits for its URL. */
export function startDesk(dbPath: string, extraArgs: string[] = []): Promise<Desk> {
  const child = spawn(
    process.execPath,
    [cli, 'serve', '--db', dbPath, '--port', '0', '--no-samples', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`winnow serve printed no URL:\n${stdout}\n${stderr}`));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`winnow serve exited (${code}):\n${stderr}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /Open http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(stdout);
      if (!found) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const port = Number(found[1]);
      const token = found[2]!;
      resolve({
        port,
        token,
        child,
        stderr: () => stderr,
        call: (method, params) => callDesk(port, token, method, params),
        stop: () => stopChild(child),
      });
    });
  });
}

export async function callDesk(
  port: number,
  token: string,
  method: string,
  params: unknown,
): Promise<{ status: number; body: Result }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/call/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, body: (await response.json()) as Result };
}

/** SIGTERM, then waits for the exit (SIGKILL after 10 s). */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Runs `winnow …` to its end; exit code, stdout and stderr. */
export function runWinnow(
  args: string[],
  cwd?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd ? { cwd, env: { ...process.env, INIT_CWD: cwd } } : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
