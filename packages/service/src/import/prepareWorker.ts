/**
 * A worker thread of the import: prepares the files it is sent (read, decode, clean,
 * extract) and sends each result back. The main thread alone writes to the corpus.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { FoundFile } from './files.ts';
import { prepare } from './prepare.ts';
import type { PrepareOptions } from './prepare.ts';

/**
 * The writing thread is the one every file passes through, one after another; the workers
 * only need to stay ahead of it. With a worker per core the three threads shared two cores
 * evenly, so the writer had two thirds of one and the files waited for it while prepared
 * ones piled up. A little less priority for the workers (Linux weighs nice 3 at half of
 * nice 0) lets the writer keep a core whenever it has work, and the workers take the rest.
 * On Linux a thread's priority is its own; elsewhere it would be the whole process's, so
 * it is left alone there.
 */
const WORKER_NICENESS = 3;
if (process.platform === 'linux') {
  try {
    setPriority(0, WORKER_NICENESS);
  } catch {
    // Not allowed here: the worker runs at the process's priority, as before.
  }
}

parentPort?.on('message', (task: { seq: number; file: FoundFile; options: PrepareOptions }) => {
  parentPort?.postMessage({ seq: task.seq, prepared: prepare(task.file, task.options) });
});
