import { renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WinnowFailure } from '@winnow/contract/result';
import type { ExportFormat, ExportRecord, ProgressEvent } from '@winnow/contract';
import type { ArticleFilter, Store } from '@winnow/store';
import { checkExportTarget } from './exportTarget.ts';
import { makeWorkFolder, releaseWorkFolder } from '../shared/workFolders.ts';
import { recordBatches } from './recordBatches.ts';

/**
 * The work folder of an export to `out`: beside it (same file system, so the final rename
 * is atomic), made by the thread that started the export so that this process can remove
 * it when stopped by a signal even while an export thread writes into it.
 */
export function exportWorkFolder(out: string): string {
  const target = resolve(out);
  const parent = dirname(target);
  try {
    if (!statSync(parent).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new WinnowFailure(
      'bad_request',
      `Cannot export to ${target}: ${parent} is not a folder.`,
    );
  }
  return makeWorkFolder(join(parent, `.${basename(target)}.winnow-`));
}

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
    /** Made by the thread that started the export (see exportWorkFolder). */
    workDir?: string | undefined;
  }) {
    this.out = resolve(options.out);
    checkExportTarget(options.store.path, this.out, options.format);
    this.workDir = options.workDir ?? exportWorkFolder(this.out);
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

  /** Articles written so far (a bundle's second thread only builds: the writer counts). */
  progress(done: number): void {
    this.onProgress({
      type: 'progress',
      job: 'export',
      done,
      total: Math.max(this.total, done),
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
    releaseWorkFolder(this.workDir);
  }

  abandon(): void {
    releaseWorkFolder(this.workDir);
  }
}
