import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WinnowFailure } from '@winnow/contract';
import type { ErrorCode, ExportSummary, ProgressEvent, ValidParams } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { exportArticles } from './exportArticles.ts';
import { checkExportTarget } from './exportTarget.ts';
import { cachedWorker } from '../shared/cachedWorker.ts';
import { releaseWorkFolder } from '../shared/workFolders.ts';
import { exportWorkFolder } from './exportJob.ts';
import { EXPORT_HEAP_LIMITS } from './exportThreads.ts';

// A path, not `new URL(…, import.meta.url)`: a bundled build finds no worker file here
// and exports on its own thread instead (as the import's workers do).
const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'exportWorker.ts');

/**
 * Runs an export on a worker thread with a bounded heap, so a large export neither grows
 * the service's memory nor holds up its other calls. Progress and cancellation work as on
 * the calling thread. Where a worker cannot start (a bundled build, a corpus only in
 * memory) the export runs here.
 */
export function exportOnThread(
  store: Store,
  options: ValidParams<'articles.export'>,
  context: {
    onProgress?: ((event: ProgressEvent) => void) | undefined;
    signal?: AbortSignal | undefined;
  },
): Promise<ExportSummary> {
  if (!existsSync(workerFile) || store.path === ':memory:' || !existsSync(store.path))
    return exportArticles(store, options, context);
  const cancelFlag = new SharedArrayBuffer(4);
  // Refused before anything is made (the job checks again for the calling-thread path).
  checkExportTarget(store.path, options.out, options.format);
  // Made here, not on the thread: this thread is the one a signal reaches (workFolders.ts).
  const workDir = exportWorkFolder(options.out);
  const worker = cachedWorker(workerFile, {
    workerData: { dbPath: store.path, options, cancelFlag, workDir },
    resourceLimits: EXPORT_HEAP_LIMITS,
  });
  const cancel = () => Atomics.store(new Int32Array(cancelFlag), 0, 1);
  if (context.signal?.aborted) cancel();
  context.signal?.addEventListener('abort', cancel, { once: true });
  return new Promise<ExportSummary>((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      context.signal?.removeEventListener('abort', cancel);
      releaseWorkFolder(workDir);
      done();
    };
    worker.on(
      'message',
      (message: {
        progress?: ProgressEvent;
        value?: ExportSummary;
        error?: { code: ErrorCode; message: string };
      }) => {
        if (message.progress) context.onProgress?.(message.progress);
        else if (message.value) settle(() => resolve(message.value!));
        else if (message.error)
          settle(() => reject(new WinnowFailure(message.error!.code, message.error!.message)));
      },
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          new WinnowFailure(
            'internal',
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `The export to ${options.out} ran out of memory; nothing was written under that name.`
              : `The export to ${options.out} failed: ${error.message}`,
          ),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(
          new WinnowFailure('internal', `The export to ${options.out} stopped (exit ${code}).`),
        ),
      ),
    );
  });
}
