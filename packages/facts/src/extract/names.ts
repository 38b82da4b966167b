import { PLACES } from '../lexicon/places.ts';
import { plainFact } from '../types.ts';
import type { FoundFact } from '../types.ts';

/**
 * Organizations and places. Organizations are runs of text ending the way bodies are named
 * (科学技术部, 重庆市人民政府, "Ministry of Science and Technology"); places come from the
 * gazetteer, with the English name as the normalized value in either language.
 */
export const ORGANIZATIONS = 'organizations';
export const PLACES_EXTRACTOR = 'places';

/** Strong endings: a run of text ending so is almost always a body's name. */
const ZH_ORG =
  /(?:人民政府|委员会|科学院|工程院|研究院|研究所|联合会|基金会|办公室|新闻办|发改委|大学|学院|公司|集团|银行|协会|科协|部|局|总署|国务院|组织|联盟|通讯社|新闻社|电视台|日报)/gu;
const NOT_ORG =
  /(?:全部|内部|外部|西部|东部|南部|北部|中部|局部|干部|头部|底部|部分|一部|本部|大部|全局|大局|格局|布局|结局|开局|当局)$/u;
const ORG_BREAK =
  /[\s，。、；：！？“”‘’《》（）(),.;:!?"'\n]|[的了在和与及向对是为由从将把被等也都并而]/u;
const MAX_ORG = 16;

function chineseOrganizations(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  ZH_ORG.lastIndex = 0;
  for (let m = ZH_ORG.exec(text); m; m = ZH_ORG.exec(text)) {
    const end = m.index + m[0].length;
    // An ending followed by more of a name (部长, 局长, 大学生) is not the end of the name.
    if (/^[长门分属级内外委生]/u.test(text.slice(end))) continue;
    let start = m.index;
    while (start > 0 && end - start < MAX_ORG && !ORG_BREAK.test(text[start - 1]!)) start--;
    // A verb before the name is not part of it: 欢迎出席国务院新闻办 → 国务院新闻办.
    const verb =
      /^.*(?:请问|出席|欢迎|邀请|举行|举办|参加|支持|成立|签署|通过|访问|会见|加入|联合|依托)/u.exec(
        text.slice(start, m.index),
      );
    if (verb) start += verb[0].length;
    const name = text.slice(start, end);
    if (name.length < 2 || name.length >= MAX_ORG || NOT_ORG.test(name)) continue;
    if (/[\d]/u.test(name) || /[零一二三四五六七八九十百千万亿两][个家所项多]/u.test(name))
      continue;
    facts.push(plainFact('organization', start, end, name, 0.7, ORGANIZATIONS));
  }
  return facts;
}

const EN_ORG_WORD =
  /\b(?:Ministry|Office|Council|Commission|Agency|Bureau|Department|Committee|Association|Academy|University|Institute|Bank|Company|Corporation|Group|Organization|Organisation|Federation|Foundation|Union|Parliament|Congress|Government|Administration|Authority|Society|Forum)\b/;
const EN_CAPITALIZED = /\b[A-Z][A-Za-z&'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][A-Za-z&'-]*)*/g;

function englishOrganizations(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (const m of text.matchAll(EN_CAPITALIZED)) {
    // "Vice Minister of the Ministry of …" names a person's post; the body starts after "of".
    let name = m[0].replace(/^(?:The|In|On|At|By|From)\s+/, '');
    const post = /^(?:[A-Z][a-z]+\s+){1,3}(?:of|for)\s+(?:the\s+)?(?=[A-Z])/.exec(name);
    if (post && !EN_ORG_WORD.test(post[0])) name = name.slice(post[0].length);
    if (!EN_ORG_WORD.test(name) || name.split(/\s+/).length < 2) continue;
    const start = m.index + (m[0].length - name.length);
    facts.push(plainFact('organization', start, start + name.length, name, 0.75, ORGANIZATIONS));
  }
  return facts;
}

type Gazetteer = { pattern: RegExp; byName: Map<string, string> };
let zhGazetteer: Gazetteer | null = null;
let enGazetteer: Gazetteer | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function gazetteer(chinese: boolean): Gazetteer {
  if (chinese && zhGazetteer) return zhGazetteer;
  if (!chinese && enGazetteer) return enGazetteer;
  const byName = new Map<string, string>();
  for (const [english, zh, en = []] of PLACES) {
    for (const name of chinese ? zh : [english, ...en]) byName.set(name, english);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
  const source = chinese ? `(?:${names.join('|')})` : `\\b(?:${names.join('|')})(?![\\w])`;
  const built = { pattern: new RegExp(source, 'gu'), byName };
  if (chinese) zhGazetteer = built;
  else enGazetteer = built;
  return built;
}

function places(text: string, chinese: boolean): FoundFact[] {
  const { pattern, byName } = gazetteer(chinese);
  return [...text.matchAll(pattern)].map((m) =>
    plainFact('place', m.index, m.index + m[0].length, byName.get(m[0])!, 0.8, PLACES_EXTRACTOR),
  );
}

export function findNames(text: string, chinese: boolean): FoundFact[] {
  const organizations = chinese ? chineseOrganizations(text) : englishOrganizations(text);
  return [...organizations, ...places(text, chinese)];
}
