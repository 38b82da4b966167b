import { WinnowFailure } from '@winnow/contract';
import type { SpamPhrases } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { DEFAULT_SPAM_PHRASES } from '@winnow/text';

/**
 * The corpus's own list of injected spam phrases. Until an editor changes it, the
 * cleaner's default list applies; once changed, the list is the editor's, kept in the
 * corpus, used by every import and re-clean from then on.
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

/** Replaces the list (trimmed, without repeats); null goes back to the default list. */
export function writeSpamPhrases(store: Store, phrases: readonly string[] | null): SpamPhrases {
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
