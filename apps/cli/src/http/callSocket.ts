import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { fail } from '@winnow/contract';
import type { Result } from '@winnow/contract';
import { BusyError } from './bodies.ts';
import type { BodyBudget } from './bodies.ts';

/**
 * The desk's calls over one WebSocket that stays open for the page's life.
 *
 * Why not one HTTP request per call: in Chromium every fetch goes through the network
 * service's request machinery (a loader, cookies, the cache's transaction, a response head,
 * a data pipe, a completion message), and each of those hops is a process or thread waking
 * up. On a busy machine that made opening an article wait 15–30 ms for an answer the
 * server had ready in under one; a message on an open socket is one hop each way.
 * Uploads, downloads and calls that report progress stay on HTTP (server.ts).
 *
 * The protocol itself (RFC 6455 framing, masking, fragments, pings, UTF-8 checks, the
 * size limit read from a frame's header) is the `ws` package's: a well-tested library made
 * for exactly this, rather than framing code of our own. What is ours is who may open
 * the socket (server.ts checks Host, Origin and token first) and what a message means.
 *
 * Messages are JSON text: `{"id": n, "method": "articles.get", "params": {…}}` in, and
 * `{"id": n, "result": Result}` out, in whatever order the calls finish.
 */

/** The subprotocol the page asks for, and its token as a second offer (browsers cannot
 * set an Authorization header on a WebSocket; this is how the secret travels instead). */
export const SOCKET_PROTOCOL = 'winnow.calls';
export const TOKEN_PROTOCOL_PREFIX = 'winnow.token.';

/** Close codes (RFC 6455 §7.4.1) this server sends itself; `ws` sends the protocol ones. */
const CLOSE = { unsupported: 1003, badData: 1007 };

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

/**
 * Sockets open at once. Each may be receiving a message of up to the call limit, which
 * `ws` holds in memory until it is whole, so their number bounds that memory (16 × 3 MB);
 * a desk uses one per open tab.
 */
export const MAX_OPEN_SOCKETS = 16;

const REFUSAL: Record<number, [string, 'unauthorized' | 'forbidden' | 'io_error']> = {
  401: ['Unauthorized', 'unauthorized'],
  403: ['Forbidden', 'forbidden'],
  503: ['Service Unavailable', 'io_error'],
};

/** Refuses an upgrade with a plain HTTP answer and closes the connection. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 503, reason: string): void {
  const [statusText, code] = REFUSAL[status] as [string, 'forbidden'];
  const body = JSON.stringify(fail(code, reason));
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      (status === 503 ? 'retry-after: 1\r\n' : '') +
      `connection: close\r\n\r\n${body}`,
  );
}

/** A message's size in bytes. */
function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, part) => sum + part.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

/** A text message's characters (`ws` hands over a Buffer unless binaryType is changed). */
function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/**
 * The call sockets of one server. `accept` completes the handshake for an upgrade the
 * caller has already checked (host, origin, token); calls run side by side, as HTTP
 * requests do, and when a socket goes away those still running on it are told to stop.
 */
export function callSockets(options: {
  maxMessageBytes: number;
  answer: CallAnswer;
  /** The server's budget for large bodies, which large messages count against too. */
  budget: BodyBudget;
}) {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    // Answers are small next to what compressing them would cost on every call.
    perMessageDeflate: false,
    handleProtocols: (offers) => (offers.has(SOCKET_PROTOCOL) ? SOCKET_PROTOCOL : false),
  });

  const serve = (socket: WebSocket) => {
    const running = new AbortController();
    socket.on('close', () => running.abort());
    socket.on('error', () => running.abort());
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return socket.close(CLOSE.unsupported, 'Calls are JSON text.');
      let request: { id?: unknown; method?: unknown; params?: unknown } | null;
      try {
        request = JSON.parse(textOf(data)) as typeof request;
      } catch {
        return socket.close(CLOSE.badData, 'A message is not JSON.');
      }
      const { id, method, params } = request ?? {};
      if (typeof id !== 'number' || typeof method !== 'string')
        return socket.close(CLOSE.badData, 'A message needs a numeric id and a method.');
      const reply = (result: Result<unknown>) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id, result }));
      };
      // A large message's bytes are held while its call runs, as an HTTP body's are: many
      // at once, on any mix of sockets and requests, are answered busy rather than let
      // the process grow.
      let release: () => void;
      try {
        release = options.budget.hold(byteLength(data));
      } catch (error) {
        if (!(error instanceof BusyError)) throw error;
        return reply(fail('io_error', error.message));
      }
      void options
        .answer(method, params ?? {}, running.signal)
        .catch((error: unknown) =>
          fail('internal', error instanceof Error ? error.message : String(error)),
        )
        .then((result) => {
          release();
          reply(result);
        });
    });
  };

  return {
    accept(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      if (sockets.clients.size >= MAX_OPEN_SOCKETS)
        return refuseUpgrade(
          socket,
          503,
          `${MAX_OPEN_SOCKETS} call sockets are already open; close a tab of the desk, or try again.`,
        );
      sockets.handleUpgrade(req, socket, head, serve);
    },
    /** Closes every open socket at once (the server is closing). */
    closeAll(): void {
      for (const client of sockets.clients) client.terminate();
    },
  };
}
