import type { Result } from '@winnow/contract';

/** What the server's call socket speaks (apps/cli/src/http/callSocket.ts). */
const PROTOCOL = 'winnow.calls';
const TOKEN_PREFIX = 'winnow.token.';

/** After the socket closed, when to try again (a restarted server, a sleeping laptop). */
const RECONNECT_MS = 1000;

type Waiting = (result: Result<unknown>) => void;

/**
 * The browser edition's calls on one WebSocket kept open to `winnow serve`: one hop each
 * way, where a fetch per call went through the browser's whole request machinery (see
 * callSocket.ts for the figures). While the socket is not open — at the page's start, or
 * after the server went away — `call` returns null and the caller uses HTTP instead.
 */
export type CallSocket = {
  call: (method: string, params: unknown) => Promise<Result<unknown>> | null;
};

export function openCallSocket(token: string, base = window.location.href): CallSocket {
  if (typeof WebSocket === 'undefined') return { call: () => null };
  const url = new URL('/api/socket', base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let socket: WebSocket | null = null;
  let ready = false;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  const connect = () => {
    const opened = new WebSocket(url, [PROTOCOL, `${TOKEN_PREFIX}${token}`]);
    socket = opened;
    opened.onopen = () => {
      ready = opened.protocol === PROTOCOL;
      if (!ready) opened.close();
    };
    opened.onmessage = (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      const { id, result } = JSON.parse(event.data) as { id: number; result: Result<unknown> };
      waiting.get(id)?.(result);
      waiting.delete(id);
    };
    opened.onclose = () => {
      const wasReady = ready;
      ready = false;
      socket = null;
      // Calls in flight may or may not have run: said as a lost connection, as HTTP would.
      for (const answer of waiting.values())
        answer({
          ok: false,
          error: { code: 'io_error', message: "Winnow's server closed the connection." },
        });
      waiting.clear();
      // A socket refused at its start (an old server, a wrong token) is not asked again.
      if (wasReady) setTimeout(connect, RECONNECT_MS);
    };
  };
  connect();

  return {
    call(method, params) {
      const open = socket;
      if (!ready || !open || open.readyState !== WebSocket.OPEN) return null;
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        open.send(JSON.stringify({ id, method, params }));
      });
    },
  };
}
