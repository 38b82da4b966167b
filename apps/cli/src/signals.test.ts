import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '@winnow/service';

const cli = join(import.meta.dirname, 'main.ts');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-signals-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [cli, ...args], {
    cwd: dir,
    env: { ...process.env, INIT_CWD: dir, ...env },
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function until<T>(what: string, poll: () => T | undefined, ms = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const value = poll();
      if (value !== undefined) {
        clearInterval(timer);
        resolve(value);
      } else if (Date.now() - started > ms) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 5);
  });
}

describe('stopped by a signal', () => {
  it('serve removes its work folder, uploads and all, on SIGTERM and on SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      // The server's work folder goes in the system's temporary folder: give it its own.
      const tmp = join(dir, `tmp-${signal}`);
      mkdirSync(tmp);
      const child = start(['serve', '--db', 'c.sqlite', '--port', '0', '--no-samples'], {
        TMPDIR: tmp,
      });
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const url = await until('the URL', () => /Open (http:\S+)/.exec(out)?.[1]);
      const { origin, searchParams } = new URL(url);
      const upload = await fetch(`${origin}/api/upload`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${searchParams.get('token')}`,
          'x-file-name': 'story.txt',
        },
        body: '港口扩建工程启动。\n',
      });
      expect(upload.status).toBe(200);
      const [work] = readdirSync(tmp);
      expect(work).toMatch(/^winnow-serve-/);
      expect(readdirSync(join(tmp, work!, 'uploads'))).toHaveLength(1);
      const exit = exited(child);
      child.kill(signal);
      expect(await exit).toBe(0);
      expect(readdirSync(tmp)).toEqual([]);
    }
  });

  it('export removes its work folder on SIGTERM and writes nothing under the name', async () => {
    // Enough articles that the export is still writing when the signal comes.
    const files = join(dir, 'files');
    mkdirSync(files);
    for (let i = 0; i < 600; i++) {
      const body = `第${i}篇报道\n\n${'会议期间共有80多个国家的1.6万人次参加,投资超过6000亿元。'.repeat(40)}\n`;
      writeFileSync(join(files, `${String(i).padStart(4, '0')}.txt`), body);
    }
    const service = openService({ dbPath: join(dir, 'c.sqlite') });
    const imported = await service.call('articles.import', { paths: [files] });
    service.close();
    expect(imported.ok && imported.value.imported).toBe(600);
    const child = start(['export', '--db', 'c.sqlite', '--format', 'bundle', '--out', 'b.zip']);
    const exit = exited(child);
    const work = await until('the work folder', () =>
      readdirSync(dir).find((name) => name.startsWith('.b.zip.winnow-')),
    );
    child.kill('SIGTERM');
    expect(await exit).toBe(143);
    expect(readdirSync(dir)).not.toContain(work);
    expect(readdirSync(dir).filter((name) => name.includes('b.zip'))).toEqual([]);
  });
});
