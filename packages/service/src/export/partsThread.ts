import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { WinnowFailure } from '@winnow/contract/result';
import type { ErrorCode } from '@winnow/contract';
import type { ArticleFilter, Store } from '@winnow/store';
import { beginSnapshot, holdWrites } from '@winnow/store';
import type { BuiltBatch } from './batchBuild.ts';
import type { BatchHelper } from './bundleParts.ts';
import { EXPORT_HEAP_LIMITS } from './exportThreads.ts';
import { CONTROL, CONTROL_WORDS, PHASE } from './partsControl.ts';
import { cachedWorker } from '../shared/cachedWorker.ts';

// A path, as for the export's own thread: a bundled build finds no worker file and builds
// every batch on one thread.
const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'partsWorker.ts');

/** How long the snapshot handshake may take before the export gives up. */
const HANDSHAKE_MS = 30_000;

/**
 * A second thread that builds batches of a bundle's articles while this one builds others
 * and writes them all (bundleParts.ts), on its own read-only connection. Both begin their
 * snapshots while writes are held off, so every batch describes one and the same corpus
 * even if an editor works during the export.
 */
export class PartsThread implements BatchHelper {
  private readonly worker: Worker;
  readonly control: Int32Array;
  private readonly ready: Promise<void>;
  /** Resolves when the second thread has built its last batch. */
  readonly finished: Promise<void>;
  private readonly arrived = new Map<number, BuiltBatch>();
  private wake: (() => void) | null = null;

  /** Null where a second thread cannot run: a bundled build, a corpus only in memory. */
  static start(store: Store, filter: ArticleFilter): PartsThread | null {
    // The handshake blocks this thread (Atomics.wait), which only a worker may do.
    if (isMainThread || !existsSync(workerFile)) return null;
    if (store.path === ':memory:' || !existsSync(store.path)) return null;
    return new PartsThread(store.path, filter);
  }

  private constructor(dbPath: string, filter: ArticleFilter) {
    const control = new SharedArrayBuffer(CONTROL_WORDS * 4);
    this.control = new Int32Array(control);
    this.worker = cachedWorker(workerFile, {
      workerData: { dbPath, filter, control },
      resourceLimits: EXPORT_HEAP_LIMITS,
    });
    let readied: () => void = () => {};
    this.ready = new Promise((resolve) => (readied = resolve));
    const failed = (message: string) => new WinnowFailure('internal', message);
    this.finished = new Promise<void>((resolve, reject) => {
      this.worker.on(
        'message',
        (message: {
          ready?: boolean;
          batch?: BuiltBatch;
          finished?: boolean;
          error?: { code: ErrorCode; message: string };
        }) => {
          if (message.ready) readied();
          else if (message.batch) {
            this.arrived.set(message.batch.index, message.batch);
            this.wake?.();
          } else if (message.finished) resolve();
          else if (message.error)
            reject(new WinnowFailure(message.error.code, message.error.message));
        },
      );
      this.worker.on('error', (error: Error & { code?: string }) =>
        reject(
          failed(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? 'the second export thread ran out of memory'
              : `the second export thread failed: ${error.message}`,
          ),
        ),
      );
      this.worker.on('exit', (code) =>
        reject(failed(`the second export thread stopped (exit ${code})`)),
      );
    });
    // Failures are reported where the export waits for a batch; never unhandled.
    this.finished.catch(() => {});
  }

  /**
   * Holds writes, begins this thread's snapshot on `store` and lets the second thread
   * begin its own; writes go on as soon as both have.
   */
  async beginTogether(store: Store): Promise<void> {
    await Promise.race([this.ready, this.finished]);
    const held = holdWrites(store.path);
    try {
      beginSnapshot(store.db);
      Atomics.store(this.control, CONTROL.phase, PHASE.go);
      Atomics.notify(this.control, CONTROL.phase);
      const until = Date.now() + HANDSHAKE_MS;
      while (Atomics.load(this.control, CONTROL.phase) === PHASE.go) {
        if (Date.now() > until)
          throw new WinnowFailure('internal', 'the second export thread did not start');
        Atomics.wait(this.control, CONTROL.phase, PHASE.go, 100);
      }
    } finally {
      held.release();
    }
  }

  take(index: number): BuiltBatch | undefined {
    const batch = this.arrived.get(index);
    this.arrived.delete(index);
    return batch;
  }

  arrival(): Promise<void> {
    const next = new Promise<void>((resolve) => (this.wake = resolve));
    // A batch, or the thread's end: all it built arrives before it says it is done, so
    // an end while a batch is awaited is a failure.
    const ended = this.finished.then(() => {
      throw new WinnowFailure('internal', 'the second export thread ended without a batch');
    });
    return Promise.race([next, ended]).finally(() => (this.wake = null));
  }

  /** Stops the second thread (at its next article) and waits until it has. */
  async stop(): Promise<void> {
    Atomics.store(this.control, CONTROL.stop, 1);
    if (Atomics.load(this.control, CONTROL.phase) === PHASE.ready) {
      Atomics.store(this.control, CONTROL.phase, PHASE.abandoned);
      Atomics.notify(this.control, CONTROL.phase);
    }
    await this.finished.catch(() => {});
    await this.worker.terminate();
  }
}
