/**
 * An export on its own thread (see exportThread.ts): it opens the corpus read-only, runs
 * the export, and sends progress and the result back. Cancellation is a flag in shared
 * memory, read between articles, so even a loop that never yields sees it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ValidParams } from '@winnow/contract';
import { openStore } from '@winnow/store';
import { exportArticles } from './exportArticles.ts';
import { EXPORT_CACHE_KIB, failureMessage } from './exportThreads.ts';

const { dbPath, options, cancelFlag, workDir } = workerData as {
  dbPath: string;
  workDir: string;
  options: ValidParams<'articles.export'>;
  cancelFlag: SharedArrayBuffer;
};
const flag = new Int32Array(cancelFlag);
const store = openStore(dbPath, { readonly: true });
// An export reads each page once, in order: a small page cache (2 MB, not the 16 MB
// better-sqlite3 gives every connection) costs it nothing, and keeps its memory flat.
store.db.pragma(`cache_size = ${EXPORT_CACHE_KIB}`);
try {
  const value = await exportArticles(store, options, {
    onProgress: (event) => parentPort?.postMessage({ progress: event }),
    cancelled: () => Atomics.load(flag, 0) === 1,
    workDir,
  });
  parentPort?.postMessage({ value });
} catch (error) {
  parentPort?.postMessage(failureMessage(error));
} finally {
  store.close();
}
