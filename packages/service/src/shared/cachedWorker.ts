import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread on one of our TypeScript files, started through Node's on-disk compile
 * cache (module.enableCompileCache: the code compiled with its types stripped, kept under
 * the user's own cache folder, or NODE_COMPILE_CACHE). Without it every thread loads a
 * TypeScript stripper of its own and compiles each module anew: about 25 MB more per
 * thread, most of what an export thread costs beside its work. The first thread fills the
 * cache; where it cannot be used (a read-only temporary folder) the thread runs as before.
 */
export function cachedWorker(file: string, options: WorkerOptions): Worker {
  // The entry itself is TypeScript: the cache is on before anything is compiled. A failure
  // to load it rejects here, which the worker reports as its 'error', as a plain start does.
  const boot = `require('node:module').enableCompileCache?.(${JSON.stringify(compileCacheFolder())});
import(${JSON.stringify(pathToFileURL(file).href)});`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * Where compiled code is kept: NODE_COMPILE_CACHE if set, else the user's own cache folder.
 * Not Node's default (one folder under the shared temporary folder): compiled code read
 * from there runs as ours, and on a machine with several users another could have made
 * that folder first and put code in it.
 */
export function compileCacheFolder(): string {
  const set = process.env['NODE_COMPILE_CACHE'];
  if (set) return set;
  const cache = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(cache, 'winnow', 'compile-cache');
}
