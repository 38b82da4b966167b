import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './testServer.ts';
import type { TestServer } from './testServer.ts';

let port: number;
const token = 'test-token-0123456789';

type Reply = {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
};

/** A raw request, so tests can forge Host and Origin as an attacker's page would. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (method: string, params: unknown, headers: Record<string, string> = {}) =>
  send(`/api/call/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(params),
  });

let running: TestServer;

beforeAll(async () => {
  running = await startTestServer(token, '<!doctype html><title>Winnow</title>');
  ({ port } = running);
  writeFileSync(join(running.dir, 'secret.txt'), 'outside the build folder');
});

afterAll(() => running.stop());

describe('browser edition transport', () => {
  it('answers a call with the service result', async () => {
    const reply = await call('articles.list', { limit: 2 });
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as {
      ok: boolean;
      value: { total: number; articles: unknown[] };
    };
    expect(result.ok).toBe(true);
    expect(result.value.total).toBe(8);
    expect(result.value.articles).toHaveLength(2);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const none = await send('/api/call/articles.list', { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await call('articles.list', {}, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a forged Host (DNS rebinding) and a foreign Origin', async () => {
    const rebound = await call('articles.list', {}, { host: `attacker.example:${port}` });
    expect(rebound.status).toBe(403);
    const foreign = await call('articles.list', {}, { origin: 'http://attacker.example' });
    expect(foreign.status).toBe(403);
    const own = await call('articles.list', {}, { origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
  });

  it('answers malformed JSON and bad params with a clear 400', async () => {
    const reply = await send('/api/call/articles.get', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: '{"id": 1',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: expect.stringMatching(/not valid JSON/) },
    });
    const bad = await call('articles.get', { id: -1 });
    expect(bad.status).toBe(400);
    // An export's params that are not an object are the caller's mistake, not the server's.
    for (const body of ['42', '"csv"', 'true']) {
      const reply = await send('/api/export', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body,
      });
      expect(reply.status, body).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
  });

  it('serves pages only with the token: from the URL once, then from its cookie', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
    const first = await send(`/?token=${token}`);
    expect(first.status).toBe(200);
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const withCookie = await send('/', { headers: { cookie: setCookie.split(';')[0] ?? '' } });
    expect(withCookie.status).toBe(200);
    expect((await send('/', { headers: { cookie: 'winnow_token=forged' } })).status).toBe(401);
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const index = await send(`/?token=${token}`);
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['x-frame-options']).toBe('DENY');
    const escapes = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%00',
    ];
    for (const path of escapes) {
      const reply = await send(`${path}?token=${token}`);
      expect(reply.body).not.toContain('outside the build folder');
    }
  });

  it('imports an uploaded file, streaming progress, and keeps hostile names inside its folder', async () => {
    const text = Buffer.concat([
      Buffer.from('上传的文章标题\n\n'),
      Buffer.from('正文有十二个国家参加。\n'),
    ]);
    const upload = await send('/api/upload', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'x-file-name': encodeURIComponent('../../上传.txt'),
      },
      body: text.toString('utf8'),
    });
    expect(upload.status).toBe(200);
    const path = (JSON.parse(upload.body) as { value: { path: string } }).value.path;
    expect(path).not.toContain('..');
    expect(path.startsWith(tmpdir())).toBe(true);
    expect(path.endsWith('上传.txt')).toBe(true);

    const imported = await call(
      'articles.import',
      { paths: [path] },
      { accept: 'application/x-ndjson' },
    );
    const lines = imported.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.some((line) => 'progress' in line)).toBe(true);
    const last = lines.at(-1) as { result: { ok: boolean; value: { imported: number } } };
    expect(last.result).toMatchObject({ ok: true, value: { imported: 1 } });
    // The import consumed the upload: nothing of it is left in the work folder.
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(join(running.dir, 'work', 'uploads'))).toEqual([]);
  });

  it('takes a bundle larger than an article may be, and refuses each past its own limit', async () => {
    /**
     * An upload that declares its size and sends only the first KB, on a connection of
     * its own (the server is still waiting for the rest): the answer, if one comes first.
     */
    const declare = (name: string, bytes: number) =>
      new Promise<string>((resolve) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/upload',
            method: 'POST',
            agent: false,
            headers: {
              host: `127.0.0.1:${port}`,
              authorization: `Bearer ${token}`,
              'x-file-name': name,
              'content-length': String(bytes),
            },
          },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (body += chunk));
            res.on('end', () => resolve(body));
          },
        );
        req.on('error', () => {});
        req.write(Buffer.alloc(1024));
        setTimeout(() => {
          resolve('still receiving');
          req.destroy();
        }, 300);
      });
    expect(await declare('big.txt', 300 * 1024 * 1024)).toMatch(
      /The file is 314572800 bytes; Winnow accepts articles up to/,
    );
    expect(await declare('huge.winnow.zip', 17 * 1024 ** 3)).toMatch(
      /The file is 18253611008 bytes;.*bundles \(\.zip\) up to/,
    );
    // A bundle of 300 MB is within its limit: the server waits for its bytes.
    expect(await declare('desk.winnow.zip', 300 * 1024 * 1024)).toBe('still receiving');
    // Cut off, it leaves no partial file among the uploads.
    const uploads = join(running.dir, 'work', 'uploads');
    await expect
      .poll(() =>
        existsSync(uploads)
          ? readdirSync(uploads, { recursive: true }).filter((n) => String(n).endsWith('.zip'))
          : [],
      )
      .toEqual([]);
  });

  it('exports for download, serves only its own exports, and refuses a chosen path', async () => {
    const exported = await send('/api/export', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'csv' }),
    });
    expect(exported.status).toBe(200);
    const value = (JSON.parse(exported.body) as { value: { download: string; articles: number } })
      .value;
    expect(value.articles).toBeGreaterThan(0);
    expect(value.download).toMatch(/^\/api\/download\/winnow-csv-.*\.csv$/);
    const file = await send(value.download, { headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.body).toContain('quote');

    const viaCookie = await send(value.download, { headers: { cookie: `winnow_token=${token}` } });
    expect(viaCookie.status).toBe(200);
    const anonymous = await send(value.download);
    expect(anonymous.status).toBe(401);
    const escape = await send('/api/download/..%2f..%2fc.sqlite', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(escape.status).toBe(404);
    const chosen = await send('/api/export', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ format: 'csv', out: '/tmp/x.csv' }),
    });
    expect(chosen.status).toBe(400);
    const folder = await send('/api/export', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ format: 'md' }),
    });
    // Markdown is a folder of files: the browser downloads it as one zip.
    const markdown = JSON.parse(folder.body) as { ok: boolean; value: { download: string } };
    expect(markdown.ok).toBe(true);
    expect(markdown.value.download).toMatch(/\.md\.zip$/);
    const zip = await send(markdown.value.download, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(zip.status).toBe(200);
    expect(zip.body.startsWith('PK')).toBe(true);
  });
});

describe('two editors exporting at once', () => {
  it('each gets the export they asked for, not the other’s written over it', async () => {
    const exportOf = async (status: string) => {
      const reply = await send('/api/export', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ format: 'jsonl', status }),
      });
      return (JSON.parse(reply.body) as { value: { download: string; articles: number } }).value;
    };
    await call('articles.setStatus', { id: 1, status: 'approved', editor: 'lin' });
    // Two tabs exporting in the same second: the approved article alone, and every article.
    const [approved, all] = await Promise.all([exportOf('approved'), exportOf('any')]);
    expect(approved.articles).toBe(1);
    expect(all.articles).toBeGreaterThan(1);
    expect(approved.download).not.toBe(all.download);
    const lines = async (download: string) =>
      (await send(download, { headers: { authorization: `Bearer ${token}` } })).body
        .trim()
        .split('\n').length;
    expect(await lines(approved.download)).toBe(1);
    expect(await lines(all.download)).toBe(all.articles);
  });
});
