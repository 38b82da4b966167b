import type {
  CallOptions,
  MethodName,
  Params,
  Result,
  Value,
  WinnowClient,
} from '@winnow/contract';
import { browserTransfer, desktopTransfer } from './transfer.ts';
import type { Transfer } from './transfer.ts';
import type { Bridge } from './bridge.ts';
import { openCallSocket } from './socket.ts';

declare global {
  // Extending a global requires an interface declaration.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Set by the desktop app's preload; absent in the browser edition. */
    winnow?: Bridge;
  }
}

/** Desktop: calls go through the preload to the service's MessagePort. */
export function createIpcClient(bridge: Bridge): WinnowClient {
  return {
    call: <M extends MethodName>(method: M, params: Params<M>) =>
      bridge.call(method, params) as Promise<Result<Value<M>>>,
  };
}

/**
 * Browser edition: calls go to the local server with the per-start token, on its open
 * socket (socket.ts) when there is one, else POSTed.
 */
export function createHttpClient(token: string, base = ''): WinnowClient {
  const socket =
    typeof window === 'undefined'
      ? null
      : openCallSocket(token, new URL(base || '/', window.location.href).href);
  const post = async (
    method: MethodName,
    params: unknown,
    signal?: AbortSignal,
  ): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`${base}/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(params),
        ...(signal ? { signal } : {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { code: 'io_error', message: `Winnow's server did not answer: ${message}` },
      };
    }
  };
  return {
    async call<M extends MethodName>(
      method: M,
      params: Params<M>,
      options?: CallOptions,
    ): Promise<Result<Value<M>>> {
      const asked = performance.now();
      // A call that may be abandoned (a long article's facts, megabytes of JSON) goes over
      // HTTP: abandoned, its bytes never reach the page. On the socket its answer would
      // arrive whole on the page's main thread (40-90 ms for 2 MB in Chromium, needed or
      // not) and the next article's text, asked for meanwhile, would queue behind it.
      const signal = options?.signal instanceof AbortSignal ? options.signal : undefined;
      const result = await (signal
        ? post(method, params, signal)
        : (socket?.call(method, params) ?? post(method, params)));
      // When the latest answer of each method arrived, whichever way it came, for tests
      // and the bench (`winnow.call articles.get` in the page's user timing); one entry per
      // method, so a long session does not collect them.
      const name = `winnow.call ${method}`;
      performance.clearMeasures(name);
      performance.measure(name, { start: asked });
      return result as Result<Value<M>>;
    },
  };
}

const TOKEN_KEY = 'winnow.token';

/**
 * The token arrives once in the URL; it is kept for the tab's session and removed from
 * the address bar so it does not end up in screenshots or shared links.
 */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export type Connection = {
  client: WinnowClient;
  transfer: Transfer;
  /** The desktop's File menu; absent in the browser. */
  onMenu?: (listener: (what: string) => void) => void;
};

export function connect(): Connection {
  const bridge = window.winnow;
  if (bridge)
    return {
      client: createIpcClient(bridge),
      transfer: desktopTransfer(bridge),
      onMenu: (listener) => bridge.onMenu(listener),
    };
  const token = browserToken();
  return { client: createHttpClient(token), transfer: browserTransfer(token) };
}
