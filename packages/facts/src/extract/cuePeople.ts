import { words } from '../segment.ts';
import type { FoundFact } from '../types.ts';
import { foreignNameAt, PERSON_TAG, personAfter, personFact, surnamed } from './morePeople.ts';

/**
 * People named by a cue that is no title: 张建国同志 (a comrade is always a person), a host
 * introducing themselves (我是马丁), and a relative named after the kinship word (姑姑王秀兰,
 * 父亲王立明). Each cue is a fixed word; only the few characters beside it are segmented.
 */
const HAN = /[\u4e00-\u9fff]/u;

/**
 * A surnamed run that the segmenter does not read as ordinary words: 于欢 splits into 于 +
 * 欢 (or is read as a person), while 于是, 方面 and 安排好 open with a word of the language
 * that runs past the surname.
 */
export function unknownAsWord(name: string): boolean {
  const first = words(name)[0];
  if (!first) return false;
  return PERSON_TAG.test(first.tag) || first.tag === 'x' || first.word.length === 1;
}

/**
 * Whether the segmenter (guessing unknown words, unless `guess` is false: guessing may glue
 * the next word on, 金钟明为 → 金钟 + 明为) reads `name` at `at` as a
 * name in its clause: the name ends where a word ends, and no word after its first is a verb, adverb,
 * pronoun, preposition, conjunction, particle or place word. 于欢说 → 于欢/x 说 and 金钟明为 →
 * 金钟/nr 明/a 为 are names; 于今单说 (于今 + 单说), 任你口说 (任 + 你 + 口说) and 丈夫李死后
 * (李 + 死/v + 后/f) are phrases.
 */
export function oneNameWord(text: string, at: number, name: string, guess = true): boolean {
  const ws = words(text.slice(at, at + name.length + 2), guess);
  if (!ws.some((w) => w.end === name.length)) return false;
  // 父亲和小刚: a conjunction where the surname should be joins a list; it names no one.
  if (ws[0]!.word.length === 1 && ws[0]!.tag === 'c') return false;
  return ws
    .filter((w) => w.start > 0 && w.end <= name.length)
    .every((w) => !/^(?:v|vd|vn|d|f|p|c|r|u\w*|y|m|q)$/u.test(w.tag));
}

/** 张建国同志: the two or three characters before 同志, when they are a name. */
function comrades(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (let at = text.indexOf('同志'); at >= 0; at = text.indexOf('同志', at + 2)) {
    for (const length of [3, 2]) {
      const start = at - length;
      if (start < 0) continue;
      const name = text.slice(start, at);
      // The name stands alone: a boundary before it, as the segmenter reads the clause.
      const from = Math.max(0, start - 4);
      const ws = words(text.slice(from, at + 2));
      const begins = ws.some((w) => from + w.start === start);
      const ends = ws.some((w) => from + w.end === at);
      if (!begins || !ends || !surnamed(name) || !unknownAsWord(name)) continue;
      // 向雷锋同志: a preposition or verb read before a known name is not its surname.
      const head = ws.find((w) => from + w.start === start);
      if (length === 3 && head?.word.length === 1 && /^(?:p|v|c|d|r)$/u.test(head.tag)) continue;
      facts.push(personFact(start, at, name, null, 0.75));
      break;
    }
  }
  return facts;
}

/** 我是马丁。, 我叫王小明，: a speaker who says their name, ended by punctuation. */
const INTRODUCES = /(?:我是|我叫|我的名字是|我的名字叫)/gu;

function introductions(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (const m of text.matchAll(INTRODUCES)) {
    const at = m.index + m[0].length;
    const name = personAfter(text, at) ?? foreignNameAt(text, at);
    if (!name || HAN.test(text[at + name.length] ?? '')) continue;
    const ws = words(text.slice(at, at + name.length + 1));
    if (ws[0]?.word !== name || !(PERSON_TAG.test(ws[0].tag) || name.length >= 3)) continue;
    facts.push(personFact(at, at + name.length, name, null, 0.7));
  }
  return facts;
}

export function findCuePeople(text: string): FoundFact[] {
  return [...comrades(text), ...introductions(text)];
}
