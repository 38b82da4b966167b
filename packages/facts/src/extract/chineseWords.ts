import { countedZhAt } from '../lexicon/counted.ts';
import type { Counted } from '../lexicon/counted.ts';
import type { Qualifier } from '../types.ts';
import { words } from '../segment.ts';
import { parseChineseNumber } from '../numerals/chinese.ts';

/**
 * The words around a Chinese number (chineseNumbers.ts reads the number): qualifiers
 * before it, measure words, units and currencies after it, and where the noun phrase it
 * counts ends.
 */

/** Words before a number that qualify it, longest first. */
const BEFORE: [string, Qualifier][] = [
  ['不少于', 'at_least'],
  ['不低于', 'at_least'],
  ['不超过', 'at_most'],
  ['不高于', 'at_most'],
  ['不多于', 'at_most'],
  ['不大于', 'at_most'],
  ['超过', 'more_than'],
  ['超出', 'more_than'],
  ['多于', 'more_than'],
  ['高于', 'more_than'],
  ['大于', 'more_than'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['近乎', 'nearly'],
  ['大约为', 'approximately'],
  ['大约', 'approximately'],
  ['大概', 'approximately'],
  ['约为', 'approximately'],
  ['约有', 'approximately'],
  ['至少', 'at_least'],
  ['最少', 'at_least'],
  ['起码', 'at_least'],
  ['至多', 'at_most'],
  ['最多', 'at_most'],
  ['不足', 'at_most'],
  ['不到', 'at_most'],
  ['低于', 'at_most'],
  ['少于', 'at_most'],
  ['约', 'approximately'],
  ['近', 'nearly'],
  ['逾', 'more_than'],
  ['超', 'more_than'],
];

/** Measure words that only count: the noun after them is what is counted. */
export const CLASSIFIERS = [
  '个',
  '家',
  '项',
  '名',
  '位',
  '场',
  '届',
  '批',
  '条',
  '所',
  '座',
  '架',
  '台',
  '辆',
  '艘',
  '件',
  '种',
  '类',
  '份',
  '篇',
  '部',
  '本',
  '张',
  '只',
  '头',
  '处',
  '片',
  '块',
  '层',
  '户',
  '套',
  '颗',
  '枚',
  '支',
  '栋',
  '间',
  '大',
  '起',
  '例',
  '宗',
  '笔',
  '款',
  '轮',
  '期',
  '门',
  '株',
  '粒',
  '棵',
  '朵',
  '匹',
];
export const PEOPLE_CLASSIFIERS = new Set(['名', '位']);
export const TIME_UNITS = new Set(['年', '个月', '天', '周', '小时', '分钟']);
/** Measure words that are themselves the unit (人次, 吨, 周年), longest first. */
export const UNITS = [
  '平方公里',
  // 两省市, 成渝两地: the places counted are the measure word itself.
  '省市',
  '平方米',
  '立方米',
  '千瓦时',
  '万千瓦',
  '人次',
  '周年',
  '周岁',
  '毫升',
  '公分',
  '厘米',
  '毫米',
  '个月',
  '小时',
  '分钟',
  '公里',
  '千米',
  '公顷',
  '公斤',
  '千克',
  '千瓦',
  '兆瓦',
  '人',
  '吨',
  '年',
  '天',
  '岁',
  '亩',
  '米',
  '倍',
  '次',
  '斤',
  '度',
  '克',
  '升',
  '周',
  '章',
  '折',
  '地',
];
export const CURRENCIES: [string, string][] = [
  ['美元', 'USD'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
  ['日元', 'JPY'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['澳元', 'AUD'],
  ['卢布', 'RUB'],
  ['韩元', 'KRW'],
  ['人民币', 'CNY'],
  ['块钱', 'CNY'],
  ['元', 'CNY'],
];

/** Where a noun phrase after a measure word ends. */
const STOP_WORDS = [
  // Trailing qualifiers end the phrase and are read after it (40粒左右, 100人以上).
  '左右',
  '上下',
  '以上',
  '以下',
  '以内',
  '参会',
  '参加',
  '参与',
  '出席',
  '进行',
  '落地',
  '取得',
  '完成',
  '开展',
  '举办',
  '建立',
  '挂牌',
  '入选',
  '涉及',
  '确认',
  '提供',
  '覆盖',
  '分布',
  '遍布',
  '达到',
  '累计',
  '包括',
  '其中',
  '共同',
  '签署',
  '签订',
  '来华',
  '获得',
  '实现',
  '参展',
  '受益',
  '进入',
];
const STOP_CHARS = new Set([...'的了在和与及或等是将已为来到向对被把从跟于也都均并但而且由']);
export const PUNCTUATION = /[\s，。、；：！？,.;:!?…—\n）)】」』]/u;
export const CLAUSE_END = /[\n，。、；：！？,.;:!?…—）)】」』]/u;

export const startsWithAny = (text: string, at: number, words: readonly string[]) =>
  words.find((w) => text.startsWith(w, at)) ?? null;

type NounPhrase = { end: number; text: string; counted: Counted | null };

/**
 * The noun phrase after a measure word: up to punctuation or a verb or particle that ends
 * it; quotes and brackets inside are kept. Chinese noun phrases end in their head, so the
 * last counted noun in it is what is counted (共建国家青年科学家 counts 科学家).
 */
export function nounPhraseAfter(text: string, at: number, peopleOnly: boolean): NounPhrase {
  let i = at;
  let counted: Counted | null = null;
  let headEnd = at;
  let depth = 0;
  while (i < text.length && i - at < 24) {
    const ch = text[i]!;
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0) {
      if (PUNCTUATION.test(ch)) break;
      // (3个来月: 来 right after the measure word is part of the amount.)
      if ((STOP_CHARS.has(ch) && (i > at || ch !== '来')) || startsWithAny(text, i, STOP_WORDS))
        break;
      // 3万辆在2006年…: another number starts another phrase.
      if (/\d/u.test(ch)) break;
      // 7项获省级以上…: the verb 获 (won) ends the phrase, and its 以上 is the level's, not
      // the count's; 获奖 (8个获奖项目) is a noun's modifier.
      if (ch === '获' && text[i + 1] !== '奖') break;
      const found = countedZhAt(text, i);
      if (found && (!peopleOnly || found.kind === 'person') && found.kind !== 'time') {
        // A one-character noun (国, 人) counts only right after the measure word.
        if (found.form.length > 1 || i === at) {
          counted = found;
          headEnd = i + found.form.length;
        }
        i += found.form.length;
        continue;
      }
    }
    i++;
  }
  // The phrase ends with its head noun (3至5家企业落户 → 3至5家企业).
  const end = counted ? headEnd : i;
  return { end, text: text.slice(at, end), counted };
}

