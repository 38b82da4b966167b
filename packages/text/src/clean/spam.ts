import type { CleaningEdit } from './edits.ts';

/**
 * Phrases that SEO link farms paste into sentences and titles. Only unambiguous phrases
 * are on the default list: a bare 包养 is real content in an article about adopting
 * animals, so it is not. Editors extend the list; longer phrases are tried first so a
 * variant is removed whole.
 */
export const DEFAULT_SPAM_PHRASES: readonly string[] = [
  '查甜心寶貝包養網',
  '甜心寶貝包養網',
  '甜心宝贝包养网',
  '包养网排名',
  '包養網排名',
  '甜心包养网',
  '甜心包养',
  '包养网',
  '包養網',
];

export function spamPhraseEdits(
  raw: string,
  phrases: readonly string[] = DEFAULT_SPAM_PHRASES,
): CleaningEdit[] {
  const edits: CleaningEdit[] = [];
  const ordered = [...phrases].sort((a, b) => b.length - a.length);
  const taken: Array<[number, number]> = [];
  for (const phrase of ordered) {
    for (let at = raw.indexOf(phrase); at >= 0; at = raw.indexOf(phrase, at + phrase.length)) {
      const end = at + phrase.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      edits.push({
        start: at,
        end,
        replacement: '',
        rule: 'spam.injected-phrase',
        reason: `"${phrase}" is a link-farm phrase pasted into the text; it is not part of the article.`,
        confidence: 0.95,
      });
    }
  }
  return edits;
}
