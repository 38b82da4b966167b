// Packages that include this file from source need its ambient declaration too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./opencc.d.ts" />
import tsCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Folding makes text that an editor would call "the same" compare equal: traditional and
 * simplified characters (OpenCC's character table), full- and half-width forms (NFKC),
 * and letter case. It is for matching only — never shown, never stored as the article.
 */
let traditionalToSimplified: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (traditionalToSimplified) return traditionalToSimplified;
  const map = new Map<string, string>();
  for (const entry of tsCharacters.split('|')) {
    const [traditional, simplified] = entry.split(' ');
    // A character with several simplified forms folds to the first, the common one.
    if (
      traditional &&
      simplified &&
      [...traditional].length === 1 &&
      [...simplified].length === 1
    ) {
      map.set(traditional, simplified);
    }
  }
  traditionalToSimplified = map;
  return map;
}

/** Where a BMP character's simplified form is kept in HAN_BMP: in the map (an astral one). */
const IN_MAP = 0xffff;
/**
 * The folding of the Han characters of the BMP (the ranges of foldForMatch's), by code:
 * 0 for none, IN_MAP when the map must be asked. A look-up per character without making a
 * string of it: an import folds every article's text, and the map look-up it replaced (a
 * regular expression calling back for each Han character) was most of the folding's time.
 */
let hanBmp: Uint16Array | null = null;

const isHanBmp = (c: number) =>
  (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

function bmpTable(): Uint16Array {
  if (hanBmp) return hanBmp;
  const codes = new Uint16Array(0x10000);
  for (const [traditional, simplified] of table()) {
    if (traditional.length !== 1 || !isHanBmp(traditional.charCodeAt(0))) continue;
    codes[traditional.charCodeAt(0)] = simplified.length === 1 ? simplified.charCodeAt(0) : IN_MAP;
  }
  hanBmp = codes;
  return codes;
}

/** The simplified form of one traditional character, or the character itself. */
export function simplifiedOf(ch: string): string {
  return table().get(ch) ?? ch;
}

/** Units of folded text, grown when a longer text comes. */
let folding = new Uint16Array(1 << 15);

/** Strict, so that a lone surrogate fails instead of becoming U+FFFD; a BOM is kept. */
const utf16 = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
/** Whether a Uint16Array's bytes are little-endian here, as the decoder reads them. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of the first `length` code units of `units`, lone surrogates and all: decoded
 * (a few times faster than String.fromCharCode), and where a lone surrogate makes that
 * fail, character by character.
 */
export function stringOfUnits(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN)
    try {
      return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, 2 * length));
    } catch {
      // A lone surrogate: character by character below.
    }
  const STEP = 8192;
  const parts: string[] = [];
  for (let from = 0; from < length; from += STEP) {
    const part = units.subarray(from, Math.min(length, from + STEP));
    parts.push(String.fromCharCode.apply(null, part as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Every Han character — the BMP ranges above and the supplementary ideographs (a high
 * surrogate D840–D87F and a low one) — replaced by its simplified form where it has one.
 * The text is copied into a buffer of code units only once a character changes.
 */
function foldHan(text: string): string {
  const map = table();
  const codes = bmpTable();
  // A simplified form is one character: at most 2 units, as many as a character it replaces.
  let out: Uint16Array | null = null;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let simplified: string | undefined;
    let width = 1;
    if (c < 0x3400) {
      // (Below every Han range.)
    } else if (isHanBmp(c)) {
      const code = codes[c]!;
      if (code !== 0 && code !== IN_MAP) {
        if (!out) [out, length] = [begin(text, i), i];
        out[length++] = code;
        continue;
      }
      if (code === IN_MAP) simplified = map.get(text[i]!);
    } else if (c >= 0xd840 && c <= 0xd87f) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        simplified = map.get(text.slice(i, i + 2));
        width = 2;
      }
    }
    if (simplified !== undefined) {
      if (!out) [out, length] = [begin(text, i), i];
      for (let k = 0; k < simplified.length; k++) out[length++] = simplified.charCodeAt(k);
    } else if (out) {
      out[length++] = c;
      if (width === 2) out[length++] = text.charCodeAt(i + 1);
    }
    i += width - 1;
  }
  return out ? stringOfUnits(out, length) : text;
}

/** The folding buffer, holding the first `upTo` units of `text`. */
function begin(text: string, upTo: number): Uint16Array {
  if (folding.length < 2 * text.length) folding = new Uint16Array(2 * text.length + 1024);
  for (let k = 0; k < upTo; k++) folding[k] = text.charCodeAt(k);
  return folding;
}

export function foldForMatch(text: string): string {
  return foldHan(text.normalize('NFKC').toLowerCase());
}
