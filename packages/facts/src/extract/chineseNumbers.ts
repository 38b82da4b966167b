import { countedZhAt } from '../lexicon/counted.ts';
import { isCasualty, isFigureLabel, isSession, setPhrases, vagueAmount } from './notFigures.ts';
import type { Spans } from './notFigures.ts';
import type { Counted } from '../lexicon/counted.ts';
import { parseChineseNumber } from '../numerals/chinese.ts';
import type { FoundFact, Qualifier } from '../types.ts';
import {
  CLASSIFIERS,
  PEOPLE_CLASSIFIERS,
  TIME_UNITS,
  UNITS,
  CURRENCIES,
  PUNCTUATION,
  CLAUSE_END,
  startsWithAny,
  nounPhraseAfter,
  countedBefore,
  qualifierBefore,
  nounsOpening,
  fractionAfter,
} from './chineseWords.ts';
import { AMOUNT_NOUNS, countedLaterInClause, headNamesCounted } from './measureWords.ts';

/**
 * Quantities, money, percentages and counted agreements in Chinese text: 80多个共建国家,
 * 逾万名青年科学家, 1.6万人次, 超过6000亿元, 百分之八, 3至5家. Reads the simplified view; the
 * caller takes quotes from the real text.
 */
export const CHINESE_NUMBERS = 'zh-numbers';

const NUMERAL = '零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟廿卅';
const RUN = new RegExp(`(?:\\d[\\d,.]*|[${NUMERAL}])+`, 'gu');

const PURE_CHINESE = new RegExp(`^[${NUMERAL}]+$`, 'u');

const PHASE_AFTER = /^(?:工程|项目|建设|扩建|改造|规划)/u;

/** 逾万, 上万, 近亿: a bare 万 or 亿 after a qualifier is one of it. */
function readValue(run: string, qualified: boolean): number | null {
  if (qualified && (run === '万' || run === '亿' || run === '千' || run === '百'))
    return parseChineseNumber(`一${run}`);
  return parseChineseNumber(run);
}

type Reading = { value: number; start: number; end: number; valueMax?: number };

/**
 * Two neighbouring digits inside a larger number are a rough range: 十三四 (13–14), 三四十
 * (30–40), 四五千 (4,000–5,000), 二十七八. The digits either side share the number's other parts.
 */
const JUXTAPOSED =
  /^([零〇一二三四五六七八九十百千两]*十)?([一二三四五六七八九])([一二三四五六七八九])([十百千万亿]*)$/u;

function juxtaposed(run: string): { value: number; valueMax: number } | null {
  const m = JUXTAPOSED.exec(run);
  if (!m || (!m[1] && !m[4])) return null;
  const [, head = '', low, high, scale = ''] = m;
  const value = parseChineseNumber(head + low + scale);
  const valueMax = parseChineseNumber(head + high + scale);
  if (value === null || valueMax === null || valueMax <= value) return null;
  if (parseChineseNumber(high!)! !== parseChineseNumber(low!)! + 1) return null;
  return { value, valueMax };
}

/** A number run, trimmed of trailing separators and of what cannot be read. */
function readRun(text: string, match: RegExpExecArray): Reading | null {
  let run = match[0].replace(/[,.]+$/u, '');
  const start = match.index;
  // 800万千瓦, 5万千米, 3百米: a 千 or 百 that opens a unit (千瓦, 千米, 千克, 百米) is no digit.
  // (两千米 is 2,000 metres: only after a digit or a scale, 5千米, 800万千瓦.)
  if (/[\d万亿][千百]$/u.test(run) && /^[瓦米克]/u.test(text[start + run.length] ?? ''))
    run = run.slice(0, -1);
  // 2005十大: Arabic digits of ten or more take no Chinese 十, 百 or 千 after them (5百 may be
  // written; 2005十 is a year and the start of 十大).
  const glued = /^(\d[\d,.]*)[十百千]/u.exec(run);
  if (glued && Number(glued[1]!.replace(/,/gu, '')) >= 10) run = glued[1]!;
  const rough = juxtaposed(run);
  if (rough) return { ...rough, start, end: start + run.length };
  // 一七 in 一七二零 is a digit string; but in prose a run of Chinese digits with no unit
  // (一一, 三五) is a figure of speech, not a number.
  while (run.length > 0) {
    const qualified = qualifierBefore(text, start) !== null;
    const value = readValue(run, qualified);
    if (value !== null) return { value, start, end: start + run.length };
    run = run.slice(0, -1);
  }
  return null;
}

