import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { MAX_BODY_BYTES, MAX_BUFFERED_BYTES } from './bodies.ts';
import { MAX_OPEN_SOCKETS } from './callSocket.ts';
import { startTestServer } from './testServer.ts';
import type { TestServer } from './testServer.ts';

const token = 'socket-token-0123456789';
let running: TestServer;

beforeAll(async () => {
  running = await startTestServer(token);
});
afterAll(() => running.stop());

type Handshake = {
  host?: string;
  origin?: string | null;
  protocols?: string;
  path?: string;
  method?: string;
};

/** A raw client, so tests can forge the handshake and the frames as a hostile page would. */
class RawSocket {
  readonly socket: Socket;
  private received = Buffer.alloc(0);
  private wake: (() => void) | null = null;
  closed = false;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.wake?.();
    });
    this.socket.on('close', () => {
      this.closed = true;
      this.wake?.();
    });
  }

  private async until<T>(read: () => T | null): Promise<T> {
    for (;;) {
      const value = read();
      if (value !== null) return value;
      if (this.closed) throw new Error('closed before the answer');
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Sends the upgrade request; resolves with the status line and headers. */
  async handshake(options: Handshake = {}): Promise<{ status: number; head: string }> {
    const port = running.port;
    const lines = [
      `${options.method ?? 'GET'} ${options.path ?? '/api/socket'} HTTP/1.1`,
      `host: ${options.host ?? `127.0.0.1:${port}`}`,
      'upgrade: websocket',
      'connection: Upgrade',
      `sec-websocket-key: ${randomBytes(16).toString('base64')}`,
      'sec-websocket-version: 13',
      `sec-websocket-protocol: ${options.protocols ?? `winnow.calls, winnow.token.${token}`}`,
    ];
    if (options.origin !== null)
      lines.push(`origin: ${options.origin ?? `http://127.0.0.1:${port}`}`);
    this.socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    const head = await this.until(() => {
      const end = this.received.indexOf('\r\n\r\n');
      if (end < 0) return null;
      const text = this.received.subarray(0, end).toString();
      this.received = this.received.subarray(end + 4);
      return text;
    });
    return { status: Number(head.split(' ')[1]), head };
  }

  /** One masked client frame. */
  frame(opcode: number, payload: Buffer, fin = true): void {
    const mask = randomBytes(4);
    const masked = Buffer.from(payload.map((byte, i) => byte ^ (mask[i & 3] as number)));
    const length = payload.length;
    const first = (fin ? 0x80 : 0) | opcode;
    let header: Buffer;
    if (length < 126) header = Buffer.from([first, 0x80 | length]);
    else if (length < 65536) header = Buffer.from([first, 0x80 | 126, length >> 8, length & 255]);
    else {
      header = Buffer.alloc(10);
      header[0] = first;
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(length), 2);
    }
    this.socket.write(Buffer.concat([header, mask, masked]));
  }

  /** The next whole server frame. */
  next(): Promise<{ opcode: number; payload: Buffer }> {
    return this.until(() => {
      if (this.received.length < 2) return null;
      const second = this.received[1] as number;
      expect(second & 0x80).toBe(0); // the server never masks
      let length = second & 0x7f;
      let at = 2;
      if (length === 126) {
        if (this.received.length < 4) return null;
        length = this.received.readUInt16BE(2);
        at = 4;
      } else if (length === 127) {
        if (this.received.length < 10) return null;
        length = Number(this.received.readBigUInt64BE(2));
        at = 10;
      }
      if (this.received.length < at + length) return null;
      const opcode = (this.received[0] as number) & 0x0f;
      const payload = Buffer.from(this.received.subarray(at, at + length));
      this.received = this.received.subarray(at + length);
      return { opcode, payload };
    });
  }

  async call(id: number, method: string, params: unknown): Promise<unknown> {
    this.frame(1, Buffer.from(JSON.stringify({ id, method, params })));
    const { opcode, payload } = await this.next();
    expect(opcode).toBe(1);
    return JSON.parse(payload.toString());
  }
}

describe('the call socket', () => {
  it('answers calls with the service result, as the HTTP transport does', async () => {
    const client = new RawSocket(running.port);
    const { status, head } = await client.handshake();
    expect(status).toBe(101);
    expect(head.toLowerCase()).toContain('sec-websocket-protocol: winnow.calls');
    const answer = (await client.call(7, 'articles.list', { limit: 2 })) as {
      id: number;
      result: { ok: boolean; value: { total: number; articles: unknown[] } };
    };
    expect(answer.id).toBe(7);
    expect(answer.result.ok).toBe(true);
    expect(answer.result.value.total).toBe(8);
    expect(answer.result.value.articles).toHaveLength(2);
    const missing = (await client.call(8, 'articles.get', { id: 999_999 })) as {
      result: { ok: boolean; error: { code: string } };
    };
    expect(missing.result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    client.socket.destroy();
  });

  it('puts a message sent in fragments back together, and answers pings', async () => {
    const client = new RawSocket(running.port);
    await client.handshake();
    client.frame(9, Buffer.from('are you there'));
    expect(await client.next()).toEqual({ opcode: 10, payload: Buffer.from('are you there') });
    const text = Buffer.from(JSON.stringify({ id: 1, method: 'tags.list', params: {} }));
    client.frame(1, text.subarray(0, 10), false);
    client.frame(0, text.subarray(10, 20), false);
    client.frame(0, text.subarray(20), true);
    const { payload } = await client.next();
    expect(JSON.parse(payload.toString())).toMatchObject({ id: 1, result: { ok: true } });
    client.socket.destroy();
  });

  it('refuses a wrong token, another page, another host, another path and a non-GET', async () => {
    const port = running.port;
    const cases: Array<[Handshake, number]> = [
      [{ protocols: 'winnow.calls, winnow.token.nope' }, 401],
      [{ protocols: 'winnow.calls' }, 401],
      [{ protocols: `winnow.token.${token}` }, 401],
      [{ origin: 'http://evil.example' }, 403],
      [{ origin: null }, 403],
      [{ host: `evil.example:${port}` }, 403],
      [{ path: '/api/other' }, 403],
      [{ method: 'POST' }, 405],
    ];
    for (const [handshake, status] of cases) {
      const client = new RawSocket(port);
      expect((await client.handshake(handshake)).status, JSON.stringify(handshake)).toBe(status);
      client.socket.destroy();
    }
  });

  it('keeps a call to paths outside the work folder out, as over HTTP', async () => {
    const client = new RawSocket(running.port);
    await client.handshake();
    const answer = (await client.call(3, 'articles.import', { paths: ['/etc/passwd'] })) as {
      result: { ok: boolean; error: { code: string } };
    };
    expect(answer.result.ok).toBe(false);
    expect(answer.result.error.code).toBe('forbidden');
    client.socket.destroy();
  });

  it('closes on unmasked frames, binary messages, bad JSON and messages over the limit', async () => {
    const closeCode = async (send: (client: RawSocket) => void): Promise<number> => {
      const client = new RawSocket(running.port);
      await client.handshake();
      send(client);
      const { opcode, payload } = await client.next();
      expect(opcode).toBe(8);
      client.socket.destroy();
      return payload.readUInt16BE(0);
    };
    // An unmasked text frame.
    expect(await closeCode((c) => c.socket.write(Buffer.from([0x81, 0x02, 0x7b, 0x7d])))).toBe(
      1002,
    );
    expect(await closeCode((c) => c.frame(2, Buffer.from([1, 2, 3])))).toBe(1003);
    expect(await closeCode((c) => c.frame(1, Buffer.from('{not json')))).toBe(1007);
    expect(await closeCode((c) => c.frame(1, Buffer.from('{"method":"tags.list"}')))).toBe(1007);
    // A header announcing more than a call may hold is refused before the bytes arrive.
    const tooBig = Buffer.alloc(10);
    tooBig[0] = 0x81;
    tooBig[1] = 0x80 | 127;
    tooBig.writeBigUInt64BE(BigInt(MAX_BODY_BYTES + 1), 2);
    expect(await closeCode((c) => c.socket.write(tooBig))).toBe(1009);
  });

  it('counts large messages against the budget HTTP bodies share, and opens a bounded number', async () => {
    // Large HTTP bodies that never finish hold the whole budget...
    const held = Array.from({ length: MAX_BUFFERED_BYTES / MAX_BODY_BYTES }, () => {
      const req = request({
        host: '127.0.0.1',
        port: running.port,
        path: '/api/call/articles.editCleaned',
        method: 'POST',
        agent: false,
        headers: {
          host: `127.0.0.1:${running.port}`,
          authorization: `Bearer ${token}`,
          'content-length': String(MAX_BODY_BYTES),
        },
      });
      req.on('error', () => {});
      req.write(Buffer.alloc(1024));
      return req;
    });
    const client = new RawSocket(running.port);
    await client.handshake();
    // ...so a large message on the socket is answered busy, not held as well.
    const large = (id: number) =>
      Buffer.from(
        `${JSON.stringify({ id, method: 'settings.get', params: {} })}${' '.repeat(100_000)}`,
      );
    const send = async (message: Buffer) => {
      client.frame(1, message);
      return JSON.parse((await client.next()).payload.toString()) as {
        result: { ok: boolean; error?: { code: string; message: string } };
      };
    };
    await expect
      .poll(async () => (await send(large(1))).result.error?.message ?? 'answered')
      .toContain('already holding other large requests');
    // A small call still goes through.
    expect((await client.call(2, 'settings.get', {})) as object).toMatchObject({
      result: { ok: true },
    });
    for (const req of held) req.destroy();
    // Once those bodies are gone, the large message is answered.
    await expect.poll(async () => (await send(large(3))).result.ok).toBe(true);

    // Sockets past the limit are turned away until one closes.
    const open = [client];
    for (let i = 1; i < MAX_OPEN_SOCKETS; i++) {
      const another = new RawSocket(running.port);
      expect((await another.handshake()).status).toBe(101);
      open.push(another);
    }
    const refused = new RawSocket(running.port);
    expect((await refused.handshake()).status).toBe(503);
    open.pop()?.socket.destroy();
    await expect
      .poll(async () => {
        const retry = new RawSocket(running.port);
        const { status } = await retry.handshake();
        retry.socket.destroy();
        return status;
      })
      .toBe(101);
    for (const one of open) one.socket.destroy();
  });
});
