/**
 * The thread that keeps bundle fragments (see fragmentKeeper.ts): it opens the corpus,
 * prepares every article that lacks its fragments, resting between transactions, and
 * stops at the next transaction when the service asks it to.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '@winnow/store';
import { failureMessage } from '../export/exportThreads.ts';
import { prepareFragments } from './prepareFragments.ts';

const { dbPath, control, rest } = workerData as {
  dbPath: string;
  control: SharedArrayBuffer;
  /** Rest after each transaction, as a multiple of the time it took. */
  rest: number;
};
const stop = new Int32Array(control);
// The service that started this thread checked the corpus when it opened it.
const store = openStore(dbPath, { check: false });
try {
  const report = prepareFragments(store, {
    shouldStop: () => Atomics.load(stop, 0) !== 0,
    // Resting on the stop flag: a request to stop ends the rest at once.
    afterStep: (ms) => void Atomics.wait(stop, 0, 0, ms * rest),
  });
  parentPort?.postMessage({ report });
} catch (error) {
  parentPort?.postMessage(failureMessage(error));
} finally {
  store.close();
}
