import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WinnowFailure } from '@winnow/contract/result';
import type { ExportFormat, ExportRecord, ProgressEvent } from '@winnow/contract';
import type { ArticleFilter, Store } from '@winnow/store';
import { checkExportTarget } from '../exportTarget.ts';
import { recordBatches } from './recordBatches.ts';

/**
 * One export in progress: it writes into a work folder beside the target (same file
 * system, so the final rename is atomic), reports progress, can be cancelled, and on any
 * failure leaves nothing behind — never a partial file under the final name.
 */
export class ExportJob {
  readonly out: string;
  readonly workDir: string;
  /** Where the result is written before it is renamed to `out`. */
  readonly partial: string;
  readonly filter: ArticleFilter;
  readonly store: Store;
  private readonly total: number;
  private readonly onProgress: (event: ProgressEvent) => void;
  private readonly signal: AbortSignal | undefined;
  private readonly cancelled: () => boolean;

  constructor(options: {
    store: Store;
    out: string;
    format: ExportFormat;
    filter: ArticleFilter;
    total: number;
    onProgress?: ((event: ProgressEvent) => void) | undefined;
    signal?: AbortSignal | undefined;
    cancelled?: (() => boolean) | undefined;
  }) {
    this.out = resolve(options.out);
    checkExportTarget(options.store.path, this.out, options.format);
    const parent = dirname(this.out);
    this.workDir = mkdtempSync(join(parent, `.${basename(this.out)}.winnow-`));
    this.partial = join(this.workDir, 'partial');
    this.filter = options.filter;
    this.store = options.store;
    this.total = options.total;
    this.onProgress = options.onProgress ?? (() => {});
    this.signal = options.signal;
    this.cancelled = options.cancelled ?? (() => false);
  }

  checkCancelled(): void {
    if (this.signal?.aborted || this.cancelled())
      throw new WinnowFailure(
        'cancelled',
        `The export to ${this.out} was cancelled; nothing was written.`,
      );
  }

  /** Articles this thread has written; the progress reported is the slower thread's. */
  ownDone = 0;
  private otherDone: (() => number) | null = null;

  /** Another thread writes part of the result: progress follows whichever is behind. */
  alsoCount(done: () => number): void {
    this.otherDone = done;
  }

  progress(done: number): void {
    this.ownDone = done;
    const slowest = this.otherDone ? Math.min(done, this.otherDone()) : done;
    this.onProgress({
      type: 'progress',
      job: 'export',
      done: slowest,
      total: Math.max(this.total, slowest),
      item: null,
    });
  }

  /**
   * Every selected article's export record, a batch at a time, with progress after each
   * batch and a check for cancellation before each article.
   */
  records(options: { related: boolean } = { related: true }): Generator<ExportRecord[]> {
    return recordBatches(this.store, this.filter, {
      related: options.related,
      beforeArticle: () => this.checkCancelled(),
      afterBatch: (done) => this.progress(done),
    });
  }

  /** Moves the finished result into place (replacing an earlier export of the same name). */
  commit(): void {
    // A file is replaced atomically by the rename; a folder (Markdown) has to go first.
    if (statSync(this.out, { throwIfNoEntry: false })?.isDirectory())
      rmSync(this.out, { recursive: true, force: true });
    renameSync(this.partial, this.out);
    rmSync(this.workDir, { recursive: true, force: true });
  }

  abandon(): void {
    rmSync(this.workDir, { recursive: true, force: true });
  }
}
