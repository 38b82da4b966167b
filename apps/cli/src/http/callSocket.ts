import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { fail } from '@winnow/contract';
import type { Result } from '@winnow/contract';

/**
 * The desk's calls over one WebSocket (RFC 6455) that stays open for the page's life.
 *
 * Why not one HTTP request per call: in Chromium every fetch goes through the network
 * service's request machinery (a loader, cookies, the cache's transaction, a response head,
 * a data pipe, a completion message), and each of those hops is a process or thread waking
 * up. On a busy machine that made opening an article wait 15–30 ms for an answer the
 * server had ready in under one; a message on an open socket is one hop each way.
 * Uploads, downloads and calls that report progress stay on HTTP (server.ts).
 *
 * Messages are JSON text: `{"id": n, "method": "articles.get", "params": {…}}` in, and
 * `{"id": n, "result": Result}` out, in whatever order the calls finish.
 */

/** The subprotocol the page asks for, and its token as a second offer (browsers cannot
 * set an Authorization header on a WebSocket; this is how the secret travels instead). */
export const SOCKET_PROTOCOL = 'winnow.calls';
export const TOKEN_PROTOCOL_PREFIX = 'winnow.token.';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

const OP = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa };

/** Close codes (RFC 6455 §7.4.1) this server sends. */
const CLOSE = { normal: 1000, protocol: 1002, unsupported: 1003, badData: 1007, tooBig: 1009 };

export type CallAnswer = (
  method: string,
  params: unknown,
  signal: AbortSignal,
) => Promise<Result<unknown>>;

