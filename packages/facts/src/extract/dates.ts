import { parseChineseNumber } from '../numerals/chinese.ts';
import { words } from '../segment.ts';
import { plainFact } from '../types.ts';
import type { FoundFact } from '../types.ts';

/**
 * Dates as ISO strings: 2023年10月30日 → 2023-10-30, 2021年11月 → 2021-11, 2023年 → 2023.
 * What the text leaves out comes from the article: a bare 7日 takes the month last named
 * in the text (or the publication month), 今年7月 and "last year" the publication year.
 */
export const DATES = 'dates';

type Day = { year: number; month: number; day: number };

export function parsePublished(publishedAt: string | null | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad = (n: number) => String(n).padStart(2, '0');
function iso(year: number, month?: number | null, day?: number | null): string {
  if (!month) return String(year);
  if (!day) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
const valid = (month: number, day?: number | null) =>
  month >= 1 && month <= 12 && (day === undefined || day === null || (day >= 1 && day <= 31));

function addDays(base: Day, days: number): Day {
  const date = new Date(Date.UTC(base.year, base.month - 1, base.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const ZH_DIGITS = '零〇一二三四五六七八九十';
const ZH_NUM = `(?:\\d{1,4}|[${ZH_DIGITS}]{1,4})`;

/** 二〇二三 → 2023 (digit by digit); 十一 → 11. */
function zhNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseNumber(text);
}

const ZH_DATE = new RegExp(
  // The lookahead lets the engine skip every position that cannot start a date.
  `(?=今年|去年|明年|前年|上年|本年|[\\d零〇一二三四五六七八九十])(?<rel>今年|去年|明年|前年|上年|本年)?(?:(?<year>\\d{4}|[零〇一二三四五六七八九]{4})年)?` +
    `(?:(?<month>${ZH_NUM})月)?` +
    `(?:(?<day>${ZH_NUM})[日号])?`,
  'gu',
);

function isWordAt(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 3);
  return words(text.slice(from, end + 3)).some(
    (w) => from + w.start === start || from + w.end === end,
  );
}

const ZH_RELATIVE_DAYS: Record<string, number> = {
  今天: 0,
  今日: 0,
  昨天: -1,
  昨日: -1,
  前天: -2,
  明天: 1,
  明日: 1,
  后天: 2,
};

function chineseDates(text: string, published: Day | null): FoundFact[] {
  const facts: FoundFact[] = [];
  let context: { year: number; month: number } | null = published
    ? { year: published.year, month: published.month }
    : null;
  // matchAll steps over empty matches by whole code points (exec with lastIndex++ would
  // stall inside a surrogate pair).
  // The year the text last named in full: 同年 ("that same year") refers to it.
  let named: number | null = null;
  // The year of each month and day the text named in full: a story gives its day in full
  // once (2020年11月18日上午) and again without the year further on (11月18日中午).
  const namedDays = new Map<string, number>();
  for (const m of text.matchAll(ZH_DATE)) {
    if (m[0] === '') continue;
    const g = m.groups!;
    const before = text[m.index - 1] ?? '';
    if (before === '第' || /\d/.test(before)) continue;
    let year = g['year'] ? zhNumber(g['year']) : null;
    const month = g['month'] ? zhNumber(g['month']) : null;
    const day = g['day'] ? zhNumber(g['day']) : null;
    if (year !== null && g['year']) {
      named = year;
      if (month !== null && day !== null) namedDays.set(`${month}-${day}`, year);
    }
    if (!g['year'] && !g['rel'] && isSpan(text, m.index, m.index + m[0].length, g)) continue;
    if (year === null && named !== null && text.slice(m.index - 2, m.index) === '同年')
      year = named;
    // 五号文件, 3号线: a number before 号 in a name is no day.
    if (g['day'] && !g['month'] && NOT_A_DAY.test(text.slice(m.index + m[0].length))) continue;
    if (g['rel']) {
      if (!published) {
        // 今年 with no publication date: kept, unresolved, for the editor to fill in.
        facts.push(unresolved(m.index, m.index + m[0].length));
        continue;
      }
      const offset = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 明年: 1, 前年: -2 }[g['rel']] ?? 0;
      year = published.year + offset;
    }
    let confidence = 0.9;
    let value: string;
    if (year !== null && month === null && day === null) {
      if (!g['year'] && !g['rel']) continue;
      if (g['rel'] && !g['year']) {
        // 今年 alone: the year, but only as a plain word
        value = iso(year);
        confidence = 0.7;
      } else value = iso(year);
    } else if (month !== null) {
      if (!valid(month, day)) continue;
      // 11月18日 with no year: the year the text gave this very day in full, else the
      // publication year (the annotation guidelines' reading), else the year last named
      // in the text (which, in a story that looks ahead to 2021年4月 and then back to the
      // day it tells, is another year).
      const sameDay = day !== null ? namedDays.get(`${month}-${day}`) : undefined;
      if (year === null && sameDay !== undefined) {
        year = sameDay;
        confidence = 0.75;
      }
      if (year === null && published) {
        year = published.year;
        confidence = 0.75;
      }
      if (year === null) {
        if (!context) {
          facts.push(unresolved(m.index, m.index + m[0].length));
          continue;
        }
        year = context.year;
        confidence = 0.75;
      }
      value = iso(year, month, day);
      context = { year, month };
    } else if (day !== null) {
      // A bare 30日: the month last named, else the publication month.
      if (context && !valid(context.month, day)) continue;
      if (!context) {
        if (valid(1, day) && text[m.index + m[0].length] !== '个')
          facts.push(unresolved(m.index, m.index + m[0].length));
        continue;
      }
      if (text[m.index + m[0].length] === '个') continue;
      year = year ?? context.year;
      value = iso(year, context.month, day);
      confidence = 0.7;
    } else continue;
    facts.push(dateFact(m.index, m.index + m[0].length, value, confidence));
  }
  for (const [word, offset] of Object.entries(ZH_RELATIVE_DAYS)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      // 光明日报 holds 明日, 前天津市长 holds 前天: only where segmentation reads the word.
      if (!isWordAt(text, at, at + word.length)) continue;
      if (!published) {
        facts.push(unresolved(at, at + word.length));
        continue;
      }
      const d = addDays(published, offset);
      facts.push(dateFact(at, at + word.length, iso(d.year, d.month, d.day), 0.7));
    }
  }
  // 2005和2006年, 2004下半年: a year whose 年 is shared with the next year or left out
  // before 上半年/下半年.
  for (const m of text.matchAll(SHARED_YEAR))
    facts.push(dateFact(m.index, m.index + 4, m[0].slice(0, 4), 0.75));
  // 98年获…: a two-digit year of the last century, where a verb of a career follows.
  for (const m of text.matchAll(SHORT_YEAR))
    facts.push(dateFact(m.index, m.index + 3, `19${m[0].slice(0, 2)}`, 0.6));
  // 04年: a two-digit year with its leading zero is this century's.
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    if (
      text[at - 2] !== '0' ||
      !/\d/u.test(text[at - 1] ?? '') ||
      /[\d.]/u.test(text[at - 3] ?? '')
    )
      continue;
    if (/[代级]/u.test(text[at + 1] ?? '')) continue;
    facts.push(dateFact(at - 2, at + 1, `200${text[at - 1]}`, 0.7));
  }
  return facts;
}

