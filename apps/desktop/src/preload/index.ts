/**
 * The preload exposes `winnow.call(method, params)`, which forwards to the service over
 * the MessagePort main hands over (and `winnow.cancel(key)` for a long call given that
 * key), and the few desktop things a page cannot do itself: the path of a dropped file,
 * the system's file dialogs, the File menu. No Node, no ipcRenderer.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';

type Answer = { id: number; result?: unknown; progress?: unknown };
type Pending = {
  resolve: (result: unknown) => void;
  onProgress: ((p: unknown) => void) | undefined;
};

let port: MessagePort | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
const waiting: Array<{ id: number; method: string; params: unknown } | { cancel: number }> = [];
/** Calls the page may cancel, by the key it gave: the page never sees the port's ids. */
const cancellable = new Map<string, number>();

function send(message: { id: number; method: string; params: unknown } | { cancel: number }) {
  if (port) port.postMessage(message);
  else waiting.push(message);
}

ipcRenderer.once('winnow:port', (event) => {
  const received = event.ports[0];
  if (!received) return;
  port = received;
  port.onmessage = (message: MessageEvent<Answer>) => {
    const answer = message.data;
    const entry = pending.get(answer.id);
    if (!entry) return;
    if (answer.progress !== undefined) entry.onProgress?.(answer.progress);
    if (answer.result !== undefined) {
      pending.delete(answer.id);
      entry.resolve(answer.result);
    }
  };
  for (const request of waiting.splice(0)) port.postMessage(request);
});

contextBridge.exposeInMainWorld('winnow', {
  pathOfFile: (file: File): string => webUtils.getPathForFile(file),
  chooseFiles: (): Promise<string[]> =>
    ipcRenderer.invoke('winnow:choose-files') as Promise<string[]>,
  chooseExportTarget: (suggested: string): Promise<string | null> =>
    ipcRenderer.invoke('winnow:choose-export', String(suggested)) as Promise<string | null>,
  onMenu(listener: (what: string) => void): void {
    ipcRenderer.on('winnow:menu', (_event, what: unknown) => listener(String(what)));
  },
  call(
    method: string,
    params: unknown,
    onProgress?: (progress: unknown) => void,
    cancelKey?: string,
  ): Promise<unknown> {
    return new Promise((resolve) => {
      const id = nextId++;
      const key = typeof cancelKey === 'string' ? cancelKey : null;
      if (key !== null) cancellable.set(key, id);
      pending.set(id, {
        resolve: (result) => {
          if (key !== null) cancellable.delete(key);
          resolve(result);
        },
        onProgress,
      });
      send({ id, method: String(method), params });
    });
  },
  /** Stops the call started with this key; it then answers `cancelled`. */
  cancel(cancelKey: string): void {
    const id = cancellable.get(String(cancelKey));
    if (id !== undefined) send({ cancel: id });
  },
});
