/**
 * The browser edition's memory under many large call bodies at once: starts `winnow serve`
 * on a fresh corpus, sends `n` (default 12) concurrent articles.editCleaned calls with the
 * largest body allowed, and prints the server's peak RSS (VmHWM) before and after, with
 * how many calls were answered and how many turned away (503). Linux only.
 *   node bench/serveBodies.ts [n]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_BODY_BYTES } from '../apps/cli/src/http/bodies.ts';

const n = Number(process.argv[2] ?? 12);
const dir = mkdtempSync(join(tmpdir(), 'winnow-bodies-'));
const cli = join(import.meta.dirname, '../apps/cli/src/main.ts');
const child = spawn(process.execPath, [cli, 'serve', '--db', join(dir, 'c.sqlite'), '--port', '0']);
const peakMb = () =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024;
let out = '';
const url = await new Promise<URL>((resolve) =>
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /Open (http:\S+)/.exec(out);
    if (match) resolve(new URL(match[1]!));
  }),
);
const before = peakMb();
// The largest body a call may have: an editor's version of the text, escaped in JSON.
const filler = '\\u4e2d'.repeat(Math.floor((MAX_BODY_BYTES - 100) / 6));
const body = `{"id":1,"editor":"bench","cleaned":"${filler}"}`;
const statuses = await Promise.all(
  Array.from({ length: n }, () =>
    fetch(`${url.origin}/api/call/articles.editCleaned`, {
      method: 'POST',
      headers: { authorization: `Bearer ${url.searchParams.get('token')}` },
      body,
    }).then((r) => r.status),
  ),
);
const after = peakMb();
child.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
const count = (s: number) => statuses.filter((x) => x === s).length;
process.stdout.write(
  `${JSON.stringify({ bodies: n, bodyBytes: Buffer.byteLength(body), peakRssMbBefore: Math.round(before), peakRssMbAfter: Math.round(after), refused503: count(503), answered: n - count(503) })}\n`,
);
