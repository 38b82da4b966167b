import type { LineShape } from './lineShape.ts';

/**
 * A second copy of the story at the end of its run, laid out anew: the page's hidden or
 * "read more" copy, or its data for sharing, where the paragraphs run together into one and
 * wrap elsewhere, so no line repeats a line above it (repeatedCopy.ts compares lines). Read
 * as words: from a line of prose to the run's end, nearly every run of a few words was said
 * already in the run above it, and there is a good share of the run's words. The first such
 * line opens the copy (and whatever furniture it repeats with it).
 */
const GRAM = 6;
/** The share of the copy's word runs the story above must hold. */
const SAID = 0.95;
/** The least share of the run's words a copy holds, and the least it holds at all. */
const SHARE = 0.25;
const LEAST_WORDS = 40;
/** How many times the story's length its copies after it may run to. */
const COPIES = 2.5;
/** The characters of the run's end looked for earlier in it. */
const ENDING = 24;
/** Where else in a copy's reach text is looked for earlier: shares of the run from its end. */
const WINDOWS = [0.05, 0.1, 0.15];

/**
 * The run of GRAM word numbers at `j` as one safe integer: two independent 26-bit mixes of
 * the numbers, side by side. Two different runs sharing a key (about one chance in 2^52 per
 * pair) would count as said before; the share of runs said before (SAID) tolerates that.
 */
function gramKey(coded: readonly number[], j: number): number {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let k = j; k < j + GRAM; k++) {
    const id = coded[k]!;
    a = Math.imul(a ^ id, 0x01000193);
    b = Math.imul(b + id, 0xc2b2ae35) ^ (b >>> 15);
  }
  return (a >>> 6) * 0x4000000 + (b >>> 6);
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Each BMP code point's class, found once: 1 Han, 2 a letter, digit or mark, 3 neither. */
const classes = new Uint8Array(0x10000);
function classOf(code: number): number {
  if (code > 0xffff) {
    const ch = String.fromCodePoint(code);
    return HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 3;
  }
  let known = classes[code]!;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    known = classes[code] = HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 3;
  }
  return known;
}
/** Word numbers past every code point: a Han character's number is its code point. */
const WORD_IDS = 0x110000;

/**
 * The words of `text` as a reader counts them, as numbers pushed onto `out`: a Han
 * character each (its code point), else each run of letters, digits and marks (a run that
 * starts on another letter takes the Han characters after it, as /\p{Script=Han}|[\p{L}
 * \p{N}\p{M}]+/gu does), numbered by `ids`. Read character by character: the regular
 * expression's string for every Han character of a long text was most of this rule's time.
 */
export function pushWords(text: string, ids: Map<string, number>, out: number[]): void {
  const n = text.length;
  let j = 0;
  while (j < n) {
    const code = text.codePointAt(j)!;
    const kind = classOf(code);
    const width = code > 0xffff ? 2 : 1;
    if (kind === 1) out.push(code);
    if (kind !== 2) {
      j += width;
      continue;
    }
    let k = j + width;
    while (k < n) {
      const next = text.codePointAt(k)!;
      if (classOf(next) === 3) break;
      k += next > 0xffff ? 2 : 1;
    }
    const word = text.slice(j, k);
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = WORD_IDS + ids.size));
    out.push(id);
    j = k;
  }
}

/** The first line of a copy of the story at the end of the run, or null. */
export function copiedTail(
  shapes: readonly LineShape[],
  values: readonly number[],
  run: { first: number; last: number },
): number | null {
  // A copy ends as the story does: where the run's last characters (its spaces aside, which
  // a new layout moves) were never shown before, there is none; most pages end here.
  const lines: string[] = [];
  for (let i = run.first; i <= run.last; i++) lines.push(shapes[i]!.text);
  const squashed = lines.join('').replace(/\s+/g, '');
  const ending = squashed.slice(-ENDING);
  if (ending.length < ENDING || squashed.indexOf(ending) === squashed.length - ENDING) return null;
  // A copy holds at least a quarter of the run: text a little way back from the end is in
  // it too, and was said before as well. Most pages that merely close on a phrase they used
  // earlier (a sign-off, a refrain) stop here, before their words are counted.
  let inside = 0;
  for (const back of WINDOWS) {
    const at = squashed.length - Math.floor(squashed.length * back);
    const window = squashed.slice(at, at + ENDING);
    if (window.length === ENDING && squashed.indexOf(window) < at) inside++;
  }
  if (inside < WINDOWS.length - 1) return null;
  // The run's words as numbers (each distinct word one number), each with the line it
  // stands on.
  const coded: number[] = [];
  const lineOf: number[] = [];
  const ids = new Map<string, number>();
  for (let i = run.first; i <= run.last; i++) {
    pushWords(shapes[i]!.text.toLowerCase(), ids, coded);
    while (lineOf.length < coded.length) lineOf.push(i);
  }
  const grams = Math.max(0, coded.length - GRAM + 1);
  if (coded.length < LEAST_WORDS / SHARE) return null;
  // Where each run of words is first said; then, for any point k, how many runs from k on
  // were said before it: those first said before k, less the k runs before k (each of
  // which was first said no later than where it stands).
  // A run of words is known by its words' numbers put together into one number below
  // 2^53: a string of six words per run, made and hashed for every position of a long
  // text, was a third of all cleaning time.
  const first = new Map<number, number>();
  const before = new Array<number>(grams + 1).fill(0);
  for (let j = 0; j < grams; j++) {
    const key = gramKey(coded, j);
    const at = first.get(key) ?? j;
    if (at === j) first.set(key, j);
    before[at + 1]!++;
  }
  for (let k = 1; k <= grams; k++) before[k]! += before[k - 1]!;
  let k = 0;
  for (let i = run.first; i <= run.last && k < grams; i++) {
    if (!shapes[i]!.blank && (values[i] ?? 0) > 0 && lineOf[k] === i) {
      const rest = coded.length - k;
      if (rest < LEAST_WORDS || rest < coded.length * SHARE) return null;
      // The copies are no longer than twice the story (a hidden copy and a shared one, with
      // their furniture): a text far longer than what it repeats comes round again and
      // again (a refrain, a generated report), and stays.
      if (before[k]! - k >= (grams - k) * SAID) return rest <= k * COPIES ? i : null;
    }
    while (k < grams && lineOf[k] === i) k++;
  }
  return null;
}
