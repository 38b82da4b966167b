import {
  AFTER_NAME,
  COMPOUND_SURNAMES,
  EN_TITLES,
  KIN,
  ORG_ENDINGS,
  NOT_IN_GIVEN_NAME,
  PERFORMERS,
  ROLE_STOP,
  SURNAMES,
  ZH_TITLES,
} from '../lexicon/people.ts';
import { countedZhAt } from '../lexicon/counted.ts';
import { PLACES } from '../lexicon/places.ts';
import type { FoundFact } from '../types.ts';
import {
  findMorePeople,
  foreignNameAt,
  personAfter,
  personBefore,
  personFact,
  surnamed,
} from './morePeople.ts';
import { words } from '../segment.ts';
import { oneNameWord, unknownAsWord } from './cuePeople.ts';

const ZH_PLACE_NAMES = new Set(PLACES.flatMap(([, zh]) => zh));
const isPlaceName = (text: string) =>
  ZH_PLACE_NAMES.has(text) ||
  ZH_PLACE_NAMES.has(text.slice(0, 2)) ||
  ZH_PLACE_NAMES.has(text.slice(0, 3));

/**
 * People with their role: 科学技术部副部长张广军 → 张广军, role 科学技术部副部长; 习近平主席;
 * "Zhang Guangjun, Vice Minister of the Ministry of Science and Technology". A name is only
 * taken beside a title, and only when the text after it shows where it ends.
 */
export const PEOPLE = 'people';

const HAN = /[\u4e00-\u9fff]/u;
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);

function titleAt(text: string, at: number): string | null {
  for (const title of ZH_TITLES) if (text.startsWith(title, at)) return title;
  return null;
}

const endsName = (text: string, at: number) =>
  !isHan(text[at]) || AFTER_NAME.some((w) => text.startsWith(w, at)) || titleAt(text, at) !== null;

/** A Chinese name starting at `at`: a surname and one or two characters, clearly ended. */
export function nameAt(text: string, at: number): string | null {
  const compound = COMPOUND_SURNAMES.find((s) => text.startsWith(s, at));
  const surname = compound ?? (SURNAMES.has(text[at] ?? '') ? text[at]! : null);
  if (!surname) return null;
  const given = at + surname.length;
  if (!isHan(text[given]) || NOT_IN_GIVEN_NAME.has(text[given]!)) return null;
  // 任组长: a title where the given name should be means the "surname" was a verb.
  if (titleAt(text, given) !== null) return null;
  if (NOT_IN_GIVEN_NAME.has(text[given + 1] ?? '') && !endsName(text, given + 1)) return null;
  // Prefer the shorter name only when the text after it is clearly not part of it.
  if (isHan(text[given + 1]) && !endsName(text, given + 1) && endsName(text, given + 2))
    return text.slice(at, given + 2);
  if (endsName(text, given + 1)) return text.slice(at, given + 1);
  return null;
}

/**
 * 乔冠华去找清华大学教授: the body before a title starts after the clause's last verb,
 * preposition or pronoun, as the segmenter reads it — 去找 is what someone did, not part of
 * the post. Returns how many characters of `piece` to skip.
 */
function afterLastVerb(piece: string): number {
  if (piece.length < 3) return 0;
  const ws = words(piece);
  for (let k = ws.length - 1; k >= 0; k--)
    if (/^(?:v|vd|vi|p|r|c|d)$/u.test(ws[k]!.tag)) return ws[k]!.end;
  return 0;
}

const DEPUTY = /(?:常务副|副)$/u;

/** The organization before a title (科学技术部 in 科学技术部副部长), and chained titles. */
function rolePrefix(text: string, titleStart: number): number {
  let start = titleStart;
  for (;;) {
    // 市委副书记, 常务副市长: a deputy's mark belongs to the title, not to the body before it.
    start -= DEPUTY.exec(text.slice(Math.max(0, start - 3), start))?.[0].length ?? 0;
    let i = start;
    while (i > 0 && start - i < 24 && isHan(text[i - 1]) && !ROLE_STOP.has(text[i - 1]!)) i--;
    // 共和国 contains 和: do not stop inside it.
    if (text.slice(i - 2, i + 1) === '共和国' || text.slice(i - 1, i + 2) === '共和国') {
      i -= 2;
      while (i > 0 && isHan(text[i - 1]) && !ROLE_STOP.has(text[i - 1]!)) i--;
    }
    const cut = i + afterLastVerb(text.slice(i, start));
    // (研究生会主席: a cut that leaves no body was no verb's object: 会 is the union.)
    if (cut > i && cut < start && ORG_ENDINGS.some((e) => text.slice(cut, start).endsWith(e)))
      i = cut;
    const org = text.slice(i, start);
    const keep =
      org === '' ||
      ORG_ENDINGS.some((e) => org.endsWith(e)) ||
      ZH_PLACE_NAMES.has(org) ||
      titleAt(text, i) !== null;
    const begin = keep ? i : start;
    // 副局长、新闻发言人: a title chained after another title joins the role.
    if (text[begin - 1] === '、') {
      const before = ZH_TITLES.find((t) => text.slice(0, begin - 1).endsWith(t));
      if (before) {
        start = begin - 1 - before.length;
        continue;
      }
    }
    return begin;
  }
}