export function findChineseNumbers(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  const idioms = setPhrases(text);
  RUN.lastIndex = 0;
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    const reading = readRun(text, match);
    if (!reading) continue;
    const fact = interpret(text, reading, idioms);
    if (fact) {
      facts.push(fact);
      RUN.lastIndex = Math.max(RUN.lastIndex, fact.end);
    }
  }
  return facts;
}

function interpret(text: string, reading: Reading, idioms: Spans): FoundFact | null {
  const { start, end } = reading;
  let { value } = reading;
  const run = text.slice(start, end);
  if (idioms.inside(start, end) || isSession(text, end)) return null;
  if (text[start - 1] === '届' && text[end] === '次') return null;
  // 零部件, 零售, 零星: 零 alone before a word is no number (零下 is a sign, not a value).
  if (/^[零〇]$/u.test(run)) return null;
  const pure = PURE_CHINESE.test(run);
  const before = text[start - 1] ?? '';
  // Ordinals (第三届), weekdays (星期一), and digits glued to Latin letters (G20, 5G).
  if (before === '第' || before === '周' || text.slice(start - 2, start) === '星期') return null;
  if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(text[end] ?? '')) return null;
  // 15:00 is a time; a count after a label's colon (病例：222例) is not.
  if (text[end] === ':' || (before === ':' && /\d/u.test(text[start - 2] ?? ''))) return null;
  // A lone 一 is an article or part of a word (一批, 一带一路), never a figure.
  // (一人死亡, 一名工人受伤: a casualty count is a count.)
  if (
    pure &&
    value === 1 &&
    !/[万亿千百]/u.test(run) &&
    !/^(?:元|块钱)/u.test(text.slice(end)) &&
    !isCasualty(text, end)
  )
    return null;

  if (vagueAmount(text, start, run)) return null;
  // 5\n\n00万元: a run of digits opening with a zero (not 0.5) is the tail of a number cut
  // in two, not a number.
  if (/^0\d/u.test(run) && !text.startsWith('年', end)) return null;
  // 如图41所示, 表3: a figure's or a table's number labels it.
  if (/^\d+$/u.test(run) && isFigureLabel(text, start)) return null;

  const qualifierAt = qualifierBefore(text, start);
  // 千年古树, 百年老店, 百款新车: a lone 百, 千 or 万 is a manner of speaking, not a count
  // (上千元 and 逾万名, with a qualifier, are counts).
  if (!qualifierAt && /^[百千万]$/u.test(run)) return null;
  let qualifier: Qualifier = qualifierAt?.qualifier ?? 'exact';
  let valueMax: number | null = reading.valueMax ?? null;
  if (valueMax !== null) qualifier = qualifierAt ? qualifier : 'approximately';
  // 一两年, 三四个: two neighbouring digits say "one or two"; other digit strings in
  // prose shorter than a year (三五成群) are not figures.
  if (pure && !/[十百千万亿廿卅]/u.test(run) && run.length > 1 && run.length < 4) {
    const pair = run.length === 2 ? [...run].map((ch) => parseChineseNumber(ch)) : [];
    const [low, high] = pair;
    if (low === undefined || high === undefined || low === null || high !== (low ?? 0) + 1)
      return null;
    value = low;
    valueMax = high;
    qualifier = 'approximately';
  }
  let quoteStart = qualifierAt?.start ?? start;

  // 百分之八, 百分之三点五
  if (text.slice(start - 3, start) === '百分之') {
    return percentage(start - 3, end, value, qualifier, '%');
  }
  const fraction = fractionAfter(text, end, value);
  if (fraction === 'none') return null;
  if (fraction) return percentage(quoteStart, fraction.end, fraction.share, qualifier, '%');
  let i = end;
  // 近两年, 近30天: 近 before a span of time means "the recent", not "nearly".
  if (qualifierAt && text[qualifierAt.start] === '近' && qualifierAt.start === start - 1) {
    if (/^(?:多|余)?(?:年|个月|天|日|周|小时)/u.test(text.slice(end))) qualifier = 'exact';
  }
  // 80多, 300余, 十几 → more than
  if (text[i] === '多' || text[i] === '余' || text[i] === '几') {
    qualifier = 'more_than';
    i++;
  }
  // 3万多 → the 万 after 多: 三百多万
  const scale = /^[万亿]/u.exec(text.slice(i));
  if (scale && !/[万亿]$/u.test(run)) {
    value = value * (scale[0] === '万' ? 1e4 : 1e8);
    i++;
  }
  // 3至5家: a range
  const range = /^(?:至|到|~|～|-|－|—)((?:\d[\d,.]*|[零〇一二三四五六七八九十百千万亿两])+)/u.exec(
    text.slice(i),
  );
  if (range && !/^[年月日号]/u.test(text.slice(i))) {
    const top = parseChineseNumber(range[1]!);
    const after = text[i + range[0].length] ?? '';
    // 2019年至2021年 is two dates, but 三到四年 is a span of years.
    const dateAfter = /[月日号:]/u.test(after) || (after === '年' && (top ?? 0) >= 1000);
    if (top !== null && top > value && !dateAfter) {
      valueMax = top;
      i += range[0].length;
      // 15-18万元, 100亿～120亿: a scale written once, after the top, belongs to both ends.
      const scale = /[万亿]$/u.exec(range[1]!);
      const factor = scale?.[0] === '万' ? 1e4 : 1e8;
      if (scale && !/[万亿]/u.test(run) && value * factor <= top) value *= factor;
    }
  }
  const rest = text.slice(i);
  const percent = /^\s?[%％]多?/u.exec(rest);
  if (percent) {
    // 14％多: more than 14 percent.
    if (percent[0].endsWith('多')) qualifier = 'more_than';
    return percentage(quoteStart, i + percent[0].length, value, qualifier, '%', valueMax);
  }
  if (rest.startsWith('个百分点'))
    return percentage(quoteStart, i + 4, value, qualifier, 'percentage point', valueMax);
  // Dates belong to the date reader: 2023年, 10月, 30日, 5号.
  if (/^[月日号]/u.test(rest)) return null;
  if (rest.startsWith('年') && (/^\d{4}$/u.test(run) || /^[零〇一二三四五六七八九]{4}$/u.test(run)))
    return null;
  if (rest.startsWith('年代') || rest.startsWith('年级')) return null;
  if (rest.startsWith('年') && /^0\d$/u.test(run)) return null; // 04年: a year

  const currency = CURRENCIES.find(([word]) => rest.startsWith(word));
  if (currency) {
    const [word, code] = currency;
    return {
      kind: 'money',
      start: quoteStart,
      end: i + word.length,
      value,
      valueMax,
      unit: code,
      subject: null,
      qualifier,
      role: null,
      confidence: 0.9,
      extractor: CHINESE_NUMBERS,
    };
  }
  // 3200多户 without a noun after reads the noun before; so does 产品182个.
  let j = i;
  if (rest[0] === '多' || rest[0] === '余') j++; // 1万多个
  // 8个多月, 两个多小时: 多 sits inside the measure word.
  const inner = /^个多(?=月|小时)/u.test(text.slice(j)) ? 1 : 0;
  if (inner) qualifier = 'more_than';
  const unitWord = inner ? (text[j + 2] === '月' ? '个月' : '小时') : startsWithAny(text, j, UNITS);
  const classifier = unitWord ? null : startsWithAny(text, j, CLASSIFIERS);
  if (!unitWord && !classifier)
    return impliedMoney(text, quoteStart, i, value, valueMax, qualifier);
  const measureEnd = j + inner + (unitWord ?? classifier)!.length;
  // 十分 (very), 一些, 三五成群: a pure Chinese number needs a measure word and sense.
  if (pure && classifier === '大' && !countedZhAt(text, measureEnd)) return null;
  // 二期工程, 项目三期: a project's phase is its ordinal, not a count of issues (连续三期).
  if (
    classifier === '期' &&
    (PHASE_AFTER.test(text.slice(measureEnd)) ||
      /(?:项目|工程)$/u.test(text.slice(Math.max(0, start - 2), start)))
  )
    return null;

  let counted: Counted | null = null;
  let unit = unitWord ?? classifier!;
  let end2 = measureEnd;
  let confidence = 0.85;
  if (unitWord) {
    // 1.6万人次, 十周年, 7.5万吨: the measure word is itself what is counted.
    counted = countedZhAt(text, j);
  } else {
    const peopleOnly = PEOPLE_CLASSIFIERS.has(classifier!);
    const phrase = nounPhraseAfter(text, measureEnd, peopleOnly);
    // 四处筹借 (everywhere): the adverb, unless a noun it counts follows (四处遗址).
    if (pure && run === '四' && classifier === '处' && !phrase.counted) return null;
    if (phrase.counted) {
      counted = phrase.counted;
      unit = phrase.text;
      end2 = phrase.end;
    } else if (PUNCTUATION.test(text[measureEnd] ?? '\n')) {
      const noun = countedBefore(text, qualifierAt?.start ?? start, peopleOnly);
      if (noun) {
        counted = noun.counted;
        unit = noun.counted.form;
        quoteStart = noun.start;
      } else confidence = 0.6;
    } else {
      const head = nounsOpening(phrase.text);
      counted = headNamesCounted(text, measureEnd, head)
        ? null
        : countedLaterInClause(text, phrase.end, peopleOnly, classifier!);
      // 30万辆规模, 10万吨水平: a noun of the amount itself leaves the measure word its unit.
      unit = counted?.form ?? (head && !AMOUNT_NOUNS.has(head) ? head : unit);
      end2 = measureEnd + head.length;
      confidence = counted ? 0.75 : 0.6;
    }
  }
  // 4年多: more than four years.
  if (unitWord && TIME_UNITS.has(unitWord) && text[end2] === '多' && qualifier === 'exact') {
    qualifier = 'more_than';
    end2++;
  }
  // 3年半, 两个半小时 is a half more; 8个多月 keeps its 多.
  if (unitWord && TIME_UNITS.has(unitWord) && text[end2] === '半') {
    value += 0.5;
    end2++;
  }
  // Trailing qualifiers: 100人以上, 50家左右, 48小时内 (within: at most).
  const after = text.slice(end2);
  if (
    unitWord &&
    TIME_UNITS.has(unitWord) &&
    after.startsWith('内') &&
    !/^内[容部地外]/u.test(after)
  ) {
    qualifier = 'at_most';
    end2 += 1;
  }
  if (after.startsWith('以上')) {
    qualifier = 'at_least';
    end2 += 2;
  } else if (after.startsWith('以下') || after.startsWith('以内')) {
    qualifier = 'at_most';
    end2 += 2;
  } else if (after.startsWith('左右') || after.startsWith('上下')) {
    qualifier = 'approximately';
    end2 += 2;
  }
  return {
    kind: counted?.kind === 'agreement' ? 'agreement' : 'quantity',
    start: quoteStart,
    end: end2,
    value,
    valueMax,
    unit,
    subject: counted?.key ?? null,
    qualifier,
    role: null,
    confidence,
    extractor: CHINESE_NUMBERS,
  };
}

