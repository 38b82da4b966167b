import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';

/**
 * Machine translation doubles the article before a quoted name: the "the Belt and Road".
 * Dropping the inner article is a safe repair; other translation oddities are only
 * flagged, never rewritten.
 */
const DOUBLED = /\b(the|a|an)\s+(["“])(the|a|an)\s+/gi;

export function doubledArticleEdits(raw: string): RuleEdit[] {
  const edits: RuleEdit[] = [];
  // No quote mark, no doubled article: most texts are passed over without the pattern.
  if (!raw.includes('"') && !raw.includes('“')) return edits;
  for (const match of raw.matchAll(DOUBLED)) {
    const [whole, outer, quote, inner] = match;
    if (!outer || !quote || !inner || outer.toLowerCase() !== inner.toLowerCase()) continue;
    const innerStart = match.index + whole.length - inner.length - 1;
    edits.push({
      start: innerStart,
      end: match.index + whole.length,
      replacement: '',
      rule: RULE.repairDoubledArticle,
      reason: `"${outer} ${quote}${inner}" repeats the article; machine translation doubled it.`,
      confidence: CONFIDENCE.repairDoubledArticle,
    });
  }
  return edits;
}
