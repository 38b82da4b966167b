import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BundlePrepareReport } from '@winnow/contract';
import type { Store } from '@winnow/store';
import type { Logger } from '../shared/logger.ts';
import { EXPORT_HEAP_LIMITS } from '../export/exportThreads.ts';
import type { FailureMessage } from '../export/exportThreads.ts';
import { FragmentPreparation } from './prepareFragments.ts';

const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'fragmentWorker.ts');

export type KeeperOptions = {
  /** Quiet time after the last change before the work starts. */
  delayMs?: number;
  /** Rest after each transaction, as a multiple of its time: 1 uses half of one core. */
  rest?: number;
  /**
   * 'thread' where a worker can start (the default), else 'here': a transaction at a time
   * on the service's own thread, between calls (a bundled build has no worker file).
   */
  on?: 'thread' | 'here';
  /** After each run, with what it did (tests wait on this). */
  onReport?: (report: BundlePrepareReport) => void;
};

/**
 * Keeps the corpus's bundle fragments current in the background, so that an export
 * finds them ready: once the desk has been quiet for a moment after a change, the
 * articles that lack them are prepared, politely (it rests as long as it works), and it
 * stands aside while an import or an export runs.
 */
export class FragmentKeeper {
  private running = false;
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  private holds = 0;
  private again = false;
  private closed = false;
  private readonly stop = new Int32Array(new SharedArrayBuffer(4));
  private readonly store: Store;
  private readonly logger: Logger;
  private readonly options: KeeperOptions;
  private readonly delayMs: number;
  private readonly rest: number;
  private readonly onThread: boolean;

  /** Null for a corpus only in memory: nobody exports it twice. */
  static start(store: Store, logger: Logger, options: KeeperOptions = {}): FragmentKeeper | null {
    if (store.path === ':memory:' || !existsSync(store.path)) return null;
    return new FragmentKeeper(store, logger, options);
  }

  private constructor(store: Store, logger: Logger, options: KeeperOptions) {
    this.store = store;
    this.logger = logger;
    this.options = options;
    this.delayMs = options.delayMs ?? 5_000;
    this.rest = options.rest ?? 1;
    this.onThread = (options.on ?? 'thread') === 'thread' && existsSync(workerFile);
  }

  /** Something may have changed: prepare again once the desk has been quiet a moment. */
  poke(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.begin(), this.delayMs);
    this.timer.unref();
  }

  /** Stands aside (the work stops at its next transaction) until the release. */
  hold(): () => void {
    this.holds++;
    this.signalStop();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.poke();
    };
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.signalStop();
    void this.worker?.terminate();
  }

  private signalStop(): void {
    Atomics.store(this.stop, 0, 1);
    Atomics.notify(this.stop, 0);
  }

  private begin(): void {
    this.timer = null;
    if (this.closed || this.holds > 0 || this.running) return;
    Atomics.store(this.stop, 0, 0);
    this.again = false;
    this.running = true;
    if (this.onThread) this.runOnThread();
    else this.runHere();
  }

  private finished(report: BundlePrepareReport | null): void {
    this.running = false;
    this.worker = null;
    if (report) {
      // Routine background work says nothing: a line after every change is noise an editor
      // has to interpret. Only a failure is logged (below); onReport serves tests and hosts.
      this.options.onReport?.(report);
      if (!report.finished) this.again = true;
    }
    if (this.again) this.poke();
  }

  private failed(message: string): void {
    // Most likely the corpus was busy for longer than the wait: the next change retries.
    this.logger.warn(`Preparing articles for export stopped: ${message}`);
  }

  private runOnThread(): void {
    const worker = new Worker(workerFile, {
      workerData: { dbPath: this.store.path, control: this.stop.buffer, rest: this.rest },
      resourceLimits: EXPORT_HEAP_LIMITS,
    });
    // Never what keeps a process alive: whatever is unfinished is done next time.
    worker.unref();
    this.worker = worker;
    let report: BundlePrepareReport | null = null;
    worker.on('message', (message: { report?: BundlePrepareReport } & Partial<FailureMessage>) => {
      if (message.report) report = message.report;
      else if (message.error) this.failed(message.error.message);
    });
    worker.on('error', (error: Error) => this.failed(error.message));
    worker.on('exit', () => this.finished(report));
  }

  /**
   * One transaction (a few articles, tens of milliseconds) per turn of the event loop,
   * resting between: a call that arrives meanwhile waits at most one transaction.
   */
  private runHere(): void {
    let preparation: FragmentPreparation;
    try {
      preparation = new FragmentPreparation(this.store);
    } catch (error) {
      this.failed(error instanceof Error ? error.message : String(error));
      return this.finished(null);
    }
    const next = () => {
      if (this.closed) return;
      if (this.holds > 0) return this.finished({ ...preparation.report });
      const began = performance.now();
      let more: boolean;
      try {
        more = preparation.step();
      } catch (error) {
        this.failed(error instanceof Error ? error.message : String(error));
        return this.finished(null);
      }
      if (!more) return this.finished({ ...preparation.report });
      setTimeout(next, (performance.now() - began) * this.rest).unref();
    };
    setImmediate(next).unref();
  }
}
