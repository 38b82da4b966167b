import type { WinnowService } from '@winnow/service';

/** What answering needs of a port (Electron's MessagePortMain); tests pass a stand-in. */
export type RequestPort = {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
  start(): void;
};

/** A call, or the cancelling of one still running (an export, a bundle import). */
type Message = { id: number; method: string; params: unknown } | { cancel: number };

/**
 * Answers a window's calls on its port: progress as it comes, then the result, under the
 * call's id. `{cancel: id}` aborts that call's signal, which long work checks between
 * articles — it then answers `cancelled`, leaving nothing behind.
 */
export function answerRequests(port: RequestPort, service: () => WinnowService | null): void {
  const running = new Map<number, AbortController>();
  port.on('message', (event) => {
    const message = event.data as Message | null;
    if (message && 'cancel' in message) {
      if (typeof message.cancel === 'number') running.get(message.cancel)?.abort();
      return;
    }
    const current = service();
    if (!current || typeof message?.id !== 'number' || typeof message.method !== 'string') return;
    const { id } = message;
    const abort = new AbortController();
    running.set(id, abort);
    void current
      .callByName(message.method, message.params, {
        signal: abort.signal,
        onProgress: (progress) => port.postMessage({ id, progress }),
      })
      .then((result) => {
        running.delete(id);
        port.postMessage({ id, result });
      });
  });
  port.start();
}
