/**
 * The second thread of a bundle export (see partsThread.ts): it opens the corpus
 * read-only, begins its snapshot when told to (while writes are held, so that it sees what
 * the first thread sees), writes its parts and sends back their summaries.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WinnowFailure } from '@winnow/contract/result';
import type { ArticleFilter } from '@winnow/store';
import { beginSnapshot, endSnapshot, openStore } from '@winnow/store';
import { writeParts } from './bundleParts.ts';
import type { PartName } from './bundleParts.ts';
import { CONTROL, PHASE } from './partsControl.ts';
import { EXPORT_CACHE_KIB, failureMessage } from './exportThreads.ts';

const { dbPath, filter, names, workDir, control } = workerData as {
  dbPath: string;
  filter: ArticleFilter;
  names: PartName[];
  workDir: string;
  control: SharedArrayBuffer;
};
const shared = new Int32Array(control);
const store = openStore(dbPath, { readonly: true });
// An export reads each page once, in order: a small page cache (2 MB, not the 16 MB
// better-sqlite3 gives every connection) costs it nothing, and keeps its memory flat.
store.db.pragma(`cache_size = ${EXPORT_CACHE_KIB}`);
try {
  parentPort?.postMessage({ ready: true });
  // Blocks until the first thread holds writes off and has begun its own snapshot.
  while (Atomics.load(shared, CONTROL.phase) === PHASE.ready)
    Atomics.wait(shared, CONTROL.phase, PHASE.ready, 1_000);
  if (Atomics.load(shared, CONTROL.phase) !== PHASE.go)
    throw new WinnowFailure('cancelled', 'The export was stopped before it began.');
  beginSnapshot(store.db);
  Atomics.store(shared, CONTROL.phase, PHASE.snapshotTaken);
  Atomics.notify(shared, CONTROL.phase);
  const written = writeParts(store, filter, names, workDir, {
    beforeArticle: () => {
      if (Atomics.load(shared, CONTROL.stop) === 1)
        throw new WinnowFailure('cancelled', 'The export was stopped.');
    },
    afterBatch: (done) => Atomics.store(shared, CONTROL.done, done),
  });
  endSnapshot(store.db);
  parentPort?.postMessage({ written });
} catch (error) {
  parentPort?.postMessage(failureMessage(error));
} finally {
  store.close();
}
