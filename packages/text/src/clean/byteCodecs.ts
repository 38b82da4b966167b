// Packages that include this file from source need its ambient declaration too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../platform.d.ts" />

/**
 * The single-byte code pages that UTF-8 is most often mis-read as, each as a map from a
 * character back to the byte it was decoded from. Reading UTF-8 through one of these
 * turns every multi-byte character into two to four characters (`é` → `Ã©`); mapping
 * them back to bytes and reading those as UTF-8 undoes it.
 */
export type ByteCodec = {
  name: string;
  /** Byte of every character of the code page at 0x80 and above. */
  byteOf: ReadonlyMap<string, number>;
  /**
   * Windows-1252 (with Latin-1) is by far the most common mis-reading: its repairs need
   * less evidence than the others'.
   */
  usual: boolean;
};

/**
 * IBM code page 437 (DOS), above 0x7F. TextDecoder does not know it; console tools and
 * old databases still produce it.
 */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * Windows-1252 at 0x80–0x9F (the rest is Latin-1). Written out because Node's TextDecoder
 * reads "windows-1252" as plain Latin-1; the five undefined bytes stay C1 controls.
 */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** What a C1 control character (Latin-1's reading of 0x80–0x9F) meant in Windows-1252. */
export function windows1252Punctuation(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0x80 && code <= 0x9f ? CP1252_C1[code - 0x80]! : ch;
}

function windows1252(): Map<string, number> {
  const map = new Map<string, number>();
  [...CP1252_C1].forEach((ch, i) => map.set(ch, 0x80 + i));
  for (let byte = 0xa0; byte <= 0xff; byte++) map.set(String.fromCharCode(byte), byte);
  return map;
}

function fromDecoder(label: string): Map<string, number> {
  const decoder = new TextDecoder(label);
  const map = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const ch = decoder.decode(new Uint8Array([byte]));
    if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, byte);
  }
  return map;
}

function codec(name: string, byteOf: Map<string, number>, usual = false): ByteCodec {
  // A "sloppy" reading keeps the bytes a code page leaves undefined as the C1 control
  // characters of the same number (Latin-1 does so for all of 0x80–0x9F): map them back.
  for (let byte = 0x80; byte <= 0x9f; byte++) {
    const ch = String.fromCharCode(byte);
    if (!byteOf.has(ch)) byteOf.set(ch, byte);
  }
  return { name, byteOf, usual };
}

let codecs: ByteCodec[] | null = null;

/** In order of how often each is the culprit; ties in evidence go to the earlier one. */
export function byteCodecs(): readonly ByteCodec[] {
  if (codecs) return codecs;
  const cp437 = new Map<string, number>();
  [...CP437_HIGH].forEach((ch, i) => cp437.set(ch, 0x80 + i));
  codecs = [
    codec('Windows-1252', windows1252(), true),
    codec('Windows-1250', fromDecoder('windows-1250')),
    codec('Windows-1251', fromDecoder('windows-1251')),
    codec('ISO-8859-2', fromDecoder('iso-8859-2')),
    codec('Windows-1257', fromDecoder('windows-1257')),
    codec('Mac OS Roman', fromDecoder('macintosh')),
    codec('IBM 437', cp437),
  ];
  return codecs;
}
