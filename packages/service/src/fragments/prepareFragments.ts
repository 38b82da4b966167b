import { setTimeout as sleep } from 'node:timers/promises';
import { WinnowFailure } from '@winnow/contract/result';
import type { BundlePrepareReport as PrepareReport, ProgressEvent } from '@winnow/contract';
import type { Store } from '@winnow/store';
import {
  articleShare,
  KEPT_DEFLATE_LEVEL,
  KEPT_PART,
  shareRecipe,
} from '../export/articleShare.ts';
import { bundleRecordOf } from '../export/recordBatches.ts';
import { deflateChunk } from '../export/zip/deflatedEntry.ts';

/**
 * Articles built and stored per transaction, at most. Each holds the corpus's write lock
 * for its reads and writes together (so no change can land between reading an article and
 * storing what was built from it); the transaction ends early once it has held the lock
 * this long, so that an editor's decision waiting for it waits briefly.
 */
const ARTICLES_PER_TRANSACTION = 16;
const TRANSACTION_BUDGET_MS = 20;
/** `bundles.prepare` (an editor waits for it) rests this fraction of each step's time. */
const REST_BETWEEN_STEPS = 0.25;
/** Kept shares per article: its share of facts.jsonl alone. */
const KEPT_SHARES = 1;

/**
 * Builds and keeps, for every article that lacks it, its share of facts.jsonl (see
 * articleShare.ts: the other shares are written from it), so that the next export copies it. An article's
 * fragments disappear whenever it changes (migration 0005); this puts them back.
 *
 * One `step` per transaction: the caller decides what happens between two (a thread
 * rests, the service lets other calls run, anyone may stop; what is stored stays).
 */
export class FragmentPreparation {
  readonly report: PrepareReport;
  private readonly recipe: string = shareRecipe();
  private after = 0;
  private readonly prepareSome: { immediate: () => number[] };

  private readonly store: Store;
  private readonly onProgress: ((done: number, total: number) => void) | undefined;

  constructor(store: Store, onProgress?: (done: number, total: number) => void) {
    this.store = store;
    this.onProgress = onProgress;
    const removed = store.bundleFragments.removeStale(this.recipe);
    const lacking = store.bundleFragments.countLacking(this.recipe, KEPT_SHARES);
    this.report = { prepared: 0, lacking, removed, finished: lacking === 0 };
    this.prepareSome = store.db.transaction(() => this.prepareNext());
    onProgress?.(0, lacking);
  }

  private prepareNext(): number[] {
    const { store, recipe } = this;
    const ids = store.bundleFragments.lacking(recipe, 1, this.after, ARTICLES_PER_TRANSACTION);
    const began = performance.now();
    const done: number[] = [];
    for (const id of ids) {
      if (done.length > 0 && performance.now() - began > TRANSACTION_BUDGET_MS) break;
      done.push(id);
      const row = store.articles.get(id);
      if (!row) continue;
      const record = bundleRecordOf(store, row, 'full');
      const share = articleShare(record, [KEPT_PART]);
      store.bundleFragments.put(id, KEPT_PART, recipe, {
        facts: record.facts.length,
        ...deflateChunk(share[KEPT_PART]!, KEPT_DEFLATE_LEVEL),
      });
    }
    return done;
  }

  /** Prepares the next few articles in one transaction; false once none is left. */
  step(): boolean {
    if (this.report.finished) return false;
    // Immediate: the write lock is taken before the first read.
    const ids = this.prepareSome.immediate();
    if (ids.length === 0) {
      this.report.finished = true;
      return false;
    }
    this.after = ids[ids.length - 1]!;
    this.report.prepared += ids.length;
    const { prepared, lacking } = this.report;
    this.onProgress?.(Math.min(prepared, lacking), Math.max(lacking, prepared));
    return true;
  }
}

/** Prepares every article on this thread, stopping early only if asked. */
export function prepareFragments(
  store: Store,
  options: {
    shouldStop?: () => boolean;
    onProgress?: (done: number, total: number) => void;
    /** After each transaction, with how long it took: a background thread rests here. */
    afterStep?: (ms: number) => void;
  } = {},
): PrepareReport {
  const preparation = new FragmentPreparation(store, options.onProgress);
  for (;;) {
    if (options.shouldStop?.()) break;
    const began = performance.now();
    if (!preparation.step()) break;
    options.afterStep?.(performance.now() - began);
  }
  return { ...preparation.report };
}

/**
 * The service's `bundles.prepare`: the same work on the service's own connection, letting
 * other calls run between transactions; a cancel stops it (what is stored stays).
 */
export async function prepareForExport(
  store: Store,
  context: { onProgress?: (event: ProgressEvent) => void; signal?: AbortSignal },
): Promise<PrepareReport> {
  const preparation = new FragmentPreparation(store, (done, total) =>
    context.onProgress?.({ type: 'progress', job: 'prepare', done, total, item: null }),
  );
  for (;;) {
    const began = performance.now();
    if (!preparation.step()) break;
    // Rests a quarter of the step's time: another process waiting for the write lock
    // (a second desk, an import) finds it free, not only this service's own calls.
    await sleep((performance.now() - began) * REST_BETWEEN_STEPS);
    if (context.signal?.aborted)
      throw new WinnowFailure(
        'cancelled',
        `Preparing for export was cancelled after ${preparation.report.prepared} articles; those stay prepared.`,
      );
  }
  return { ...preparation.report };
}
