import { countedZhAt } from '../lexicon/counted.ts';
import type { Counted } from '../lexicon/counted.ts';
import { words } from '../segment.ts';
import { PUNCTUATION } from './chineseWords.ts';

/**
 * Which noun a measure word counts when the noun phrase right after it names none of the
 * lexicon's: the nouns opening the phrase, or a counted noun further on in the clause that
 * the measure word can count.
 */

/** Nouns that name an amount, not a thing counted: the measure word before them is the unit. */
export const AMOUNT_NOUNS = new Set([
  '规模',
  '水平',
  '总量',
  '总数',
  '产能',
  '容量',
  '幅度',
  '程度',
]);

/** Word classes of a noun that names a thing (not a verb or adjective used as one). */
const NAMING_NOUN = /^(?:n|nr|ns|nt|nz|nl|ng|j|eng)$/u;

/**
 * Whether the nouns opening the phrase at `at` (nounsOpening's `head`) are themselves what is
 * counted: they end in a naming noun and no 的 follows to make them a modifier. Then a
 * counted noun further on in the clause belongs to another part of the sentence (每10个农民
 * 就可以组成一个小组来接受我们企业的培训 counts 农民, not 企业).
 */
export function headNamesCounted(text: string, at: number, head: string): boolean {
  if (head === '' || text[at + head.length] === '的') return false;
  const last = words(head).at(-1);
  return last !== undefined && NAMING_NOUN.test(last.tag);
}

/**
 * The first fitting counted noun in the rest of the clause, when the phrase had none. Not
 * past another figure: 10台机组的日发电量达4038万千瓦时 counts 机组, and 千瓦 is the
 * next figure's.
 */
export function countedLaterInClause(
  text: string,
  at: number,
  peopleOnly: boolean,
  classifier: string,
): Counted | null {
  for (let i = at; i < text.length && i - at < 30; i++) {
    if (PUNCTUATION.test(text[i]!) || /\d/u.test(text[i]!)) return null;
    const found = countedZhAt(text, i);
    if (
      found &&
      found.form.length > 1 &&
      (!peopleOnly || found.kind === 'person') &&
      (found.kind !== 'agreement' || AGREEMENT_CLASSIFIERS.has(classifier))
    )
      return found;
  }
  return null;
}

/**
 * The measure words that count agreements (两项协议, 一份备忘录, 三个文件); 30万辆规模的…投资
 * 协议书 counts vehicles, whatever document the clause goes on to name.
 */
const AGREEMENT_CLASSIFIERS = new Set([...'项份个部批件条则宗']);