function percentage(
  start: number,
  end: number,
  value: number,
  qualifier: Qualifier,
  unit: string,
  valueMax: number | null = null,
): FoundFact {
  return {
    kind: 'percentage',
    start,
    end,
    value,
    valueMax,
    unit,
    subject: null,
    qualifier,
    role: null,
    confidence: 0.9,
    extractor: CHINESE_NUMBERS,
  };
}

/** Words of spending and earning: a large amount near them with no unit is money. */
const MONEY_CONTEXT = /(?:投资|投入|资金|收入|回报|营收|利润|成本|耗资|花费|融资|预算|补贴|拨款)/u;

/**
 * 投资是在100亿～120亿, 投入100万: an amount in 万 or 亿 with no unit, in a clause about
 * spending or earning, is money in yuan (the annotation guidelines' reading).
 */
function impliedMoney(
  text: string,
  start: number,
  end: number,
  value: number,
  valueMax: number | null,
  qualifier: Qualifier,
): FoundFact | null {
  if (!/[万亿]$/u.test(text.slice(start, end))) return null;
  let clause = start;
  // (投入 100万: a space inside the clause does not end it.)
  while (clause > 0 && start - clause < 16 && !CLAUSE_END.test(text[clause - 1]!)) clause--;
  if (!MONEY_CONTEXT.test(text.slice(clause, start))) return null;
  if (
    /^[\u4e00-\u9fff]/u.test(text.slice(end)) &&
    !/^(?:或者更多|以上|左右)/u.test(text.slice(end))
  )
    return null;
  let stop = end;
  if (text.startsWith('或者更多', end)) {
    qualifier = 'at_least';
    stop += 4;
  }
  return {
    kind: 'money',
    start,
    end: stop,
    value,
    valueMax,
    unit: 'CNY',
    subject: null,
    qualifier,
    role: null,
    confidence: 0.6,
    extractor: CHINESE_NUMBERS,
  };
}
