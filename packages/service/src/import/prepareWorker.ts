/**
 * A worker thread of the import: prepares the files it is sent (read, decode, clean,
 * extract) and sends each result back. The main thread alone writes to the corpus.
 */
import { parentPort } from 'node:worker_threads';
import type { FoundFile } from './files.ts';
import { prepare } from './prepare.ts';
import type { PrepareOptions } from './prepare.ts';

parentPort?.on('message', (task: { seq: number; file: FoundFile; options: PrepareOptions }) => {
  parentPort?.postMessage({ seq: task.seq, prepared: prepare(task.file, task.options) });
});