/** The token offered in Sec-WebSocket-Protocol, or '' when none was. */
export function offeredToken(req: IncomingMessage): string {
  const offers = String(req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((offer) => offer.trim());
  if (!offers.includes(SOCKET_PROTOCOL)) return '';
  const token = offers.find((offer) => offer.startsWith(TOKEN_PROTOCOL_PREFIX));
  return token ? token.slice(TOKEN_PROTOCOL_PREFIX.length) : '';
}

/** Refuses an upgrade with a plain HTTP answer and closes the connection. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  const body = JSON.stringify(fail(status === 401 ? 'unauthorized' : 'forbidden', reason));
  socket.end(
    `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `connection: close\r\n\r\n${body}`,
  );
}

/** One frame's header for a payload of `length` bytes (the server never masks). */
function frameHeader(opcode: number, length: number): Buffer {
  if (length < 126) return Buffer.from([0x80 | opcode, length]);
  if (length < 65_536) {
    const header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

/**
 * Completes the handshake for an upgrade the caller has already checked (host, origin,
 * token), then answers each call message with `answer`. Calls run side by side, as HTTP
 * requests did; when the socket goes away, those still running are told to stop.
 */
export function acceptCallSocket(
  req: IncomingMessage,
  socket: Duplex & { setNoDelay?: (noDelay: boolean) => void },
  options: { maxMessageBytes: number; answer: CallAnswer },
): void {
  const key = String(req.headers['sec-websocket-key'] ?? '');
  const isWebSocket =
    req.method === 'GET' &&
    (req.headers.upgrade ?? '').toLowerCase() === 'websocket' &&
    req.headers['sec-websocket-version'] === '13' &&
    /^[A-Za-z0-9+/]{22}==$/.test(key);
  if (!isWebSocket) {
    socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    return;
  }
  const accept = createHash('sha1').update(`${key}${GUID}`).digest('base64');
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n' +
      `sec-websocket-accept: ${accept}\r\nsec-websocket-protocol: ${SOCKET_PROTOCOL}\r\n\r\n`,
  );
  // Answers are written as soon as they are ready, not held back to fill a packet.
  socket.setNoDelay?.(true);

  const running = new AbortController();
  let open = true;
  let pending: Buffer = Buffer.alloc(0);
  let message: Buffer[] = [];
  let messageBytes = 0;
  let messageOp = 0;

  const send = (opcode: number, payload: Buffer) => {
    if (!open) return;
    socket.cork();
    socket.write(frameHeader(opcode, payload.length));
    socket.write(payload);
    socket.uncork();
  };
  const close = (code: number, reason = '') => {
    if (!open) return;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    send(OP.close, payload);
    open = false;
    socket.end();
  };
  const gone = () => {
    open = false;
    running.abort();
  };
  socket.on('close', gone);
  socket.on('error', gone);

  const answerMessage = (text: string) => {
    let request: { id?: unknown; method?: unknown; params?: unknown };
    try {
      request = JSON.parse(text) as typeof request;
    } catch {
      return close(CLOSE.badData, 'A message is not JSON.');
    }
    const { id, method, params } = request ?? {};
    if (typeof id !== 'number' || typeof method !== 'string')
      return close(CLOSE.badData, 'A message needs a numeric id and a method.');
    void options
      .answer(method, params ?? {}, running.signal)
      .catch((error: unknown) =>
        fail('internal', error instanceof Error ? error.message : String(error)),
      )
      .then((result) => send(OP.text, Buffer.from(JSON.stringify({ id, result }))));
  };

  /** Handles every complete frame in `pending`, until one is incomplete or the socket closes. */
  const readFrames = (): void => {
    while (open && pending.length >= 2) {
      const first = pending[0] as number;
      const second = pending[1] as number;
      const fin = (first & 0x80) !== 0;
      const opcode = first & 0x0f;
      if ((first & 0x70) !== 0) return close(CLOSE.protocol, 'No extensions were agreed.');
      if ((second & 0x80) === 0) return close(CLOSE.protocol, 'A client frame must be masked.');
      let length = second & 0x7f;
      let at = 2;
      if (length === 126) {
        if (pending.length < 4) return;
        length = pending.readUInt16BE(2);
        at = 4;
      } else if (length === 127) {
        if (pending.length < 10) return;
        const big = pending.readBigUInt64BE(2);
        if (big > BigInt(options.maxMessageBytes))
          return close(CLOSE.tooBig, 'The message is larger than a call may be.');
        length = Number(big);
        at = 10;
      }
      const control = opcode >= 0x8;
      if (control && (!fin || length > 125))
        return close(CLOSE.protocol, 'A control frame must be whole and short.');
      if (!control && messageBytes + length > options.maxMessageBytes)
        return close(CLOSE.tooBig, 'The message is larger than a call may be.');
      if (pending.length < at + 4 + length) return;
      const mask = pending.subarray(at, at + 4);
      const payload = Buffer.from(pending.subarray(at + 4, at + 4 + length));
      for (let i = 0; i < payload.length; i++)
        payload[i] = (payload[i] as number) ^ (mask[i & 3] as number);
      pending = pending.subarray(at + 4 + length);

      if (opcode === OP.close) return close(CLOSE.normal);
      if (opcode === OP.ping) {
        send(OP.pong, payload);
        continue;
      }
      if (opcode === OP.pong) continue;
      if (opcode === OP.binary) return close(CLOSE.unsupported, 'Calls are JSON text.');
      if (opcode === OP.text) {
        if (message.length > 0 || messageOp !== 0)
          return close(CLOSE.protocol, 'A new message began inside another.');
        messageOp = OP.text;
      } else if (opcode === OP.continuation) {
        if (messageOp === 0) return close(CLOSE.protocol, 'A continuation with no message.');
      } else return close(CLOSE.protocol, `Unknown opcode ${opcode}.`);
      message.push(payload);
      messageBytes += payload.length;
      if (!fin) continue;
      const whole = Buffer.concat(message);
      message = [];
      messageBytes = 0;
      messageOp = 0;
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let text: string;
      try {
        text = decoder.decode(whole);
      } catch {
        return close(CLOSE.badData, 'A message is not UTF-8.');
      }
      answerMessage(text);
    }
  };

  socket.on('data', (chunk: Buffer) => {
    if (!open) return;
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    // A frame too large for a call is refused from its header, before it is all received.
    readFrames();
  });
}
