import type {
  ExportSummary,
  MethodName,
  Params,
  ProgressEvent,
  Result,
  Value,
} from '@winnow/contract';
import type { Bridge } from './bridge.ts';

/**
 * Moving files in and out of the desk, and calls that report progress. The desktop app
 * uses real paths (dialogs, dropped files); the browser edition uploads and downloads.
 */
export type Transfer = {
  kind: 'desktop' | 'browser';
  callWithProgress<M extends MethodName>(
    method: M,
    params: Params<M>,
    onProgress: (event: ProgressEvent) => void,
    signal?: AbortSignal,
  ): Promise<Result<Value<M>>>;
  /** Paths the service can import, from files the editor dropped or chose. */
  filesToPaths(files: File[], onUploaded: (done: number) => void): Promise<string[]>;
  /** Desktop only: the system's file chooser. */
  chooseFiles?: () => Promise<string[]>;
  exportArticles(
    params: Omit<Params<'articles.export'>, 'out'>,
    onProgress: (event: ProgressEvent) => void,
    signal: AbortSignal,
  ): Promise<Result<ExportSummary & { download?: string }> | null>;
};

let cancelKeys = 0;

export function desktopTransfer(bridge: Bridge): Transfer {
  // A signal cannot cross into the preload; a key can, and the preload cancels by it.
  const callWithProgress = <M extends MethodName>(
    method: M,
    params: Params<M>,
    onProgress: (event: ProgressEvent) => void,
    signal?: AbortSignal,
  ) => {
    const key = `call-${++cancelKeys}`;
    signal?.addEventListener('abort', () => bridge.cancel(key), { once: true });
    return bridge.call(
      method,
      params,
      (p) => onProgress(p as ProgressEvent),
      signal ? key : undefined,
    ) as Promise<Result<Value<M>>>;
  };
  return {
    kind: 'desktop',
    callWithProgress,
    filesToPaths: (files, onUploaded) => {
      onUploaded(files.length);
      return Promise.resolve(files.map((file) => bridge.pathOfFile(file)));
    },
    chooseFiles: () => bridge.chooseFiles(),
    async exportArticles(params, onProgress, signal) {
      const out = await bridge.chooseExportTarget(`winnow-export.${params.format ?? 'jsonl'}`);
      if (!out) return null;
      return callWithProgress('articles.export', { ...params, out }, onProgress, signal);
    },
  };
}

/** Reads a response of progress lines followed by the result line. */
async function readProgressStream<T>(
  response: Response,
  onProgress: (event: ProgressEvent) => void,
): Promise<Result<T>> {
  if (!response.body) return (await response.json()) as Result<T>;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffered += value;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
      if (line === '') continue;
      const message = JSON.parse(line) as { progress?: ProgressEvent; result?: Result<T> };
      if (message.progress) onProgress(message.progress);
      if (message.result) return message.result;
      if ('ok' in message) return message as Result<T>;
    }
    if (done) break;
  }
  return { ok: false, error: { code: 'io_error', message: 'The server closed the answer early.' } };
}

function unreachable(error: unknown): Result<never> {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DOMException && error.name === 'AbortError')
    return { ok: false, error: { code: 'cancelled', message: 'Cancelled.' } };
  return {
    ok: false,
    error: { code: 'io_error', message: `Winnow's server did not answer: ${message}` },
  };
}

export function browserTransfer(token: string): Transfer {
  const headers = { authorization: `Bearer ${token}` };
  async function streamed<T>(
    path: string,
    body: unknown,
    onProgress: (event: ProgressEvent) => void,
    signal?: AbortSignal,
  ): Promise<Result<T>> {
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', accept: 'application/x-ndjson' },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });
      return await readProgressStream<T>(response, onProgress);
    } catch (error) {
      return unreachable(error);
    }
  }
  return {
    kind: 'browser',
    callWithProgress: (method, params, onProgress, signal) =>
      streamed(`/api/call/${method}`, params, onProgress, signal),
    async filesToPaths(files, onUploaded) {
      const paths: string[] = [];
      for (const file of files) {
        const response = await fetch('/api/upload', {
          method: 'POST',
          headers: { ...headers, 'x-file-name': encodeURIComponent(file.name) },
          body: file,
        });
        const result = (await response.json()) as Result<{ path: string }>;
        if (!result.ok) throw new Error(`${file.name}: ${result.error.message}`);
        paths.push(result.value.path);
        onUploaded(paths.length);
      }
      return paths;
    },
    exportArticles: (params, onProgress, signal) =>
      streamed('/api/export', params, onProgress, signal),
  };
}
