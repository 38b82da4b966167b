import { WinnowFailure } from '@winnow/contract';
import type { CleaningBlock, SpamPhrases, SpamSuggestions } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { DEFAULT_SPAM_PHRASES, recurringPhrases } from '@winnow/text';
import type { TargetScript } from '@winnow/text';
import { blocksOf, writeBlocks } from './cleaningBlocks.ts';

/**
 * How this corpus is cleaned, beyond the pipeline's rules: its spam phrases and whether
 * the script is converted. Both are kept in the corpus and used by every import (on the
 * worker threads too) and every re-clean.
 *
 * The spam list is the cleaner's default until an editor changes it; from then on it is
 * the editor's.
 */
const KEY = 'clean.spamPhrases';

export function spamPhrasesOf(store: Store): readonly string[] {
  const stored = store.meta.get(KEY);
  if (stored === null) return DEFAULT_SPAM_PHRASES;
  const parsed: unknown = JSON.parse(stored);
  return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
}

export function readSpamPhrases(store: Store): SpamPhrases {
  return { phrases: [...spamPhrasesOf(store)], isDefault: store.meta.get(KEY) === null };
}

/**
 * Replaces the list (trimmed, without repeats); null goes back to the default list. With
 * `seen` (the list the editor's dialog showed), a list another editor saved since is a
 * conflict: the whole list is written, so theirs would otherwise be dropped unseen.
 */
export function writeSpamPhrases(
  store: Store,
  phrases: readonly string[] | null,
  seen?: readonly string[],
): SpamPhrases {
  return store.transaction(() => {
    const now = readSpamPhrases(store).phrases;
    if (seen !== undefined && JSON.stringify(now) !== JSON.stringify(seen))
      throw new WinnowFailure(
        'conflict',
        `Not saved: the spam list changed since your dialog showed it (it has ${now.length} phrases now). Look at it again and add yours.`,
        { current: now },
      );
    return replaceSpamPhrases(store, phrases);
  });
}

function replaceSpamPhrases(store: Store, phrases: readonly string[] | null): SpamPhrases {
  if (phrases === null) {
    store.db.prepare('DELETE FROM corpus_meta WHERE key = ?').run(KEY);
    return readSpamPhrases(store);
  }
  const clean = [...new Set(phrases.map((p) => p.trim()).filter((p) => p !== ''))];
  const short = clean.find((p) => [...p].length < 2);
  if (short !== undefined)
    throw new WinnowFailure(
      'bad_request',
      `"${short}" is too short to be a spam phrase: a single character would remove real text.`,
    );
  store.meta.set(KEY, JSON.stringify(clean));
  return readSpamPhrases(store);
}

/**
 * Phrases that recur across the newest articles and read as pasted in (the text reads on
 * without them, wherever they land), not on the list yet. A suggestion: the editor adds
 * what is spam, and a re-clean removes it.
 */
export function suggestSpamPhrases(store: Store, sample: number): SpamSuggestions {
  const texts = store.db
    .prepare<[number], { raw: string }>(
      'SELECT winnow_raw(raw, raw_deflated) AS raw FROM article_text ORDER BY article_id DESC LIMIT ?',
    )
    .all(sample)
    .map((row) => row.raw);
  const found = recurringPhrases(texts, { known: spamPhrasesOf(store) });
  return {
    scanned: texts.length,
    phrases: found.map(({ phrase, articles, examples }) => ({ phrase, articles, examples })),
  };
}

const CONVERT_KEY = 'clean.convertTo';

/** Script conversion on import and re-clean: off unless an editor turned it on. */
export function conversionOf(store: Store): TargetScript | null {
  const stored = store.meta.get(CONVERT_KEY);
  return stored === 'Hans' || stored === 'Hant' ? stored : null;
}

export function writeConversion(store: Store, to: TargetScript | null): TargetScript | null {
  store.meta.set(CONVERT_KEY, to ?? 'off');
  return conversionOf(store);
}

// In a module of their own: an export thread reads them without loading the cleaner.
export { blocksOf, writeBlocks };

/** The blocks that apply to an article of this source: the corpus's and its source's. */
export function blocksFor(
  blocks: readonly Pick<CleaningBlock, 'text' | 'source'>[],
  sourceName: string | null,
): string[] {
  return blocks.filter((b) => b.source === null || b.source === sourceName).map((b) => b.text);
}

type SourcedBlock = { text: string; source: string | null };

/**
 * What the corpus decides about cleaning, for imports and re-cleans alike. Without a
 * source, blocks come with theirs (an import learns each file's source when it reads it:
 * blocksFor); with an article's source, only the blocks that apply to it.
 */
export function cleaningOptionsOf(store: Store): {
  spamPhrases: readonly string[];
  convertTo?: TargetScript;
  blocks?: SourcedBlock[];
};
export function cleaningOptionsOf(
  store: Store,
  sourceName: string | null,
): { spamPhrases: readonly string[]; convertTo?: TargetScript; blocks?: string[] };
export function cleaningOptionsOf(store: Store, sourceName?: string | null) {
  const convertTo = conversionOf(store);
  const blocks: SourcedBlock[] = blocksOf(store).map(({ text, source }) => ({ text, source }));
  const chosen = sourceName === undefined ? blocks : blocksFor(blocks, sourceName);
  return {
    spamPhrases: spamPhrasesOf(store),
    ...(convertTo ? { convertTo } : {}),
    ...(chosen.length > 0 ? { blocks: chosen } : {}),
  };
}
