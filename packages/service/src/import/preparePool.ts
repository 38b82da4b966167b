import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FoundFile } from './files.ts';
import { prepare } from './prepare.ts';
import type { Prepared, PrepareOptions } from './prepare.ts';

/** Below this many files, starting workers costs more than it saves. */
const WORKERS_FROM_FILES = 32;

/**
 * One worker per core. The writer only writes (the workers build its rows): at 10,000
 * generated articles it took 19 CPU-seconds against the workers' 32–36, so one worker
 * beside it would be the bottleneck and leave the writer's core half idle; a worker per
 * core keeps every core busy (measured side by side: 100 articles/s with two workers,
 * 94 with one, at the cost of 4 more CPU-seconds for the second worker's start and
 * warm-up). A single core gets no worker (its one thread prepares and writes).
 */
export const workersFor = (cores: number): number => (cores > 1 ? cores : 0);

// A path, not `new URL(…, import.meta.url)`: bundlers copy such URLs as assets, and a
// bundled build must find no worker file here and prepare on its own thread instead.
const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'prepareWorker.ts');

/**
 * Prepares files on worker threads — one per core — and answers in any order; the
 * importer puts results back in file order. Where workers cannot start (a bundled build without the worker file, a single core) files are
 * prepared on this thread, with the same results.
 */
export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { file: FoundFile; resolve: (p: Prepared) => void }>();
  private next = 0;
  private closing = false;
  private seq = 0;

  private readonly options: PrepareOptions;

  constructor(
    files: number,
    options: PrepareOptions = {},
    workers = workersFor(availableParallelism()),
  ) {
    this.options = options;
    if (files < WORKERS_FROM_FILES || workers < 1 || !existsSync(workerFile)) return;
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(workerFile);
      worker.on('message', ({ seq, prepared }: { seq: number; prepared: Prepared }) => {
        this.waiting.get(seq)?.resolve(prepared);
        this.waiting.delete(seq);
      });
      worker.on('error', () => this.fallBack());
      // A worker can also end with no error (it exited, it was terminated) or send what
      // cannot be read: its files would wait forever, and the import with them.
      worker.on('messageerror', () => this.fallBack());
      worker.on('exit', () => {
        if (!this.closing) this.fallBack();
      });
      this.workers.push(worker);
    }
  }

  /** Whether workers run; without them, callers prepare on their own thread. */
  get parallel(): boolean {
    return this.workers.length > 0;
  }

  /** How many files to keep in flight: enough to keep every worker busy. */
  get window(): number {
    // A batch is written in one go (64 files): the workers need that much work queued
    // so they do not idle while the writer is busy.
    return Math.max(1, this.workers.length * 128);
  }

  prepare(file: FoundFile): Promise<Prepared> {
    const worker = this.workers[this.next++ % Math.max(1, this.workers.length)];
    if (!worker) return Promise.resolve(prepare(file, this.options));
    const seq = this.seq++;
    return new Promise((resolve) => {
      this.waiting.set(seq, { file, resolve });
      worker.postMessage({ seq, file, options: this.options });
    });
  }

  /** A worker failed (it could not load, it crashed): its files are prepared here. */
  private fallBack(): void {
    this.closing = true;
    for (const worker of this.workers.splice(0)) void worker.terminate();
    for (const { file, resolve } of this.waiting.values()) resolve(prepare(file, this.options));
    this.waiting.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
