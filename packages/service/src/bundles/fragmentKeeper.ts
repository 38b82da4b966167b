import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BundlePrepareReport } from '@winnow/contract';
import type { Store } from '@winnow/store';
import type { Logger } from '../logger.ts';
import { EXPORT_HEAP_LIMITS } from './exportThreads.ts';
import type { FailureMessage } from './exportThreads.ts';

const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'fragmentWorker.ts');

export type KeeperOptions = {
  /** Quiet time after the last change before the work starts. */
  delayMs?: number;
  /** Rest after each transaction, as a multiple of its time: 1 uses half of one core. */
  rest?: number;
  /** After each run of the thread, with what it did (tests wait on this). */
  onReport?: (report: BundlePrepareReport) => void;
};

/**
 * Keeps the corpus's bundle fragments current in the background, so that an export
 * finds them ready: once the desk has been quiet for a moment after a change, a thread
 * prepares the articles that lack them, politely (it rests as long as it works), and
 * stands aside while an import or an export runs.
 */
export class FragmentKeeper {
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  private holds = 0;
  private again = false;
  private closed = false;
  private readonly stop = new Int32Array(new SharedArrayBuffer(4));
  private readonly delayMs: number;
  private readonly rest: number;

  /** Null where no thread can run: a bundled build, a corpus only in memory. */
  static start(store: Store, logger: Logger, options: KeeperOptions = {}): FragmentKeeper | null {
    if (!existsSync(workerFile) || store.path === ':memory:' || !existsSync(store.path))
      return null;
    return new FragmentKeeper(store.path, logger, options);
  }

  private readonly dbPath: string;
  private readonly logger: Logger;
  private readonly options: KeeperOptions;

  private constructor(dbPath: string, logger: Logger, options: KeeperOptions) {
    this.dbPath = dbPath;
    this.logger = logger;
    this.options = options;
    this.delayMs = options.delayMs ?? 5_000;
    this.rest = options.rest ?? 1;
  }

  /** Something may have changed: prepare again once the desk has been quiet a moment. */
  poke(): void {
    if (this.closed) return;
    if (this.worker) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.begin(), this.delayMs);
    this.timer.unref();
  }

  /** Stands aside (the thread stops at its next transaction) until the release. */
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
    if (this.closed || this.holds > 0 || this.worker) return;
    Atomics.store(this.stop, 0, 0);
    this.again = false;
    const worker = new Worker(workerFile, {
      workerData: { dbPath: this.dbPath, control: this.stop.buffer, rest: this.rest },
      resourceLimits: EXPORT_HEAP_LIMITS,
    });
    // Never what keeps a process alive: whatever is unfinished is done next time.
    worker.unref();
    this.worker = worker;
    worker.on('message', (message: { report?: BundlePrepareReport } & Partial<FailureMessage>) => {
      if (message.report) {
        if (message.report.prepared > 0)
          this.logger.info(`Prepared ${message.report.prepared} articles for export.`);
        this.options.onReport?.(message.report);
        if (!message.report.finished) this.again = true;
      } else if (message.error)
        // Most likely the corpus was busy for longer than the wait: try again later.
        this.logger.warn(`Preparing articles for export stopped: ${message.error.message}`);
    });
    worker.on('error', (error: Error) =>
      this.logger.warn(`Preparing articles for export failed: ${error.message}`),
    );
    worker.on('exit', () => {
      this.worker = null;
      if (this.again) this.poke();
    });
  }
}
