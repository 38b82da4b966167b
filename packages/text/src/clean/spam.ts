import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';

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
): RuleEdit[] {
  const edits: RuleEdit[] = [];
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
        rule: RULE.spamInjectedPhrase,
        reason: `"${phrase}" is a link-farm phrase pasted into the text; it is not part of the article.`,
        confidence: CONFIDENCE.spamInjectedPhrase,
      });
    }
  }
  return [...edits, ...echoEdits(raw, taken)];
}

/**
 * The bare word a link farm's phrase is built on (包养 of 包养网). On its own it can be real
 * content — an article about adopting animals — so it is only taken where the same page
 * already carries the farm's full phrase: there, a bare 包養 dropped into "相聚包養美丽重庆"
 * is the same injection, cut short.
 */
const ECHOES = ['包养', '包養'];

function echoEdits(raw: string, taken: Array<[number, number]>): RuleEdit[] {
  if (taken.length === 0) return [];
  const edits: RuleEdit[] = [];
  for (const word of ECHOES) {
    for (let at = raw.indexOf(word); at >= 0; at = raw.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      edits.push({
        start: at,
        end,
        replacement: '',
        rule: RULE.spamInjectedPhrase,
        reason: `"${word}" is the link farm's word again: this page already carries its full phrase, and here it interrupts a sentence.`,
        confidence: 0.85,
      });
    }
  }
  return edits;
}
