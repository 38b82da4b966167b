import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WinnowFailure } from '@winnow/contract';
import type { ExportRecord, ProgressEvent } from '@winnow/contract';
import type { ArticleFilter, Store } from '@winnow/store';
import { EXPORT_RELATED_LIMIT, RelatedFactCache } from '../facts.ts';
import { loadArticle, toExportRecord } from '../records.ts';
import { selectedIds } from './selection.ts';

const RECORDS_AT_ONCE = 8;
const FACTS_AT_ONCE = 2_000;

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
    filter: ArticleFilter;
    total: number;
    onProgress?: ((event: ProgressEvent) => void) | undefined;
    signal?: AbortSignal | undefined;
    cancelled?: (() => boolean) | undefined;
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
    this.cancelled = options.cancelled ?? (() => false);
  }

  checkCancelled(): void {
    if (this.signal?.aborted || this.cancelled())
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
    let batch: ExportRecord[] = [];
    let facts = 0;
    const flush = () => {
      const out = batch;
      done += out.length;
      batch = [];
      facts = 0;
      return out;
    };
    for (const ids of selectedIds(this.store, this.filter)) {
      // A few articles at a time, fewer when they are long: one long article can carry
      // thousands of facts, and a page of two hundred loaded at once would be most of the
      // export's memory.
      for (const id of ids) {
        this.checkCancelled();
        const row = this.store.articles.get(id);
        if (!row) continue;
        const record = toExportRecord(loadArticle(this.store, row, related));
        batch.push(record);
        facts += record.facts.length;
        if (batch.length >= RECORDS_AT_ONCE || facts >= FACTS_AT_ONCE) {
          yield flush();
          this.progress(done);
        }
      }
    }
    if (batch.length > 0) {
      yield flush();
      this.progress(done);
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
