import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './testServer.ts';
import type { TestServer } from './testServer.ts';

const token = 'confine-token-0123456789';
let running: TestServer;
let secret: string;

type Reply = {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
};

async function call(method: string, params: unknown): Promise<Reply> {
  const response = await fetch(`http://127.0.0.1:${running.port}/api/call/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, body: (await response.json()) as Reply['body'] };
}

async function upload(name: string, text: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${running.port}/api/upload`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-file-name': encodeURIComponent(name) },
    body: text,
  });
  return ((await response.json()) as { value: { path: string } }).value.path;
}

const articleCount = () =>
  (running.service.store.db.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;

beforeAll(async () => {
  running = await startTestServer(token);
  // What an attacker on the LAN would like to read: a file of the server's user.
  secret = join(running.dir, 'id_rsa');
  writeFileSync(secret, '机密的私钥内容,不应离开这台机器。\n');
});
afterAll(() => running.stop());

describe('over HTTP, paths stay inside the server’s own work folder', () => {
  it('refuses to import a file outside the upload folder, by any spelling', async () => {
    const before = articleCount();
    const work = join(running.dir, 'work');
    mkdirSync(join(work, 'uploads'), { recursive: true });
    symlinkSync(secret, join(work, 'uploads', 'link.txt'));
    for (const path of [
      secret,
      `${work}/uploads/../../id_rsa`,
      'id_rsa',
      join(work, 'uploads', 'link.txt'),
      '/etc/passwd',
    ]) {
      const reply = await call('articles.import', { paths: [path] });
      expect(reply.status, path).toBe(403);
      expect(reply.body.error?.code).toBe('forbidden');
      expect(reply.body.error?.message).toContain('only inside this server');
    }
    // One path outside among uploaded ones refuses the whole call.
    const uploaded = await upload('note.txt', '上传的文章\n\n正文。\n');
    expect((await call('articles.import', { paths: [uploaded, secret] })).status).toBe(403);
    expect(articleCount()).toBe(before);
    const search = await call('articles.list', { query: '机密的私钥' });
    expect(search.body.value).toMatchObject({ total: 0 });
    // What was uploaded imports as before.
    const imported = await call('articles.import', { paths: [uploaded] });
    expect(imported.body).toMatchObject({ ok: true, value: { imported: 1 } });
  });

  it('refuses bundles.verify and bundles.import of a file outside', async () => {
    for (const method of ['bundles.verify', 'bundles.import']) {
      const reply = await call(method, { path: secret });
      expect(reply.status, method).toBe(403);
    }
  });

  it('refuses an export written outside, onto the corpus or anywhere else, and leaves the file as it was', async () => {
    const target = join(running.dir, 'elsewhere.jsonl');
    writeFileSync(target, 'mine');
    for (const out of [target, join(running.dir, 'new.jsonl'), running.service.store.path]) {
      const reply = await call('articles.export', { format: 'jsonl', out });
      expect(reply.status, out).toBe(403);
      expect(reply.body.error?.message).toMatch(/writes only inside .*outside it/);
    }
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(existsSync(join(running.dir, 'new.jsonl'))).toBe(false);
    // Inside the work folder it is written (the Export dialog uses /api/export instead).
    const inside = join(running.dir, 'work', 'mine.jsonl');
    const written = await call('articles.export', { format: 'jsonl', out: inside });
    expect(written.body).toMatchObject({ ok: true });
    expect(readFileSync(inside, 'utf8').split('\n').length).toBeGreaterThan(1);
  });
});
