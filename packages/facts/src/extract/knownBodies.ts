import { KNOWN_BODIES, KNOWN_BODIES_EN } from '../lexicon/organizations.ts';
import { canBeInName, words } from '../segment.ts';
import { plainFact } from '../types.ts';
import type { FoundFact } from '../types.ts';
import { isGazetteerPlace } from './places.ts';
import { ORGANIZATIONS } from './organizations.ts';

/**
 * Bodies known by name rather than by an ending (联合国, 北约, 电监会, 丰田, 东风悦达起亚). A
 * name is taken where segmentation starts a word there (统一汽车 holds no 一汽); brands
 * joined to each other (东风本田, 标致—雪铁龙), to a firm's ending (广汽集团, 现代汽车（中国）
 * 投资有限公司) or after a place (北京现代, 德国大众) make one name. A brand that is also an
 * ordinary word (现代, 大众, 东风) counts only in a firm's reading: with an ending, another
 * brand, a place before it and a verb after it, or in a 、-list beside a brand that is no word.
 */
const BY_NAME = new Map(
  KNOWN_BODIES.map(([name, english, ambiguous]) => [name, { english, ambiguous: !!ambiguous }]),
);
const ZH = new RegExp([...BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');
const ZH_AT = new RegExp(ZH.source, 'uy');
/** A firm's ending after a brand: 汽车, or a company ending with a few nouns before it. */
const FIRM_AFTER =
  /^(?:汽车)?(?:[（(][^）)\n]{1,8}[）)])?(?<run>[\u4e00-\u9fff]{0,6}?)(?:股份有限公司|有限责任公司|有限公司|公司|集团|控股|发电厂|电厂)|^(?:汽车|国际|客车|药业)/u;

/** The firm's ending after a brand, if any: the words before the ending must be nouns. */
function firmAfter(text: string, at: number): string | null {
  const m = FIRM_AFTER.exec(text.slice(at, at + 24));
  if (!m) return null;
  const run = m.groups?.['run'];
  // (谏壁 in 国电谏壁发电厂 is a coined name: guessing joins it into one new word, tagged x.)
  if (run && !words(run, true).every((w) => canBeInName(w) || w.tag === 'x')) return null;
  // (江淮组建公司: a verb of the language between the brand and the ending is no name.)
  if (run && words(run).some((w) => w.word.length > 1 && w.tag === 'v')) return null;
  return m[0];
}
const JOIN = /^[—\-–·]?$/u;
const NUMERAL = /[\d零一二三四五六七八九十百千万]/u;

/** A name found; `suffix`: a firm's ending follows; `placed`: a place stands before it. */
type Hit = {
  start: number;
  end: number;
  name: string;
  ambiguous: boolean;
  suffix: boolean;
  placed: boolean;
};

/** Whether segmentation starts a word at `at` (looking at a few characters around it). */
function wordStartsAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const from = Math.max(0, at - 3);
  return words(text.slice(from, at + 4)).some((w) => from + w.start === at);
}

/** Whether segmentation ends a word at `at` (将联合国内: 联合 + 国内, no 联合国 there). */
function wordEndsAt(text: string, from: number, at: number): boolean {
  return words(text.slice(from, at + 3)).some((w) => from + w.end === at);
}

/** A verb, preposition, conjunction, particle or punctuation comes next: the name ended. */
function endsClause(text: string, at: number): boolean {
  const next = words(text.slice(at, at + 4))[0];
  if (!next) return true;
  return /^(?:v|vd|p|c|d|x|ul|uz|ad)$/u.test(next.tag) && next.word !== '的';
}

function hits(text: string): Hit[] {
  const out: Hit[] = [];
  ZH.lastIndex = 0;
  for (let m = ZH.exec(text); m; m = ZH.exec(text)) {
    const at = m.index;
    if (NUMERAL.test(text[at - 1] ?? '') && m[0] === '百度') continue;
    let start = at;
    for (const length of [3, 2]) {
      if (at - length >= 0 && isGazetteerPlace(text.slice(at - length, at))) {
        start = at - length;
        break;
      }
    }
    // 东风悦达起亚: right after another brand no word boundary is needed.
    const joined = out.length > 0 && at - out[out.length - 1]!.end <= 1;
    if (!joined && !wordStartsAt(text, start) && !wordStartsAt(text, at)) continue;
    if (start !== at && !wordStartsAt(text, start)) start = at;
    const firm = firmAfter(text, at + m[0].length);
    // 东风悦达起亚: a brand right before another needs no word end of its own.
    const next = at + m[0].length;
    ZH_AT.lastIndex = next;
    if (!firm && !ZH_AT.test(text) && !wordEndsAt(text, at, next)) continue;
    const end = at + m[0].length + (firm?.length ?? 0);
    const known = BY_NAME.get(m[0])!;
    out.push({
      start,
      end,
      name: m[0],
      ambiguous: known.ambiguous,
      suffix: !!firm,
      placed: start !== at,
    });
    ZH.lastIndex = end;
  }
  return out;
}

export function knownBodies(text: string): FoundFact[] {
  const found = hits(text);
  // Brands written one after the other (东风悦达起亚, 标致—雪铁龙) are one joint name.
  const merged: Hit[] = [];
  for (const hit of found) {
    const last = merged[merged.length - 1];
    if (last && JOIN.test(text.slice(last.end, hit.start)) && hit.start - last.end <= 1) {
      merged[merged.length - 1] = {
        start: last.start,
        end: hit.end,
        name: text.slice(last.start, hit.end),
        ambiguous: false,
        suffix: hit.suffix,
        placed: last.placed,
      };
    } else merged.push(hit);
  }
  // 福特、丰田、现代等: in a 、-list that holds a brand no one reads as a word, every brand
  // that is also a word is read as a brand too.
  const listed = new Set<number>();
  for (let i = 0; i < merged.length;) {
    let j = i;
    while (
      j + 1 < merged.length &&
      /^[、和与及]$/u.test(text.slice(merged[j]!.end, merged[j + 1]!.start))
    )
      j++;
    if (j > i && merged.slice(i, j + 1).some((h) => !h.ambiguous))
      for (let k = i; k <= j; k++) listed.add(k);
    i = j + 1;
  }
  const facts: FoundFact[] = [];
  for (const [i, hit] of merged.entries()) {
    // 北京现代推出: a place and a brand that is also a word, then a verb.
    const firm =
      !hit.ambiguous || hit.suffix || listed.has(i) || (hit.placed && endsClause(text, hit.end));
    if (!firm) continue;
    const name = text.slice(hit.start, hit.end);
    const english = BY_NAME.get(name)?.english ?? null;
    facts.push({
      ...plainFact('organization', hit.start, hit.end, name, 0.75, ORGANIZATIONS),
      subject: english,
    });
  }
  return facts;
}

const EN = new RegExp(`\\b(?:${KNOWN_BODIES_EN.map(([name]) => name).join('|')})\\b`, 'gu');
const EN_NAMES = new Map(KNOWN_BODIES_EN);

export function knownBodiesEnglish(text: string): FoundFact[] {
  return [...text.matchAll(EN)].map((m) => ({
    ...plainFact('organization', m.index, m.index + m[0].length, m[0], 0.75, ORGANIZATIONS),
    subject: EN_NAMES.get(m[0]) ?? null,
  }));
}
