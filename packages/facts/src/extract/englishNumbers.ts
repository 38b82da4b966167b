import { countedEn } from '../lexicon/counted.ts';
import type { Counted } from '../lexicon/counted.ts';
import type { FoundFact, Qualifier } from '../types.ts';

/**
 * Quantities, money and percentages in English: "more than 80 countries", "over 10000 young
 * scientists", "16,000 people", "1.6 million", "$5 billion", "12 percent", "5 to 10 labs".
 */
export const ENGLISH_NUMBERS = 'en-numbers';

const QUALIFIERS: [string, Qualifier][] = [
  ['more than', 'more_than'],
  ['over', 'more_than'],
  ['above', 'more_than'],
  ['in excess of', 'more_than'],
  ['upwards of', 'more_than'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['about', 'approximately'],
  ['approximately', 'approximately'],
  ['around', 'approximately'],
  ['roughly', 'approximately'],
  ['some', 'approximately'],
  ['an estimated', 'approximately'],
  ['at least', 'at_least'],
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['at most', 'at_most'],
  ['up to', 'at_most'],
  ['no more than', 'at_most'],
  ['less than', 'at_most'],
  ['fewer than', 'at_most'],
  ['under', 'at_most'],
];
const QUALIFIER_SOURCE = QUALIFIERS.map(([w]) => w.replace(' ', '\\s+')).join('|');

const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
};
const CURRENCY_BEFORE: Record<string, string> = {
  us$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  usd: 'USD',
  eur: 'EUR',
  hk$: 'HKD',
};
const CURRENCY_AFTER: Record<string, string> = {
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  yen: 'JPY',
  rubles: 'RUB',
  roubles: 'RUB',
  won: 'KRW',
};

const NUMBER = new RegExp(
  String.raw`(?<![\w.$€£¥-])(?:(?<qual>${QUALIFIER_SOURCE})\s+)?` +
    String.raw`(?<cur>US\$|HK\$|\$|€|£|¥|RMB\s?|CNY\s?|USD\s?|EUR\s?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${Object.keys(WORD_NUMBERS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)` +
    String.raw`(?:\s*(?<range>-|–|to)\s*(?<top>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?` +
    String.raw`(?:\s+(?<mult>hundred|thousand|million|billion|trillion)|(?<short>bn|mn)\b)?` +
    String.raw`(?<pct>\s?%|\s+per\s?cent\b|\s+percentage\s+points?\b)?`,
  'giu',
);

/** The ones of "twenty-one": one to nine. */
const UNITS_ONES: Record<string, number> = {
  one: 1,
  ...Object.fromEntries(Object.entries(WORD_NUMBERS).filter(([, n]) => n < 10)),
};

function wordValue(text: string): number | null {
  const [tens, ones] = text.toLowerCase().split('-');
  const base = WORD_NUMBERS[tens!];
  if (base === undefined) return null;
  return ones ? base + (UNITS_ONES[ones] ?? 0) : base;
}

/** Words that end an English noun phrase after a number. */
const BOUNDARY = new Set([
  'in',
  'of',
  'from',
  'with',
  'to',
  'for',
  'that',
  'which',
  'who',
  'have',
  'has',
  'had',
  'are',
  'is',
  'were',
  'was',
  'will',
  'would',
  'as',
  'at',
  'on',
  'by',
  'since',
  'including',
  'such',
  'across',
  'into',
  'under',
  'over',
  'per',
  'each',
  'last',
  'this',
  'every',
  'been',
  'be',
  'than',
  'could',
  'can',
  'may',
  'should',
  'did',
  'do',
  'does',
  'or',
  'but',
]);

/** engineers, cases — not overseas, status, analysis. */
const PLURAL = /(?:[^aeious]s|[^s]es)$/;

type Phrase = { end: number; words: string; counted: Counted | null };