const SHARED_YEAR =
  /(?<![\d.])(?:19|20)\d{2}(?=(?:和|、|至|到|或|与)(?:19|20)\d{2}年|[上下]半年)/gu;
const SHORT_YEAR =
  /(?<![\d.])[5-9]\d年(?=获|起|开始|加入|参加|毕业|调入|调任|任|被评|荣获|考入|入党|当选)/gu;

/**
 * 限四日内, 至少30日, 近则一月: a day or month count with no year is a span of time, not a
 * date, when 内 ("within") follows it or a qualifier of amounts stands before it; and a bare
 * 一日 or 两日 with no month (有一日, 一日在火车上) is "one day", not the first.
 */
function isSpan(text: string, start: number, end: number, g: Record<string, string>): boolean {
  if (/^[内]/u.test(text.slice(end)) && !/^内[容部地外]/u.test(text.slice(end))) return true;
  if (
    /(?:至少|最少|超过|不到|不足|约|近则|远则|每|限)$/u.test(
      text.slice(Math.max(0, start - 2), start),
    )
  )
    return true;
  // (一日 and 两日 only: 十五日 and 二十三日 with no month are the 15th and the 23rd, as the
  // press writes them in Chinese numerals.)
  return Boolean(g['day'] && !g['month'] && /^[一两]$/u.test(g['day']));
}

const NOT_A_DAY = /^(?:文件|令|线|楼|台|机|院|病房|公告|决议)/u;

/**
 * A relative date the article gives no anchor for (今年, 7日 with no month, no publication
 * date): kept with no value and a low confidence, so the editor sees it and can fill it in.
 */
function unresolved(start: number, end: number): FoundFact {
  return { ...plainFact('date', start, end, '', 0.3, DATES), value: null };
}

/**
 * The publication date a page prints in its own text, when the import found none: a
 * labelled line (发表于 2005-07-31, 发布时间：2022年2月13日) anywhere, else a line near the top
 * that is only a date (with a time or a source after it).
 */