/** A person fact of the title-and-role patterns. */
function person(start: number, end: number, name: string, role: string, confidence: number) {
  return personFact(start, end, name, role, confidence, PEOPLE);
}

/** 主任查验: a two-character "name" the segmenter reads as a verb is what the person does. */
function readAsVerb(text: string, at: number, name: string): boolean {
  if (name.length !== 2) return false;
  const first = words(text.slice(at, at + 4))[0];
  return first?.word === name && /^(?:v|vn|vd)$/u.test(first.tag);
}

/** 苏共领导人: a two-character "name" the segmenter reads as an abbreviation or a body. */
function readAsBody(text: string, at: number, name: string): boolean {
  if (name.length !== 2) return false;
  const first = words(text.slice(at, at + 4))[0];
  return first?.word === name && /^(?:j|nt)$/u.test(first.tag);
}

/**
 * 保健福祉部长官: the title must end where a word ends, not inside a longer word (长官). The
 * segmenter may still cut 部长 + 官; where the title's last character and the next one make a
 * noun of their own (长官 "official", 员工), the text reads the other way: a body (…部) and
 * that noun, and no title names the word before.
 */
function titleEndsWord(text: string, from: number, end: number): boolean {
  if (!words(text.slice(from, end + 2)).some((w) => from + w.end === end)) return false;
  const across = words(text.slice(end - 1, end + 1));
  return !(across.length === 1 && across[0]!.word.length === 2 && across[0]!.tag === 'n');
}

const OCCUPATIONS = new Set([
  '专家',
  '记者',
  '编辑',
  '责编',
  '企业家',
  '律师',
  '医生',
  '作家',
  '导演',
  ...PERFORMERS,
  ...KIN,
]);
const KINSHIP = new Set(KIN);

/**
 * 编辑维基数据: after an occupation (编辑, 记者, 导演), a two-character name read only as a
 * transliteration or by the segmenter (no surname vouches for it) that runs straight into a
 * noun modifies that noun; it names no one. (After a post a leader's name may qualify a noun:
 * 总统拜登政府 is his administration.)
 */
function runsIntoNoun(text: string, at: number, name: string, title: string): boolean {
  if (!OCCUPATIONS.has(title) || name.length !== 2 || nameAt(text, at) === name) return false;
  const next = words(text.slice(at + name.length, at + name.length + 4))[0];
  return next !== undefined && /^(?:n|nz|vn|ng)$/u.test(next.tag) && next.word.length >= 2;
}

/**
 * 姑姑于秀荣养了…: a surnamed run of three (else two) characters that a verb follows, as the
 * segmenter reads the words after it — the name ends where the clause's verb begins.
 */
function nameBeforeVerb(text: string, at: number): string | null {
  for (const length of [3, 2]) {
    const name = text.slice(at, at + length);
    if (name.length !== length || !surnamed(name) || !HAN.test(name[length - 1]!)) continue;
    const next = words(text.slice(at + length, at + length + 4))[0];
    if (next && /^(?:v|vd|vi)$/u.test(next.tag)) return name;
  }
  return null;
}

/**
 * After a kinship word only a name the language does not know as a word (哥哥马上 is an
 * adverb, 妈妈安排 a verb): a surnamed run the segmenter splits or reads as a person.
 */
function kinName(text: string, at: number): string | null {
  const name = nameAt(text, at) ?? nameBeforeVerb(text, at);
  if (
    name &&
    unknownAsWord(name) &&
    (oneNameWord(text, at, name) || oneNameWord(text, at, name, false))
  )
    return name;
  const foreign = foreignNameAt(text, at);
  return foreign && foreign.length >= 3 && !HAN.test(text[at + foreign.length] ?? '')
    ? foreign
    : null;
}

/** Every title in one pass: the engine skips text with no title in it. */
const TITLES = new RegExp(ZH_TITLES.join('|'), 'gu');

