import { SURNAMES, COMPOUND_SURNAMES } from '../lexicon/people.ts';
import { words } from '../segment.ts';
import type { FoundFact } from '../types.ts';
import { findCuePeople, oneNameWord, unknownAsWord } from './cuePeople.ts';

/**
 * People found without a title right beside them: transliterated foreign names after a
 * title (法国总统马克龙), names the segmenter tags as people before a title (贯彻习近平总书记),
 * credit lines (记者 刘涛, 责编：萧潇、张妍), lists of names joined by 、, and speakers
 * (言茂松认为). Each rule looks at a few characters around a cue; only those windows are
 * segmented.
 */
export const MORE_PEOPLE = 'people-cues';

/**
 * Characters Chinese uses to transliterate foreign names (the Xinhua transliteration
 * tables draw on a small set): a run of them after a title is a foreign name.
 */
const TRANSLITERATION = new Set([
  ...'理史密阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹德迪蒂丁东杜敦多厄恩法范菲费芬丰弗福富盖甘冈戈格贡古哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷里利莉连列林琳龙隆卢鲁路伦罗洛吕马迈麦曼梅蒙米明莫姆穆纳奈南内尼涅努诺帕潘佩皮珀普奇齐乔切钦丘萨塞桑森沙尚舍施什舒斯松苏索塔泰坦汤特滕提图托瓦万旺威维魏温沃乌伍西希谢辛休雅亚扬耶伊因英尤约扎泽詹兹佐朔京登歇尔士',
]);

const HAN = /[\u4e00-\u9fff]/u;
export const PERSON_TAG = /^(?:nr|nrt|nrfg)$/u;

/** A transliterated name starting at `at`: 2 to 6 transliteration characters, then no more Han name. */
export function foreignNameAt(text: string, at: number): string | null {
  let end = at;
  while (end < text.length && end - at < 7 && TRANSLITERATION.has(text[end]!)) end++;
  // 艾巴·伦德: a middle dot joins the parts of one name.
  while (text[end] === '·' && TRANSLITERATION.has(text[end + 1] ?? '')) {
    end++;
    while (end < text.length && TRANSLITERATION.has(text[end]!)) end++;
  }
  const length = end - at;
  if (length < 2 || length > 9) return null;
  return text.slice(at, end);
}

/** A word the segmenter reads as a person, or a new word it had to guess (an unknown name). */
function readAsName(piece: string, name: string): boolean {
  const w = words(piece, true)[0];
  if (!w || w.word !== name || !(PERSON_TAG.test(w.tag) || w.tag === 'x')) return false;
  // 不爱说话: a guessed word that starts with an adverb, pronoun or preposition is no name.
  const head = words(piece)[0];
  return !head || !/^(?:d|p|c|r|u|ad)$/u.test(head.tag);
}

/** The segmenter tags `name` at `at` as a person (罗素, 霍布斯), not merely as a new word. */
function personTagged(text: string, at: number, name: string): boolean {
  const w = words(text.slice(at, at + name.length + 2), true)[0];
  return !!w && w.word === name && PERSON_TAG.test(w.tag);
}

/** A Chinese name of 2 or 3 characters at `at`, judged by its surname alone. */
export function surnamed(name: string): boolean {
  if (name.length < 2 || name.length > 4) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3;
  return SURNAMES.has(name[0]!) && name.length <= 3;
}

/** The person the segmenter reads just before `at` (贯彻习近平 → 习近平), if any. */
export function personBefore(text: string, at: number): { start: number; name: string } | null {
  const from = Math.max(0, at - 8);
  const ws = words(text.slice(from, at));
  const w = ws[ws.length - 1];
  if (!w || !PERSON_TAG.test(w.tag) || w.word.length < 2 || w.word.length > 4) return null;
  return { start: from + w.start, name: w.word };
}

/** The person the segmenter reads just after `at` (a name the surname list lacks). */
export function personAfter(text: string, at: number): string | null {
  // Only where a name could start: a Han character that is no particle or preposition.
  if (!HAN.test(text[at] ?? '') || /[的了在和与及是为对向从把被将等也都就说称表]/u.test(text[at]!))
    return null;
  const ws = words(text.slice(at, Math.min(text.length, at + 8)));
  const w = ws[0];
  if (!w || !PERSON_TAG.test(w.tag) || w.word.length < 2 || w.word.length > 4) return null;
  return w.word;
}

/** A person fact: this extractor's (cue people too) unless another names itself. */
export function personFact(
  start: number,
  end: number,
  name: string,
  role: string | null,
  confidence: number,
  extractor: string = MORE_PEOPLE,
) {
  return {
    kind: 'person' as const,
    start,
    end,
    value: name,
    valueMax: null,
    unit: null,
    subject: null,
    qualifier: null,
    role,
    confidence,
    extractor,
  } satisfies FoundFact;
}

/** Credit lines: （记者 刘涛）, (责编：萧潇、张妍), 松花江网编辑 孙桂芳, 作者：… */
const CREDIT_WORDS = '责任编辑|责编|编辑|记者|通讯员|作者|摄影|撰稿|校对|实习生';
/** (A second credit word ends the names: 记者 刘涛 通讯员 李敏 is two credits.) */
const CREDIT = new RegExp(
  String.raw`(?<credit>${CREDIT_WORDS})[ \t:：]*(?<names>[\u4e00-\u9fff]{2,4}(?:[、 ，,](?!${CREDIT_WORDS})[\u4e00-\u9fff]{2,4})*)`,
  'gu',
);

