import type { CleaningBlock } from '@winnow/contract';
import type { Store } from '@winnow/store';

/**
 * The blocks of text editors asked to be removed, as the corpus keeps them. Apart from
 * cleaningOptions.ts, which loads the cleaner (@winnow/text): a bundle export reads these
 * on a thread that should not carry the cleaner's code and tables.
 */
const BLOCKS_KEY = 'clean.blocks';

/** Blocks editors asked to be removed wherever they appear, oldest first. */
export function blocksOf(store: Store): CleaningBlock[] {
  const stored = store.meta.get(BLOCKS_KEY);
  if (stored === null) return [];
  const parsed: unknown = JSON.parse(stored);
  return Array.isArray(parsed) ? (parsed as CleaningBlock[]) : [];
}

export function writeBlocks(store: Store, blocks: readonly CleaningBlock[]): void {
  store.meta.set(BLOCKS_KEY, JSON.stringify(blocks));
}
