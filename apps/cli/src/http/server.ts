import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { fail, ok } from '@winnow/contract';
import type { ErrorCode, ProgressEvent, Result } from '@winnow/contract';
import { releaseWorkFolder, trackWorkFolder } from '@winnow/service';
import type { WinnowService } from '@winnow/service';
import { DOWNLOADABLE, exportTarget, notAnExport, receiveUpload, sendExport } from './files.ts';
import { refusePathsOutside } from './confine.ts';
import { BodyBudget, BodyTooLargeError, BusyError, MAX_BODY_BYTES } from './bodies.ts';
import { callSockets, offeredToken, refuseUpgrade } from './callSocket.ts';
import { zipFolder } from './zipFolder.ts';
import { WorkFiles } from './workFiles.ts';
import { readStatic } from './static.ts';

export type HttpOptions = {
  service: WinnowService;
  /** The renderer build served to the browser. */
  staticDir: string;
  /** Per-start secret every request must present. */
  token: string;
  /**
   * Host names (without port) requests may address besides the loopback ones, for a
   * server bound to another interface on purpose (`--host`).
   */
  extraHostNames?: readonly string[];
  /** Where uploads and exports for the browser live; a temporary folder when not given. */
  workDir?: string;
};

/** Answers streamed as lines of JSON: progress events, then the result. */
const NDJSON = 'application/x-ndjson';

const TOKEN_COOKIE = 'winnow_token';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unknown_method: 404,
  not_found: 404,
  bad_input: 422,
  io_error: 500,
  conflict: 409,
  cancelled: 499,
  unauthorized: 401,
  forbidden: 403,
  internal: 500,
};

// The renderer loads only its own scripts and styles and talks only to this server; its
// one image besides its own files is its icon, written into the page as a data: URL.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extraHeaders: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  res.end(body);
}

function cookie(req: IncomingMessage, name: string): string {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return '';
}

