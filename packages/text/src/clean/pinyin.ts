import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';

/**
 * A broken simplified→traditional converter leaves the reading of ambiguous characters
 * in parentheses: 技術(shù) → 技術. The annotation is lowercase pinyin with at least one
 * tone mark, straight after a Han character, in ASCII or full-width parentheses — so
 * (IASP), (2024) and (以下简称东创会) never match.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE = `[a-zü${TONED}]*[${TONED}][a-zü${TONED}]*`;
const ANNOTATION = new RegExp(
  `(?<=[\\u4e00-\\u9fff])[(（](${SYLLABLE}(?: ${SYLLABLE})*)[)）]`,
  'g',
);

export function pinyinAnnotationEdits(raw: string): RuleEdit[] {
  return [...raw.matchAll(ANNOTATION)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    replacement: '',
    rule: RULE.repairPinyinAnnotation,
    reason: `"${match[0]}" is a pronunciation left by a broken script converter, not text.`,
    confidence: CONFIDENCE.repairPinyinAnnotation,
  }));
}

/** The text as a reader sees it without annotations, for rules that classify lines. */
export function withoutAnnotations(text: string): string {
  // An annotation opens with a parenthesis: most lines hold none, and are theirs already.
  if (!text.includes('(') && !text.includes('（')) return text;
  return text.replace(ANNOTATION, '');
}
