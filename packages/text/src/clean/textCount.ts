/**
 * Counting a line's words and punctuation in one pass over its characters, for the line's
 * shape (./lineShape.ts): long lines of prose are most of a page, so each is read once.
 */

export const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
/** A letter or digit of a word (not Han, not space, not punctuation or symbols). */
function isWordChar(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xff10 && c <= 0xff5a)
    return (c <= 0xff19 || c >= 0xff21) && (c <= 0xff3a || c >= 0xff41);
  return (
    c >= 0xc0 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    !(c >= 0xfe30 && c <= 0xff65) &&
    c !== 0xd7 &&
    c !== 0xf7
  );
}

/** Characters the shape's other tests look for, noted in the same pass (a bit each). */
export const MARK = {
  /** `【` or `[`: maybe a row of bracketed controls. */
  bracket: 1,
  /** `|` or `｜`: maybe a row of cells. */
  bar: 2,
  /** `·`, `•` or a tab: maybe menu items set apart. */
  dot: 4,
  /** Three spaces in a row: maybe w3m's columns. */
  gap: 8,
  /** `:`: maybe a time stamp. */
  colon: 16,
  /** `—` or `--`: maybe a quotation's attribution. */
  dash: 32,
} as const;

/** What each UTF-16 unit is to the count, looked up rather than tested (lines of prose are most of a page). */
const HAN = 1;
const WORD = 2;
/** Neither Han nor a word's: nothing to count or note. */
const PLAIN = 3;
/** A character the count or a mark looks at (0: the other units outside words). */
const NOTED = [
  0x3002, 0xff01, 0xff1f, 0xff1b, 0x21, 0x3f, 0x3b, 0x2e, 0xff0c, 0x3001, 0x2c, 0xff1a, 0x3a, 0x20,
  0x3010, 0x5b, 0x7c, 0xff5c, 0xb7, 0x2022, 0x09, 0x2014, 0x2d,
];
const KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) KINDS[c] = isHan(c) ? HAN : isWordChar(c) ? WORD : PLAIN;
for (const c of NOTED) if (KINDS[c] === PLAIN) KINDS[c] = 0;

/** `han`: how many of the tokens are Han characters (the rest are words of a spaced script or numbers). */
type Counted = { tokens: number; han: number; stops: number; commas: number; marks: number };

/**
 * Words, sentence stops and commas in one pass (the patterns TOKEN, STOP, COMMA, counted
 * fast), and which of the characters in MARK occur, so that no other test scans a long line
 * of prose again for a bar or a bracket it does not hold.
 */
export function countText(text: string): Counted {
  let tokens = 0;
  let han = 0;
  let stops = 0;
  let commas = 0;
  let marks = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = KINDS[c]!;
    if (kind === HAN) {
      tokens++;
      han++;
      inWord = false;
    } else if (kind === WORD) {
      if (!inWord) tokens++;
      inWord = true;
    } else if (kind === PLAIN) {
      inWord = false;
    } else {
      inWord = false;
      // 。！？；!?;  and a full stop before a space, a quote or the end.
      if (
        c === 0x3002 ||
        c === 0xff01 ||
        c === 0xff1f ||
        c === 0xff1b ||
        c === 0x21 ||
        c === 0x3f ||
        c === 0x3b
      )
        stops++;
      else if (c === 0x2e) {
        const next = text.charCodeAt(i + 1);
        if (
          Number.isNaN(next) ||
          next === 0x20 ||
          next === 0x22 ||
          next === 0x201d ||
          next === 0x2019 ||
          next === 0x29 ||
          next === 0xff09 ||
          next === 0x0a ||
          next === 0x09
        )
          stops++;
      } else if (c === 0xff0c || c === 0x3001 || c === 0x2c || c === 0xff1a || c === 0x3a) {
        commas++;
        if (c === 0x3a) marks |= MARK.colon;
      } else if (c === 0x20) {
        if (i >= 2 && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i - 2) === 0x20)
          marks |= MARK.gap;
      } else if (c === 0x3010 || c === 0x5b) marks |= MARK.bracket;
      else if (c === 0x7c || c === 0xff5c) marks |= MARK.bar;
      else if (c === 0xb7 || c === 0x2022 || c === 0x09) marks |= MARK.dot;
      else if (c === 0x2014 || (c === 0x2d && text.charCodeAt(i + 1) === 0x2d)) marks |= MARK.dash;
    }
  }
  return { tokens, han, stops, commas, marks };
}