function sendResult(res: ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : STATUS[result.error.code];
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

/** The server is at a limit for now (bodies.ts): 503, with when to try again. */
function sendBusy(res: ServerResponse, message: string): void {
  send(res, 503, JSON.stringify(fail('io_error', message)), 'application/json; charset=utf-8', {
    'retry-after': '1',
    // The rest of a refused body is not read: the connection cannot carry another request.
    connection: 'close',
  });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The browser edition's transport: static renderer files plus `POST /api/call/<method>`
 * answering the service's Result as JSON. Requests must name this server in Host (DNS
 * rebinding), come from its own origin when they carry one, and present the token.
 */
export function createHttpServer(options: HttpOptions): Server {
  const ownWorkDir = options.workDir === undefined;
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'winnow-serve-'));
  // Paths in requests are confined to it (confine.ts), so it must exist from the start.
  mkdirSync(workDir, { recursive: true });
  // A signal stops the process before 'close': the CLI then removes tracked folders.
  if (ownWorkDir) trackWorkFolder(workDir);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendResult(res, fail('internal', message));
      else res.destroy();
    });
  });

  const budget = new BodyBudget();
  const files = new WorkFiles(workDir);
  // Uploads never imported and exports already downloaded go after an hour (workFiles.ts).
  const sweeping = setInterval(() => files.sweep(), 10 * 60 * 1000);
  sweeping.unref();

  server.on('close', () => {
    clearInterval(sweeping);
    if (ownWorkDir) releaseWorkFolder(workDir);
  });

  /** A service call with its paths confined to the work folder and kept while it runs. */
  const callService = (
    method: string,
    params: unknown,
    context: { signal: AbortSignal; onProgress?: (event: ProgressEvent) => void },
  ): Promise<Result<unknown>> => {
    // A refused call never ran: the uploads it named stay for the call that will.
    const refused = refusePathsOutside(method, params, workDir);
    if (refused) return Promise.resolve(refused);
    return files.call(method, params, () => options.service.callByName(method, params, context));
  };

  // The desk's calls on one open socket (callSocket.ts), checked as HTTP calls are: this
  // server named in Host, its own page as the Origin (a browser always sends one on a
  // WebSocket, so a page elsewhere cannot borrow the editor's cookie), and the token.
  const calls = callSockets({
    maxMessageBytes: MAX_BODY_BYTES,
    budget,
    answer: (method, params, signal) => callService(method, params, { signal }),
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const hosts = allowedHosts();
    const host = req.headers.host ?? '';
    const origin = req.headers.origin ?? '';
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/api/socket') return refuseUpgrade(socket, 403, `No socket at ${path}.`);
    if (!hosts.has(host)) return refuseUpgrade(socket, 403, `Host "${host}" is not this server.`);
    if (!hosts.has(origin.replace(/^http:\/\//, '')))
      return refuseUpgrade(socket, 403, `Sockets from ${origin || 'no page'} are not allowed.`);
    if (!sameSecret(offeredToken(req), options.token))
      return refuseUpgrade(socket, 401, 'Missing or wrong token.');
    calls.accept(req, socket, head);
  });
  // Open sockets are not connections the server waits for: closing it closes them.
  const closeServer = server.close.bind(server);
  server.close = (callback?: (error?: Error) => void) => {
    calls.closeAll();
    return closeServer(callback);
  };

  function allowedHosts(): Set<string> {
    const address = server.address();
    const port = address && typeof address === 'object' ? address.port : 0;
    const names = ['127.0.0.1', 'localhost', '[::1]', ...(options.extraHostNames ?? [])];
    return new Set(names.map((name) => `${name}:${port}`));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hosts = allowedHosts();
    const host = req.headers.host ?? '';
    if (!hosts.has(host)) {
      return sendResult(res, fail('forbidden', `Host "${host}" is not this server.`));
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      return sendResult(res, fail('forbidden', `Requests from ${origin} are not allowed.`));
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendResult(res, fail('bad_request', `${req.method} is not allowed here.`));
    }
    // Pages need the token too: in the URL the first time (it is then kept in a
    // same-site, script-invisible cookie for the page's own assets), or in that cookie.
    const fromUrl = url.searchParams.get('token') ?? '';
    const fromUrlValid = fromUrl !== '' && sameSecret(fromUrl, options.token);
    if (!fromUrlValid && !sameSecret(cookie(req, TOKEN_COOKIE), options.token)) {
      return sendResult(
        res,
        fail('unauthorized', 'Missing or wrong token: open the URL that `winnow serve` printed.'),
      );
    }
    const file = await readStatic(options.staticDir, url.pathname);
    if (!file) return sendResult(res, fail('not_found', `No such file: ${url.pathname}`));
    const setCookie: Record<string, string> = fromUrlValid
      ? { 'set-cookie': `${TOKEN_COOKIE}=${options.token}; Path=/; HttpOnly; SameSite=Strict` }
      : {};
    // The icon is asked for again at every change of the address's #fragment (each article
    // opened) unless it may be kept: it is the same for the server's lifetime. (It is a PNG:
    // Chromium decodes it again at each change too, and an SVG icon is a whole SVG document
    // parsed and drawn on the page's main thread, 4-11 ms of every article opened.)
    const keep: Record<string, string> =
      url.pathname === '/favicon.png' ? { 'cache-control': 'private, max-age=3600' } : {};
    send(res, 200, file.body, file.type, { ...setCookie, ...keep });
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    // A download is a plain link, so it may carry the page's cookie instead of the header.
    const download = /^\/api\/download\/([^/]+)$/.exec(url.pathname);
    const viaCookie = download !== null && sameSecret(cookie(req, TOKEN_COOKIE), options.token);
    if (!sameSecret(given, options.token) && !viaCookie) {
      return sendResult(
        res,
        fail('unauthorized', 'Missing or wrong token: open the URL that `winnow serve` printed.'),
      );
    }
    if (download?.[1]) {
      if (req.method !== 'GET')
        return sendResult(res, fail('bad_request', 'Downloads are GET requests.'));
      if (!(await sendExport(res, workDir, download[1]))) sendResult(res, notAnExport(download[1]));
      return;
    }
    if (req.method !== 'POST')
      return sendResult(res, fail('bad_request', 'API calls are POST requests.'));
    if (url.pathname === '/api/upload') {
      let received: () => void;
      try {
        received = budget.admitUpload();
      } catch (error) {
        return sendBusy(res, (error as Error).message);
      }
      files.sweep();
      try {
        return sendResult(res, ok({ path: await receiveUpload(req, workDir) }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return sendResult(res, fail('bad_input', `The upload failed: ${message}`));
      } finally {
        received();
      }
    }
    const isExport = url.pathname === '/api/export';
    const match = /^\/api\/call\/([a-z]+\.[a-zA-Z]+)$/.exec(url.pathname);
    if (!isExport && !match?.[1])
      return sendResult(res, fail('unknown_method', `No API at ${url.pathname}.`));
    // The body's bytes count against the server's budget until the call is answered.
    const { body, release } = budget.read(req);
    try {
      let params: unknown;
      try {
        const text = await body;
        params = text.trim() === '' ? {} : JSON.parse(text);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof BusyError) return sendBusy(res, message);
        if (error instanceof BodyTooLargeError)
          return sendResult(res, fail('bad_request', message));
        return sendResult(
          res,
          fail('bad_request', `The request body is not valid JSON: ${message}`),
        );
      }
      await answer(req, res, params, isExport ? null : (match?.[1] ?? ''));
    } finally {
      release();
    }
  }

  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    params: unknown,
    method: string | null,
  ): Promise<void> {
    const streaming = (req.headers.accept ?? '').includes(NDJSON);
    // Long work stops when the browser goes away (a closed tab, a cancelled request).
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    if (streaming)
      res.writeHead(200, {
        'content-type': `${NDJSON}; charset=utf-8`,
        'cache-control': 'no-store',
      });
    const onProgress = streaming
      ? (event: ProgressEvent) => res.write(`${JSON.stringify({ progress: event })}\n`)
      : undefined;
    const context = { signal: abort.signal, ...(onProgress ? { onProgress } : {}) };
    const result =
      method === null
        ? await runExport(params, context)
        : await callService(method, params, context);
    if (streaming) res.end(`${JSON.stringify({ result })}\n`);
    else sendResult(res, result);
  }

  /** An export for the browser: written to the work folder, then offered as a download. */
  async function runExport(
    params: unknown,
    context: { signal: AbortSignal; onProgress?: (event: ProgressEvent) => void },
  ): Promise<Result<unknown>> {
    if (params !== null && (typeof params !== 'object' || Array.isArray(params)))
      return fail('bad_request', 'An export takes its choices as a JSON object.');
    const given = (params ?? {}) as Record<string, unknown>;
    const format = (given['format'] ?? 'jsonl') as (typeof DOWNLOADABLE)[number];
    if (!DOWNLOADABLE.includes(format))
      return fail(
        'bad_request',
        `Format "${String(format)}" cannot be downloaded as one file; choose ${DOWNLOADABLE.join(', ')}.`,
      );
    if ('out' in given)
      return fail('bad_request', 'The server chooses where a browser export is written.');
    files.sweep();
    const target = exportTarget(workDir, format);
    // Markdown is written as a folder beside the download, then zipped into it.
    const out = format === 'md' ? `${target.path}.folder` : target.path;
    return files.using([target.path], async () => {
      const result = await options.service.callByName(
        'articles.export',
        { ...given, out },
        context,
      );
      if (!result.ok) return result;
      const value = result.value as { bytes: number };
      if (format === 'md') {
        zipFolder(out, target.path);
        rmSync(out, { recursive: true, force: true });
        value.bytes = statSync(target.path).size;
      }
      return ok({ ...value, download: `/api/download/${target.name}` });
    });
  }

  return server;
}
