import { words } from '../segment.ts';

/**
 * Numerals that are no figures, and one that is: set phrases (the annotation guidelines
 * exclude idioms and vague amounts), the numbers of a session, and a casualty count of one.
 */

/** Set phrases with numerals in them, which count nothing. */
const IDIOMS =
  /成千上万|成百上千|千千万万|成千成万|[二三四五六]位一体|一对一|年复一年|一斑窥豹|万无一失|一心一意|三心二意|四面八方|五湖四海|七上八下|九牛一毛|十全十美|千方百计|万众一心|千家万户|千辛万苦|千变万化|一五一十|一模一样|一举两得|三番五次/gu;

export type Spans = { inside: (start: number, end: number) => boolean };

/** The set phrases of a text, found in one pass before its numbers are read. */
export function setPhrases(text: string): Spans {
  const spans = [...text.matchAll(IDIOMS)].map((m) => [m.index, m.index + m[0].length] as const);
  return { inside: (start, end) => spans.some(([from, to]) => from < end && to > start) };
}

/** 五届二次全会, 十三届一次会议: the numbers of a session, never counts. */
const SESSION =
  /^届(?:[一二三四五六七八九十\d]+次)?(?:全会|会议|全体会议|代表大会|委员会|人大|政协)/u;

export const isSession = (text: string, end: number) => SESSION.test(text.slice(end, end + 8));

/** 一人死亡: one person counted in a report of casualties. */
const CASUALTY = /^[人名位][^，。；]{0,4}?(?:死亡|受伤|遇难|身亡|获救|失踪|被捕|确诊|感染)/u;

export const isCasualty = (text: string, end: number) => CASUALTY.test(text.slice(end, end + 8));

/**
 * 几十万元, 数百万元, 数十年, 千百人: a number of tens or hundreds left open (几, 数 standing
 * as a word of its own before a bare 十/百/千/万) or two scales written together, the larger
 * first, is a vague amount, which the annotation guidelines exclude. (人数十万: 数 ends the
 * word 人数, and 十万 is a number.)
 */
export function vagueAmount(text: string, start: number, run: string): boolean {
  if (/^[千万亿][百千]/u.test(run) && !/^千万|^亿万/u.test(run)) return true;
  if (!/^[十百千万亿]/u.test(run)) return false;
  const before = text[start - 1];
  if (before === '几') return true;
  if (before !== '数') return false;
  const from = Math.max(0, start - 3);
  const ws = words(text.slice(from, start + run.length));
  return ws.some((w) => from + w.start === start - 1);
}

/**
 * 如图41所示, 见表3, 附表2: the number labels a figure or a table when 图 or 表 before it is
 * a word of its own (or 附表, 下图 and the like), not the end of another word (发表30篇,
 * 代表2980人, 报表5份, as the segmenter reads them).
 */
export function isFigureLabel(text: string, start: number): boolean {
  if (!/[图表]/u.test(text[start - 1] ?? '')) return false;
  const from = Math.max(0, start - 3);
  const label = words(text.slice(from, start)).find((w) => from + w.end === start);
  return label !== undefined && /^[附下上插左右本该此]?[图表]$/u.test(label.word);
}
