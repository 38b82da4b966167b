import { request } from 'node:http';
import type { ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_BUFFERED_BYTES, MAX_UPLOADS_AT_ONCE } from './bodies.ts';
import { startTestServer } from './testServer.ts';
import type { TestServer } from './testServer.ts';

const token = 'limits-token-0123456789';
let running: TestServer;

beforeAll(async () => {
  running = await startTestServer(token);
});
afterAll(() => running.stop());

type Sent = { req: ClientRequest; reply: Promise<{ status: number; body: string }> };

/**
 * A POST that declares `declared` bytes and sends `send` of them now; the rest never comes
 * (unless `send` is all of it), so the server holds what it accepted until it answers.
 */
function post(path: string, declared: number, send: Buffer | string, headers = {}): Sent {
  const req = request({
    host: '127.0.0.1',
    port: running.port,
    path,
    method: 'POST',
    agent: false,
    headers: {
      host: `127.0.0.1:${running.port}`,
      authorization: `Bearer ${token}`,
      'content-length': String(declared),
      ...headers,
    },
  });
  const reply = new Promise<{ status: number; body: string }>((resolve) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', () => resolve({ status: 0, body: 'connection closed' }));
  });
  req.write(send);
  if (Buffer.byteLength(send) === declared) req.end();
  return { req, reply };
}

const still = (sent: Sent) =>
  Promise.race([sent.reply, new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))]);

describe('request bodies', () => {
  it('refuses a call body over the limit, naming it', async () => {
    const { reply } = post('/api/call/settings.get', MAX_BODY_BYTES + 1, Buffer.alloc(1024));
    const answer = await reply;
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(`calls take up to ${MAX_BODY_BYTES}`);
  });

  it('holds at most its budget of large bodies at once; small calls still pass', async () => {
    const holding = MAX_BUFFERED_BYTES / MAX_BODY_BYTES;
    const held = Array.from({ length: holding }, () =>
      post('/api/call/articles.editCleaned', MAX_BODY_BYTES, Buffer.alloc(1024)),
    );
    for (const sent of held) expect(await still(sent)).toBe('waiting');
    const refused = await post('/api/call/articles.editCleaned', MAX_BODY_BYTES, Buffer.alloc(1024))
      .reply;
    expect(refused.status).toBe(503);
    expect(refused.body).toContain('already receiving other large requests');
    const small = await post('/api/call/settings.get', 2, '{}').reply;
    expect(small.status).toBe(200);
    for (const sent of held) sent.req.destroy();
    // Once they are gone, their bytes are free again.
    await expect
      .poll(async () => {
        const body = Buffer.alloc(100_000, 0x20);
        return (await post('/api/call/settings.get', body.length, body).reply).status;
      })
      .toBe(200); // 100 KB of blanks: counted, read in full, answered as an empty call
  });

  it('receives a few uploads at once and turns away the next until one finishes', async () => {
    const upload = (bytes: number, send: Buffer) =>
      post('/api/upload', bytes, send, { 'x-file-name': 'story.txt' });
    const held = Array.from({ length: MAX_UPLOADS_AT_ONCE }, () =>
      upload(1024 * 1024, Buffer.alloc(1024, 0x41)),
    );
    for (const sent of held) expect(await still(sent)).toBe('waiting');
    const refused = await upload(10, Buffer.from('0123456789')).reply;
    expect(refused.status).toBe(503);
    expect(refused.body).toContain(`already receiving ${MAX_UPLOADS_AT_ONCE} uploads`);
    for (const sent of held) sent.req.destroy();
    await expect
      .poll(async () => (await upload(10, Buffer.from('0123456789')).reply).status)
      .toBe(200);
  });
});
