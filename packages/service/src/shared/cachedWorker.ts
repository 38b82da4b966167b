import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread on one of our TypeScript files, started through Node's on-disk compile
 * cache (module.enableCompileCache: the code compiled with its types stripped, kept under
 * the system's temporary folder, or NODE_COMPILE_CACHE). Without it every thread loads a
 * TypeScript stripper of its own and compiles each module anew: about 25 MB more per
 * thread, most of what an export thread costs beside its work. The first thread fills the
 * cache; where it cannot be used (a read-only temporary folder) the thread runs as before.
 */
export function cachedWorker(file: string, options: WorkerOptions): Worker {
  // The entry itself is TypeScript: the cache is on before anything is compiled. A failure
  // to load it rejects here, which the worker reports as its 'error', as a plain start does.
  const boot = `require('node:module').enableCompileCache?.();
import(${JSON.stringify(pathToFileURL(file).href)});`;
  return new Worker(boot, { ...options, eval: true });
}
