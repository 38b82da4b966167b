import { PLACES } from '../lexicon/places.ts';
import { plainFact } from '../types.ts';
import type { FoundFact } from '../types.ts';
import { chineseOrganizations, ORGANIZATIONS } from './organizations.ts';
import { chinesePlaces, PLACES_EXTRACTOR } from './places.ts';
import { knownBodies, knownBodiesEnglish } from './knownBodies.ts';

/**
 * Organizations and places. Organizations are runs of text ending the way bodies are named
 * (科学技术部, 重庆市人民政府, "Ministry of Science and Technology"); places come from the
 * gazetteer, with the English name as the normalized value in either language.
 */
export { ORGANIZATIONS, PLACES_EXTRACTOR };

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
let enGazetteer: Gazetteer | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function gazetteer(): Gazetteer {
  if (enGazetteer) return enGazetteer;
  const byName = new Map<string, string>();
  for (const [english, , en = []] of PLACES) {
    for (const name of [english, ...en]) byName.set(name, english);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
  enGazetteer = {
    pattern: new RegExp(`\\b(?:${names.join('|')})(?![\\w])`, 'gu'),
    byName,
  };
  return enGazetteer;
}

function englishPlaces(text: string): FoundFact[] {
  const { pattern, byName } = gazetteer();
  return [...text.matchAll(pattern)].map((m) =>
    plainFact('place', m.index, m.index + m[0].length, byName.get(m[0])!, 0.8, PLACES_EXTRACTOR),
  );
}

export function findNames(text: string, chinese: boolean): FoundFact[] {
  if (chinese) return [...chineseOrganizations(text), ...knownBodies(text), ...chinesePlaces(text)];
  return [...englishOrganizations(text), ...knownBodiesEnglish(text), ...englishPlaces(text)];
}