export function publishedInText(text: string): string | null {
  const label =
    /(?:发表于|发布于|发布时间|发表时间|更新时间|日期|时间)[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u.exec(
      text,
    );
  const head = text.split('\n').slice(0, 12).join('\n');
  const line =
    label ??
    /^[\s|]*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[^\n。，]{0,40}$/mu.exec(
      head,
    );
  if (!line) return null;
  const [year, month, day] = [Number(line[1]), Number(line[2]), Number(line[3])];
  return valid(month, day) && year > 1900 ? iso(year, month, day) : null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const EN_DATE = new RegExp(
  [
    String.raw`\b(?<iy>\d{4})[-/.](?<im>\d{1,2})[-/.](?<id>\d{1,2})\b(?!\s*\d{1,2}:\d{2})`,
    String.raw`\b${MONTH}\s+(?<md>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<my>\d{4}))?\b`,
    String.raw`\b(?<dm>\d{1,2})(?:st|nd|rd|th)?\s+${MONTH.replace('month', 'month2')}(?:,?\s+(?<dy>\d{4}))?\b`,
    String.raw`\b${MONTH.replace('month', 'month3')}\s+(?<oy>\d{4})\b`,
    String.raw`\b(?:in|since|by|until|from|during|before|after|of)\s+(?<year>(?:19|20)\d\d)\b(?!\s*(?:-|to)\s*\d)`,
    String.raw`\bthe\s+(?<nth>\d{1,2})(?:st|nd|rd|th)\b`,
    String.raw`\b(?<rel>this|last|next)\s+year\b`,
    String.raw`\b(?<relday>yesterday|today|tomorrow)\b`,
  ].join('|'),
  'gi',
);

function monthNumber(name: string | undefined): number | null {
  if (!name) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '')));
  return index >= 0 ? index + 1 : null;
}

function englishDates(text: string, published: Day | null): FoundFact[] {
  const facts: FoundFact[] = [];
  EN_DATE.lastIndex = 0;
  for (let m = EN_DATE.exec(text); m; m = EN_DATE.exec(text)) {
    const g = m.groups!;
    let value: string | null = null;
    let confidence = 0.9;
    if (g['iy']) {
      const [y, mo, d] = [Number(g['iy']), Number(g['im']), Number(g['id'])];
      if (valid(mo, d)) value = iso(y, mo, d);
    } else if (g['month'] || g['month2']) {
      const month = monthNumber(g['month'] ?? g['month2']);
      const day = Number(g['md'] ?? g['dm']);
      const year = (g['my'] ?? g['dy']) ? Number(g['my'] ?? g['dy']) : published?.year;
      if (month && year && valid(month, day)) value = iso(year, month, day);
      if (!(g['my'] ?? g['dy'])) confidence = 0.75;
    } else if (g['month3']) {
      const month = monthNumber(g['month3']);
      if (month) value = iso(Number(g['oy']), month);
    } else if (g['year']) {
      value = g['year'];
      const at = m.index + m[0].length - 4;
      facts.push(dateFact(at, at + 4, value, 0.8));
      continue;
    } else if (g['nth'] && published) {
      value = iso(published.year, published.month, Number(g['nth']));
      confidence = 0.6;
    } else if (g['rel'] && published) {
      const offset = { this: 0, last: -1, next: 1 }[g['rel'].toLowerCase()] ?? 0;
      value = iso(published.year + offset);
      confidence = 0.7;
    } else if (g['relday'] && published) {
      const offset = { yesterday: -1, today: 0, tomorrow: 1 }[g['relday'].toLowerCase()] ?? 0;
      const d = addDays(published, offset);
      value = iso(d.year, d.month, d.day);
      confidence = 0.6;
    }
    if (value) facts.push(dateFact(m.index, m.index + m[0].length, value, confidence));
  }
  return facts;
}

/** ISO dates written in Chinese text too (2023-10-30), except transcript timestamps. */
const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?!\s*\d{1,2}:\d{2})/g;

function isoDates(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(month, day))
      facts.push(dateFact(m.index, m.index + m[0].length, iso(year, month, day), 0.9));
  }
  return facts;
}

function dateFact(start: number, end: number, value: string, confidence: number): FoundFact {
  return plainFact('date', start, end, value, confidence, DATES);
}

export function findDates(text: string, publishedAt: string | null | undefined, chinese: boolean) {
  const published = parsePublished(publishedAt) ?? parsePublished(publishedInText(text));
  return chinese
    ? [...chineseDates(text, published), ...isoDates(text)]
    : englishDates(text, published);
}
