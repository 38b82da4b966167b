import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WinnowFailure } from '@winnow/contract';
import type { ExportRecord, ProgressEvent } from '@winnow/contract';
import type { ArticleFilter, Store } from '@winnow/store';
import { EXPORT_RELATED_LIMIT, RelatedFactCache } from '../facts.ts';
import { loadArticle, toExportRecord } from '../records.ts';
import { selectedIds } from './selection.ts';

const RECORDS_AT_ONCE = 8;

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

  constructor(options: {
    store: Store;
    out: string;
    filter: ArticleFilter;
    total: number;
    onProgress?: ((event: ProgressEvent) => void) | undefined;
    signal?: AbortSignal | undefined;
  }) {
    this.out = resolve(options.out);
    const parent = dirname(this.out);
    try {
      if (!statSync(parent).isDirectory()) throw new Error('not a folder');
    } catch {
      throw new WinnowFailure(
        'bad_request',
        `Cannot export to ${this.out}: ${parent} is not a folder.`,
      );
    }
    this.workDir = mkdtempSync(join(parent, `.${basename(this.out)}.winnow-`));
    this.partial = join(this.workDir, 'partial');
    this.filter = options.filter;
    this.store = options.store;
    this.total = options.total;
    this.onProgress = options.onProgress ?? (() => {});
    this.signal = options.signal;
  }

  checkCancelled(): void {
    if (this.signal?.aborted)
      throw new WinnowFailure(
        'cancelled',
        `The export to ${this.out} was cancelled; nothing was written.`,
      );
  }

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
   * batch and a check for cancellation before it.
   */
  *records(): Generator<ExportRecord[]> {
    let done = 0;
    const related = new RelatedFactCache(this.store, EXPORT_RELATED_LIMIT);
    for (const ids of selectedIds(this.store, this.filter)) {
      // A few articles at a time: one long article can carry thousands of facts, and a
      // page of two hundred loaded at once would be most of the export's memory.
      for (let at = 0; at < ids.length; at += RECORDS_AT_ONCE) {
        this.checkCancelled();
        const batch = ids
          .slice(at, at + RECORDS_AT_ONCE)
          .map((id) => this.store.articles.get(id))
          .filter((row) => row !== null)
          .map((row) => toExportRecord(loadArticle(this.store, row, related)));
        yield batch;
        done += batch.length;
        this.progress(done);
      }
    }
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