function chinesePeople(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  TITLES.lastIndex = 0;
  for (let match = TITLES.exec(text); match; match = TITLES.exec(text)) {
    const i = match.index;
    const title = match[0];
    let after = i + title.length;
    while (text[after] === ' ') after++;
    // 法国总统马克龙, or a name the segmenter knows: the surname list is not enough.
    const name = KINSHIP.has(title)
      ? kinName(text, after)
      : (nameAt(text, after) ?? foreignNameAt(text, after) ?? personAfter(text, after));
    if (
      name &&
      !isPlaceName(name) &&
      !readAsVerb(text, after, name) &&
      !readAsBody(text, after, name) &&
      !runsIntoNoun(text, after, name, title)
    ) {
      const roleStart = rolePrefix(text, i);
      facts.push(
        person(roleStart, after + name.length, name, text.slice(roleStart, i + title.length), 0.85),
      );
      TITLES.lastIndex = after + name.length;
      continue;
    }
    // 习近平主席: the name before the title, preceded by a boundary. Occupations (专家,
    // 记者, 编辑) follow what they qualify (农业专家): only a name after them counts.
    let before = OCCUPATIONS.has(title);
    for (const length of before ? [] : [3, 2]) {
      const at = i - length;
      if (at < 0 || (isHan(text[at - 1]) && !ROLE_STOP.has(text[at - 1]!))) continue;
      // 300余名专家, 吉林省长: numbers and places are not names.
      if (
        /[\d零一二三四五六七八九十百千万]/u.test(text[at - 1] ?? '') ||
        isPlaceName(text.slice(at, i))
      )
        continue;
      const candidate = text.slice(at, i);
      // 高校校长: a counted noun is not a name, whatever its first character.
      if (
        nameAt(text, at) === candidate &&
        !countedZhAt(text, at) &&
        !readAsBody(text, at, candidate)
      ) {
        facts.push(person(at, i + title.length, candidate, title, 0.75));
        before = true;
        break;
      }
    }
    // 贯彻习近平总书记, 2020年凯塔总统: no boundary, but the segmenter reads a person there.
    const tagged = before ? null : personBefore(text, i);
    if (tagged && !isPlaceName(tagged.name) && titleEndsWord(text, tagged.start, i + title.length))
      facts.push(person(tagged.start, i + title.length, tagged.name, title, 0.7));
  }
  return [...facts, ...findMorePeople(text)];
}

/** Titles match capitalized or not: "Vice Minister" and "vice-minister" alike. */
const TITLE_SOURCE = EN_TITLES.map((title) =>
  title
    .split(/[-\s]/)
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`)
    .join('[-\\s]'),
).join('|');
const NAME = String.raw`[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}`;
const SAID = String.raw`said|says|told|noted|stressed|added|announced|explained|warned|urged`;
/** Zhang Guangjun, Vice Minister of the Ministry of Science and Technology, said … */
const NAME_THEN_TITLE = new RegExp(
  String.raw`\b(?<name>${NAME}),\s+(?<role>(?:(?:the|a|an)\s+)?(?:[A-Za-z][a-z]+\s+){0,3}?(?:${TITLE_SOURCE})\b(?:\s+(?:of|for|at|with|to)\s+[^,.;:\n()]{3,80}?)?)(?=[,.;:\n)]|\s+(?:${SAID})\b)`,
  'g',
);
/** Vice Minister Zhang Guangjun, Chinese President Xi Jinping, Foreign Ministry spokesperson Wang Wenbin */
const TITLE_THEN_NAME = new RegExp(
  String.raw`(?<role>(?:\b[A-Z][\w'-]*\s+){0,4}?\b(?:${TITLE_SOURCE}))\s+(?<name>${NAME})\b`,
  'g',
);

const NOT_NAMES =
  /^(?:The|This|That|In|On|At|Belt|Road|Science|Ministry|Office|State|Council|China|Chinese|Mr|Ms|Mrs|Dr)\b/;

function englishPeople(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (const m of text.matchAll(NAME_THEN_TITLE)) {
    const name = m.groups!['name']!;
    if (NOT_NAMES.test(name)) continue;
    const role = m.groups!['role']!.replace(/^(?:the|a|an)\s+/i, '');
    facts.push(person(m.index, m.index + m[0].length, name, role, 0.85));
  }
  for (const m of text.matchAll(TITLE_THEN_NAME)) {
    const name = m.groups!['name']!;
    if (NOT_NAMES.test(name)) continue;
    // A sentence's first word is not part of the title: "The President", "Later, President".
    const role = m.groups!['role']!.replace(
      /^(?:The|A|An|Later|Then|When|As|Former|Meanwhile)\s+/,
      '',
    );
    const start = m.index + (m.groups!['role']!.length - role.length);
    facts.push(person(start, m.index + m[0].length, name, role, 0.8));
  }
  return facts;
}

export function findPeople(text: string, chinese: boolean): FoundFact[] {
  return chinese ? chinesePeople(text) : englishPeople(text);
}
