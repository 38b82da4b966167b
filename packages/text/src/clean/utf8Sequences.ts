import type { ByteCodec } from './byteCodecs.ts';

/** A stretch of text that, mapped back to bytes, is one UTF-8 character. */
export type Sequence = {
  from: number;
  to: number;
  /** The character the bytes spell (U+FFFD when one of them was lost). */
  text: string;
  bytes: number;
  /** A byte was already lost (U+FFFD or `?` in its place). */
  lossy: boolean;
  /** `?` stands for one of the bytes. */
  question: boolean;
  /** A plain space stands for a no-break space (byte A0) that a tool narrowed. */
  spaced: boolean;
};

const LOST = -1;

function byteOf(codec: ByteCodec, ch: string | undefined): number | undefined {
  if (ch === undefined) return undefined;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code;
  if (ch === '\ufffd') return LOST;
  return codec.byteOf.get(ch);
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte === LOST || (byte >= 0x80 && byte <= 0xbf));
}

/** The allowed range of a sequence's second byte (UTF-8's rules against overlong forms). */
function secondByteFits(lead: number, second: number, allowSurrogates: boolean): boolean {
  if (second === LOST) return true;
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return allowSurrogates || second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}

/** Decodes one sequence at `at` (its lead byte already known to be `lead`). */
function readOne(text: string, at: number, codec: ByteCodec, lead: number): Sequence | null {
  const length = lead <= 0xdf ? 2 : lead <= 0xef ? 3 : 4;
  const bytes = [lead];
  let question = false;
  let spaced = false;
  for (let k = 1; k < length; k++) {
    const ch = text[at + k];
    // A tool that could not show a byte may have written `?` for it, and a no-break
    // space (A0) is often turned into a plain one: one such stand-in per sequence.
    if (ch === '?' && !question && !spaced) {
      question = true;
      bytes.push(LOST);
      continue;
    }
    if (ch === ' ' && !question && !spaced) {
      spaced = true;
      bytes.push(0xa0);
      continue;
    }
    const byte = byteOf(codec, ch);
    if (!isContinuation(byte)) return null;
    bytes.push(byte!);
  }
  if (!secondByteFits(lead, bytes[1]!, true)) return null;
  const lossy = bytes.includes(LOST);
  const base = { from: at, to: at + length, bytes: length, lossy, question, spaced };
  if (lossy) {
    // Three- and four-byte sequences need at least two real bytes to be recognised.
    if (length > 2 && bytes.filter((b) => b !== LOST).length < 2) return null;
    return { ...base, text: '\ufffd' };
  }
  let cp = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (const byte of bytes.slice(1)) cp = (cp << 6) | (byte & 0x3f);
  return { ...base, text: String.fromCodePoint(cp) };
}

/**
 * Every UTF-8 sequence in `text` read through `codec`, left to right. CESU-8 (a
 * surrogate pair written as two three-byte sequences) becomes the one character it
 * spells; a lone surrogate is no character.
 */
export function readSequences(text: string, codec: ByteCodec): Sequence[] {
  const found: Sequence[] = [];
  let i = 0;
  while (i < text.length) {
    const lead = byteOf(codec, text[i]);
    if (lead === undefined || lead < 0xc2 || lead > 0xf4) {
      i++;
      continue;
    }
    const one = readOne(text, i, codec, lead);
    if (one && !one.lossy) {
      const cp = one.text.codePointAt(0)!;
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const low = cp <= 0xdbff ? readOne(text, one.to, codec, 0xed) : null;
        const lowCp = low && !low.lossy ? low.text.charCodeAt(0) : 0;
        if (byteOf(codec, text[one.to]) === 0xed && lowCp >= 0xdc00 && lowCp <= 0xdfff) {
          found.push({
            ...one,
            to: low!.to,
            text: String.fromCharCode(cp, lowCp),
            bytes: 4,
          });
          i = low!.to;
        } else i++;
        continue;
      }
    }
    if (one) {
      found.push(one);
      i = one.to;
      continue;
    }
    i++;
  }
  return found;
}
