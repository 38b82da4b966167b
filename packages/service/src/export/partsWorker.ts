/**
 * The second thread of a bundle export (see partsThread.ts): it opens the corpus
 * read-only, begins its snapshot when told to (while writes are held, so that it sees what
 * the first thread sees), then claims batches of articles one after another, builds each
 * and hands it over, never more than a few ahead of the writing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WinnowFailure } from '@winnow/contract/result';
import type { ArticleFilter } from '@winnow/store';
import { beginSnapshot, endSnapshot, openStore } from '@winnow/store';
import { shareRecipe } from './articleShare.ts';
import { BatchBuilder, buffersOf } from './batchBuild.ts';
import { damagedInWords, selectedBatches } from './batchPlan.ts';
import { BATCHES_AHEAD, CONTROL, PHASE } from './partsControl.ts';
import { EXPORT_CACHE_KIB, failureMessage } from './exportThreads.ts';

const { dbPath, filter, control } = workerData as {
  dbPath: string;
  filter: ArticleFilter;
  control: SharedArrayBuffer;
};
const shared = new Int32Array(control);
const store = openStore(dbPath, { readonly: true });
// An export reads each page once, in order: a small page cache (2 MB, not the 16 MB
// better-sqlite3 gives every connection) costs it nothing, and keeps its memory flat.
store.db.pragma(`cache_size = ${EXPORT_CACHE_KIB}`);
const checkStop = () => {
  if (Atomics.load(shared, CONTROL.stop) === 1)
    throw new WinnowFailure('cancelled', 'The export was stopped.');
};
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
  buildBatches(selectedBatches(store, filter));
  endSnapshot(store.db);
  parentPort?.postMessage({ finished: true });
} catch (error) {
  parentPort?.postMessage(failureMessage(damagedInWords(error)));
} finally {
  store.close();
}

/** Claims the next batch, builds it and hands it over, until none is left. */
function buildBatches(batches: number[][]): void {
  const builder = new BatchBuilder(store, shareRecipe());
  for (;;) {
    checkStop();
    // Not too far ahead of the writing: what waits to be written is memory.
    for (;;) {
      const written = Atomics.load(shared, CONTROL.written);
      if (Atomics.load(shared, CONTROL.claimed) - written < BATCHES_AHEAD) break;
      Atomics.wait(shared, CONTROL.written, written, 100);
      checkStop();
    }
    const index = Atomics.add(shared, CONTROL.claimed, 1);
    if (index >= batches.length) return;
    const batch = builder.build(index, batches[index]!, checkStop);
    parentPort?.postMessage({ batch }, buffersOf(batch));
  }
}
