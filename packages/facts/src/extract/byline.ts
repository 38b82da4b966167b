import { words } from '../segment.ts';
import { PERSON_TAG, surnamed } from './morePeople.ts';

/**
 * The byline above an article: `光明日报记者 张三 李四` on a line of its own before the first
 * paragraph, `文/张三`, or a lead phrase opening the first paragraph (`本报记者 张三 报道`,
 * `新华社北京5月8日电（记者 张三）`). It is metadata of the article — who wrote it — not a
 * claim of its text (noise catalog §3: bylines become article fields), so the people named
 * in it are no facts of the text; the line itself stays in the text untouched. A credit at
 * the end of the article (`（松花江网编辑 孙桂芳）`) is not a byline in this sense: the
 * annotation guidelines count its people, and so does extraction.
 */

/**
 * Credit words a byline opens with. 文 and 图 ("text by", "photo by") only with their mark
 * (文/张三, 图｜李四): alone they are ordinary words.
 */
const CREDIT =
  /(?:本报|本刊|本台|本网)?(?:特约|见习|实习)?(?:记者|通讯员|实习生|撰稿人?|作者|摄影|编译|采写|责任编辑|责编|编辑)[ \t]*[:：/／|｜]?[ \t]*|(?:文|图|文图|图文|文\/图)[ \t]*[/／|｜:：][ \t]*/gu;
/** The English forms: "By Zhang San", "Reporter: Li Si". */
const EN_BYLINE =
  /^(?:By|Reporters?|Written by|Text by|Editor|Author)\b[ \t]*:?[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}(?:(?:,|\s+and)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})*[ \t]*$/u;
/** Clause punctuation: once a clause has been written, a credit is no longer a lead phrase. */
const CLAUSE = /[。！？；，,!?;]/u;
/** A sentence ends on the line: from here on the article has begun. */
const SENTENCE_END = /[。！？!?]|\.(?:\s|$)/u;
/** What may close a name in a byline: a separator, a bracket, or the credit's own verb. */
const NAME_CLOSE = /^(?:$|[\s\u3000、，,/／|｜)）】\]]|报道|摄|电|讯|采写|撰文|整理)/u;
/** How far down a byline may stand: a title, a kicker and a dateline, not a page. */
const SCAN_CHARS = 800;

export type Byline = { start: number; end: number; names: string[] };

const HAN = /[\u4e00-\u9fff]/u;

/** The segmenter, guessing, reads `name` as one word: a person, or a word it had to coin. */
function guessedName(name: string): boolean {
  const read = words(name, true);
  return read.length === 1 && (PERSON_TAG.test(read[0]!.tag) || read[0]!.tag === 'x');
}

/** A name of a byline at `at`: a surname and one or two characters, closed by `NAME_CLOSE`. */
function bylineName(text: string, at: number): string | null {
  for (const length of [3, 2, 4]) {
    const name = text.slice(at, at + length);
    if (name.length !== length || ![...name].every((ch) => HAN.test(ch))) continue;
    // A name the surname list lacks (伊琳) is one the segmenter knows no word for.
    const named = surnamed(name) || (length <= 3 && guessedName(name));
    if (!named || !NAME_CLOSE.test(text.slice(at + length, at + length + 2))) continue;
    // 王明摄: the photo credit's verb after a two-character name.
    if (length === 3 && /[摄电讯]$/u.test(name)) continue;
    // 记者王明获奖 is a headline about a reporter: the run must not go on as a word.
    const first = words(text.slice(at, at + length + 2))[0];
    if (first && first.end > length) continue;
    return name;
  }
  return null;
}

/** The names after a credit word at `at`, separated by spaces, 、 or commas. */
function namesAfter(text: string, at: number, lineEnd: number): { names: string[]; end: number } {
  const names: string[] = [];
  let end = at;
  let i = at;
  while (i < lineEnd) {
    const name = bylineName(text, i);
    if (!name) break;
    names.push(name);
    end = i + name.length;
    i = end;
    while (i < lineEnd && /[ \t\u3000、，,]/u.test(text[i]!)) i++;
  }
  return { names, end };
}

/** The credit and its names found on one line before any clause of it, if any. */
function creditOn(text: string, lineStart: number, lineEnd: number): Byline | null {
  const line = text.slice(lineStart, lineEnd);
  CREDIT.lastIndex = 0;
  let found: Byline | null = null;
  for (let m = CREDIT.exec(line); m; m = CREDIT.exec(line)) {
    if (CLAUSE.test(line.slice(0, m.index))) break;
    const from = lineStart + m.index + m[0].length;
    const { names, end } = namesAfter(text, from, lineEnd);
    if (names.length === 0) continue;
    // 记者 张三 通讯员 李四: a second credit of the same byline extends it.
    found = found
      ? { start: found.start, end, names: [...found.names, ...names] }
      : { start: lineStart + m.index, end, names };
    CREDIT.lastIndex = end - lineStart;
  }
  return found;
}

/**
 * The byline standing before the article's first paragraph, or opening it; null when the
 * article has none. Offsets are into `text`.
 */
export function topByline(text: string): Byline | null {
  let at = 0;
  for (const raw of text.slice(0, SCAN_CHARS).split('\n')) {
    const lineStart = at;
    const lineEnd = at + raw.length;
    at = lineEnd + 1;
    // A layout dump's cell marks (| … |) and indentation are not the line's text.
    const lead = /^[\s|\u3000]*/u.exec(raw)![0].length;
    const line = raw.slice(lead);
    if (line.trim() === '') continue;
    const en = EN_BYLINE.exec(line.trim());
    if (en) return { start: lineStart + lead, end: lineEnd, names: [] };
    const credit = creditOn(text, lineStart + lead, lineEnd);
    if (credit) return credit;
    if (SENTENCE_END.test(line)) return null;
  }
  return null;
}
