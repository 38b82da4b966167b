import { WinnowFailure } from '@winnow/contract/result';
import type { ArticleFilter, Store } from '@winnow/store';
import { BATCH_ARTICLES, BATCH_SOURCE_BYTES } from './batchBuild.ts';
import { selectedArticles } from './selection.ts';
import { DamagedChunkError } from './zip/deflatedEntry.ts';

// What both threads of a bundle export need before they build: kept apart from the writer
// (bundleParts.ts) so that the second thread does not load what only the writer uses.

/** The selection's ids in import order, cut into batches: the same on every thread. */
export function selectedBatches(store: Store, filter: ArticleFilter): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  for (const page of selectedArticles(store, filter))
    for (const { id, sizeBytes } of page) {
      batch.push(id);
      bytes += sizeBytes;
      if (batch.length === BATCH_ARTICLES || bytes >= BATCH_SOURCE_BYTES) {
        batches.push(batch);
        batch = [];
        bytes = 0;
      }
    }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** A kept fragment found damaged, in words that say what to do; anything else as it is. */
export function damagedInWords(error: unknown): unknown {
  if (!(error instanceof DamagedChunkError)) return error;
  return new WinnowFailure(
    'internal',
    `${error.message}. Nothing was exported; "winnow bundle prepare --again" builds every kept share anew.`,
  );
}