/** The counted noun before a number (产品182个, 企业均超2万家): the clause's last one. */
export function countedBefore(
  text: string,
  at: number,
  peopleOnly: boolean,
): { start: number; counted: Counted } | null {
  let start = at;
  // (从3万辆在2006年扩至12万辆: the noun is looked for after the last number, not across it.)
  while (
    start > 0 &&
    at - start < 24 &&
    !PUNCTUATION.test(text[start - 1]!) &&
    !/[\d零〇一二三四五六七八九十百千万亿两]/u.test(text[start - 1]!)
  )
    start--;
  let best: { start: number; counted: Counted } | null = null;
  for (let i = start; i < at; i++) {
    const found = countedZhAt(text, i);
    if (found && found.form.length > 1 && found.kind !== 'time') {
      if (peopleOnly && found.kind !== 'person') continue;
      best = { start: i, counted: found };
      i += found.form.length - 1;
    }
  }
  return best;
}

export function qualifierBefore(
  text: string,
  at: number,
): { qualifier: Qualifier; start: number } | null {
  // 上千元, 上万人: 上 before a bare 百/千/万/亿 means "upwards of".
  if (
    text[at - 1] === '上' &&
    /^[百千万亿][^百千万亿\d零〇一二三四五六七八九十两]/u.test(text.slice(at, at + 2))
  )
    return { qualifier: 'more_than', start: at - 1 };
  for (const [word, qualifier] of BEFORE) {
    if (at >= word.length && text.startsWith(word, at - word.length))
      return { qualifier, start: at - word.length };
  }
  // 大约还要花三个月: a hedging adverb qualifies the clause's figure across the verbs between
  // (no punctuation, no other number); the quote stays at the number.
  const hedge = HEDGE.exec(text.slice(Math.max(0, at - 8), at));
  if (hedge) return { qualifier: 'approximately', start: at };
  return null;
}

const HEDGE = /(?:大约|大概)[^\s，。、；：！？,.;:!?\d零〇一二三四五六七八九十两百千万亿]{1,6}$/u;

/**
 * The noun phrase a measure word counts, when no counted noun of the lexicon names it: its
 * modifiers, then its nouns, up to the first word after a noun that is none (a verb, a
 * particle, a locative), as the segmenter reads them: 4套住房加上装修 → 住房, 5名不明人士殴打
 * → 不明人士, 两架飞机上 → 飞机. Before the first noun any word of two characters or more
 * modifies it (当地法人, and 马里 which the dictionary files as a measure word); right after a
 * measure word a verb is a noun (两个提名); a one-character verb, a particle or an adverb
 * there (200名过着…, 两款刚刚上市的车型) leaves the measure word alone.
 */
export function nounsOpening(phrase: string): string {
  let nounEnd = 0;
  let firstEnd = 0;
  for (const w of words(phrase)) {
    if (/^[\s\u3000]+$/u.test(w.word)) break;
    // (x is also what the segmenter calls punctuation: 副教授( ends at the bracket.)
    if (w.tag === 'x' && !/^[\u4e00-\u9fffA-Za-z0-9]+$/u.test(w.word)) break;
    if (/^(?:n\w*|vn|an|j|eng|x|m|t)$/u.test(w.tag)) {
      nounEnd = w.end;
      continue;
    }
    if (nounEnd > 0 || w.word.length < 2 || /^(?:u\w*|p|c|r|y|e|o|f|w|d)$/u.test(w.tag)) break;
    firstEnd ||= w.end;
  }
  return phrase.slice(0, nounEnd || firstEnd);
}

const FRACTION = /^[分份]之([零〇一二三四五六七八九十两\d]+)/u;

/**
 * 三分之一, 十份之一 (an old spelling): a fraction after its denominator, as the percentage it
 * is; the denominator alone counts nothing ('none' where the fraction cannot be read).
 */
export function fractionAfter(
  text: string,
  end: number,
  denominator: number,
): { share: number; end: number } | 'none' | null {
  const fraction = FRACTION.exec(text.slice(end));
  if (!fraction) return null;
  const part = parseChineseNumber(fraction[1]!);
  if (part === null || denominator === 0) return 'none';
  return { share: Math.round((part / denominator) * 1e4) / 100, end: end + fraction[0].length };
}