function credits(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (const m of text.matchAll(CREDIT)) {
    // The role is the credit word with up to eight characters before it (松花江网编辑),
    // from the outlet's name on when one is there.
    let from = m.index;
    while (from > 0 && m.index - from < 8 && HAN.test(text[from - 1]!)) from--;
    const names = m.groups!['names']!;
    const word = text.slice(from, m.index + m[0].length - names.length).replace(/[ \t:：]+$/u, '');
    const role = word.replace(/^.*?(?=(?:本报|[\u4e00-\u9fff]{1,6}(?:网|报|社|台)))/u, '');
    // 摄影师等: the credit word must end a word of its own, not open a longer one.
    const credit = m.groups!['credit']!;
    if (
      !words(text.slice(m.index, m.index + credit.length + 2)).some((w) => w.end === credit.length)
    )
      continue;
    let at = m.index + m[0].length - names.length;
    for (const raw of names.split(/[、 ，,]/u)) {
      // 李妍摄: "photographed by" written after the name.
      const part =
        raw.length === 3 && raw.endsWith('摄') && surnamed(raw.slice(0, 2)) ? raw.slice(0, 2) : raw;
      const alone = !HAN.test(text[at + part.length] ?? '') || part !== raw;
      if (alone && (surnamed(part) || (part.length <= 3 && readAsName(part, part)))) {
        facts.push(personFact(at, at + part.length, part, role, 0.8));
      } else break; // 记者透露，红米…: after the first part that is no name, the credit has ended.
      at += raw.length + 1;
    }
  }
  return facts;
}

/** 盖春来、谭金霖、…: three or more surnamed names joined by 、 are a list of people. */
const LIST = /[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}/gu;

function lists(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (const m of text.matchAll(LIST)) {
    const parts = m[0].split('、');
    if (!parts.every((p) => surnamed(p) || readAsName(p, p))) continue;
    // The list must stand alone: nothing Han after it, and before it a word boundary
    // (获奖者为盖春来、…), as segmentation reads it.
    if (HAN.test(text[m.index + m[0].length] ?? '')) continue;
    if (HAN.test(text[m.index - 1] ?? '')) {
      const from = Math.max(0, m.index - 4);
      const ws = words(text.slice(from, m.index + parts[0]!.length));
      if (!ws.some((w) => from + w.start === m.index)) continue;
    }
    let at = m.index;
    for (const part of parts) {
      facts.push(personFact(at, at + part.length, part, null, 0.7));
      at += part.length + 1;
    }
  }
  return facts;
}

/** A speaker at the start of a clause: 言茂松认为, 郑备介绍. */
const SPEAKS = /(?<name>[\u4e00-\u9fff]{2,3})(?:说|表示|认为|指出|介绍|强调|坦言|透露|告诉)/gu;
/** What may stand before a clause-initial speaker: a line start or clause punctuation. */
const CLAUSE_START = /[。！？；：\n“”"，,]/u;

function speakers(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (const m of text.matchAll(SPEAKS)) {
    const name = m.groups!['name']!;
    let before = m.index - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
    if (before >= 0 && !CLAUSE_START.test(text[before]!)) continue;
    // 于欢说: the segmenter may read the surname as a preposition (于/p); a surnamed run that
    // is no word of the language still names the speaker. Either way the segmenter, reading
    // the clause, must find a three-character name as a name (于今单说 is 于今 + 单说), and a
    // run it had to guess (尽行, 当来) needs a surname to be a name.
    const read = readAsName(text.slice(m.index, m.index + name.length + 2), name);
    if (!read && !(surnamed(name) && unknownAsWord(name))) continue;
    // (A surname and one character may glue to the verb: 于明说 is 于 + 明说.)
    if (name.length > 2 && !oneNameWord(text, m.index, name)) continue;
    if (!surnamed(name) && !personTagged(text, m.index, name)) continue;
    facts.push(personFact(m.index, m.index + name.length, name, null, read ? 0.7 : 0.6));
  }
  return facts;
}

/** 艾巴·伦德, 詹姆斯·邦德: transliterated given and family names joined by a middle dot. */
function dotted(text: string): FoundFact[] {
  const facts: FoundFact[] = [];
  for (let at = text.indexOf('·'); at >= 0; at = text.indexOf('·', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 6 && TRANSLITERATION.has(text[start - 1]!)) start--;
    if (start === at || !TRANSLITERATION.has(text[at + 1] ?? '')) continue;
    const name = foreignNameAt(text, start);
    if (!name || !name.includes('·')) continue;
    facts.push(personFact(start, start + name.length, name, null, 0.75));
    at = start + name.length;
  }
  return facts;
}

export function findMorePeople(text: string): FoundFact[] {
  return [
    ...credits(text),
    ...lists(text),
    ...speakers(text),
    ...dotted(text),
    ...findCuePeople(text),
  ];
}
