import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import { WinnowFailure } from '@winnow/contract/result';
import type { ErrorCode } from '@winnow/contract';
import type { ArticleFilter, Store } from '@winnow/store';
import { beginSnapshot, holdWrites } from '@winnow/store';
import type { PartName, PartsWritten } from './bundleParts.ts';
import { EXPORT_HEAP_LIMITS } from './exportThreads.ts';
import { CONTROL, CONTROL_WORDS, PHASE } from './partsControl.ts';

// A path, as for the export's own thread: a bundled build finds no worker file and writes
// every part on one thread.
const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'partsWorker.ts');

/** How long the snapshot handshake may take before the export gives up. */
const HANDSHAKE_MS = 30_000;

/**
 * A second thread that writes some parts of a bundle while this one writes the others, on
 * its own read-only connection. Both begin their snapshots while writes are held off, so
 * the two halves of the bundle describe one and the same corpus even if an editor works
 * during the export.
 */
export class PartsThread {
  private readonly worker: Worker;
  private readonly shared: Int32Array;
  private readonly ready: Promise<void>;
  readonly finished: Promise<PartsWritten>;

  /** Null where a second thread cannot run: a bundled build, a corpus only in memory. */
  static start(
    store: Store,
    filter: ArticleFilter,
    names: readonly PartName[],
    workDir: string,
  ): PartsThread | null {
    // The handshake blocks this thread (Atomics.wait), which only a worker may do.
    if (isMainThread || !existsSync(workerFile)) return null;
    if (store.path === ':memory:' || !existsSync(store.path)) return null;
    return new PartsThread(store.path, filter, names, workDir);
  }

  private constructor(
    dbPath: string,
    filter: ArticleFilter,
    names: readonly PartName[],
    workDir: string,
  ) {
    const control = new SharedArrayBuffer(CONTROL_WORDS * 4);
    this.shared = new Int32Array(control);
    this.worker = new Worker(workerFile, {
      workerData: { dbPath, filter, names: [...names], workDir, control },
      resourceLimits: EXPORT_HEAP_LIMITS,
    });
    let readied: () => void = () => {};
    this.ready = new Promise((resolve) => (readied = resolve));
    this.finished = new Promise<PartsWritten>((resolve, reject) => {
      this.worker.on(
        'message',
        (message: {
          ready?: boolean;
          written?: PartsWritten;
          error?: { code: ErrorCode; message: string };
        }) => {
          if (message.ready) readied();
          else if (message.written) resolve(message.written);
          else if (message.error)
            reject(new WinnowFailure(message.error.code, message.error.message));
        },
      );
      this.worker.on('error', (error: Error & { code?: string }) =>
        reject(
          new WinnowFailure(
            'internal',
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `the export thread writing ${names.join(' and ')} ran out of memory`
              : `the export thread writing ${names.join(' and ')} failed: ${error.message}`,
          ),
        ),
      );
      this.worker.on('exit', (code) =>
        reject(
          new WinnowFailure(
            'internal',
            `the export thread writing ${names.join(' and ')} stopped (exit ${code})`,
          ),
        ),
      );
    });
    // Failures are reported where the export awaits `finished`; never unhandled.
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
      Atomics.store(this.shared, CONTROL.phase, PHASE.go);
      Atomics.notify(this.shared, CONTROL.phase);
      const until = Date.now() + HANDSHAKE_MS;
      while (Atomics.load(this.shared, CONTROL.phase) === PHASE.go) {
        if (Date.now() > until)
          throw new WinnowFailure('internal', 'the second export thread did not start');
        Atomics.wait(this.shared, CONTROL.phase, PHASE.go, 100);
      }
    } finally {
      held.release();
    }
  }

  /** Articles the second thread has written so far. */
  done(): number {
    return Atomics.load(this.shared, CONTROL.done);
  }

  /** Stops the second thread (at its next article) and waits until it has. */
  async stop(): Promise<void> {
    Atomics.store(this.shared, CONTROL.stop, 1);
    if (Atomics.load(this.shared, CONTROL.phase) === PHASE.ready) {
      Atomics.store(this.shared, CONTROL.phase, PHASE.abandoned);
      Atomics.notify(this.shared, CONTROL.phase);
    }
    await this.finished.catch(() => {});
    await this.worker.terminate();
  }
}