/** The noun phrase after a number; its last counted noun is what is counted. */
function nounPhraseAfter(text: string, at: number): Phrase {
  const word = /\s*(?:"[^"\n]{1,40}"|“[^”\n]{1,40}”|[A-Za-z][A-Za-z'-]*)/y;
  let i = at;
  let end = at;
  let counted: Counted | null = null;
  const words: string[] = [];
  let head = 0;
  let plural = false;
  for (let n = 0; n < 8; n++) {
    word.lastIndex = i;
    const match = word.exec(text);
    if (!match) break;
    const token = match[0].trim();
    const lower = token.toLowerCase();
    if (BOUNDARY.has(lower)) break;
    if (lower === 'and') {
      // "science and education centres" continues; "80 countries and regions" ends.
      if (counted || plural || words.length >= 3) break;
      i = word.lastIndex;
      continue;
    }
    i = word.lastIndex;
    if (/^["“]/.test(token)) continue; // a quoted name inside the phrase
    words.push(lower);
    const two = words.length > 1 ? countedEn(`${words[words.length - 2]} ${lower}`) : null;
    const one = countedEn(lower);
    if (two ?? one) {
      counted = two ?? one;
      end = i;
      head = words.length;
    } else if (!counted && (words.length === 1 || PLURAL.test(lower))) {
      // An unknown noun: up to its first plural ("1,200 engineers"), else the first word.
      end = i;
      head = words.length;
      plural = PLURAL.test(lower);
    }
    if (counted && one === null && two === null) break;
    if (!counted && words.length >= 6) break;
  }
  return { end, words: words.slice(0, head).join(' '), counted };
}

export function findEnglishNumbers(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const fact = interpret(text, match);
    if (fact) facts.push(fact);
  }
  return facts;
}

function interpret(text: string, match: RegExpExecArray): FoundFact | null {
  const g = match.groups!;
  const numText = g['num']!;
  const isWord = /^[a-z]/i.test(numText);
  let value = isWord ? wordValue(numText) : Number(numText.replace(/,/g, ''));
  if (value === null || !Number.isFinite(value)) return null;
  const qualifierWord = g['qual']?.toLowerCase().replace(/\s+/g, ' ');
  const qualifier: Qualifier = QUALIFIERS.find(([w]) => w === qualifierWord)?.[1] ?? 'exact';
  const multiplier = MULTIPLIERS[(g['mult'] ?? g['short'] ?? '').toLowerCase()];
  if (multiplier) value = Number((value * multiplier).toPrecision(15));
  let valueMax: number | null = null;
  if (g['top']) {
    valueMax = Number(g['top'].replace(/,/g, ''));
    if (multiplier) valueMax = Number((valueMax * multiplier).toPrecision(15));
    if (valueMax <= value) valueMax = null;
  }
  const start = match.index;
  let end = start + match[0].length;
  const base = {
    start,
    end,
    value,
    valueMax,
    subject: null,
    qualifier,
    role: null,
    extractor: ENGLISH_NUMBERS,
  };
  if (g['pct']) {
    const points = /point/i.test(g['pct']);
    return {
      ...base,
      kind: 'percentage',
      unit: points ? 'percentage point' : '%',
      confidence: 0.9,
    };
  }
  const before = g['cur'] ? CURRENCY_BEFORE[g['cur'].trim().toLowerCase()] : undefined;
  const afterWord = /^\s+([A-Za-z]+)/.exec(text.slice(end));
  const after = afterWord ? CURRENCY_AFTER[afterWord[1]!.toLowerCase()] : undefined;
  if (before ?? after) {
    if (!before && afterWord) end += afterWord[0].length;
    return { ...base, end, kind: 'money', unit: (before ?? after)!, confidence: 0.9 };
  }
  // Years, times and ordinals belong elsewhere (or nowhere): 2023, 10:30, 3rd, 5G.
  if (!isWord && !multiplier && /^(?:1[89]|20)\d\d$/.test(numText) && !g['qual']) return null;
  if (/^(?:st|nd|rd|th|:|[A-Za-z])/i.test(text.slice(end))) return null;
  const phrase = nounPhraseAfter(text, end);
  if (!phrase.counted && phrase.words === '') return null;
  if (isWord && !phrase.counted) return null; // "ten thousand reasons" — too loose
  return {
    ...base,
    end: phrase.end,
    kind: phrase.counted?.kind === 'agreement' ? 'agreement' : 'quantity',
    unit: phrase.counted?.form ?? phrase.words.split(' ').pop() ?? null,
    subject: phrase.counted?.key ?? null,
    confidence: phrase.counted ? 0.85 : 0.6,
  };
}
