// Packages that include this file from source need its ambient declaration too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./platform.d.ts" />
import { COMMON_HAN } from './commonHan.ts';

/**
 * Bytes → text. The encoding is detected from the bytes and recorded, never guessed
 * silently: when the bytes could be read more than one way, the caller gets a warning
 * to show the editor.
 */
export type Decoded = {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  /** false when another encoding read the bytes almost as well. */
  confident: boolean;
  warnings: string[];
};

export class UndecodableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UndecodableError';
  }
}

function hanScore(text: string): { han: number; common: number } {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      han++;
      if (COMMON_HAN.has(ch)) common++;
    }
  }
  return { han, common };
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A file with NULs or many control bytes outside UTF-16 is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** UTF-16 without a BOM: ASCII-range text leaves a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return { text, encoding: 'utf-8', confident: true, warnings: [] };
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      confident: false,
      warnings: [
        'The file starts with a UTF-8 byte-order mark but has invalid UTF-8 bytes; they were replaced with �.',
      ],
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16(bytes.subarray(2), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16(bytes.subarray(2), 'utf-16be');
  }
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return utf16(bytes, sniffed);
  if (looksBinary(bytes)) {
    throw new UndecodableError(
      'this looks like a binary file, not text (it contains NUL or control bytes)',
    );
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', confident: true, warnings: [] };
  const cut = truncatedUtf8(bytes);
  if (cut !== null) return cut;
  return decodeLegacyChinese(bytes);
}

const CUT_OFF =
  'The file ends in the middle of a character (it was probably cut off); the broken end was replaced with �.';

/** Valid UTF-8 up to a final character that was cut off: still UTF-8, with a warning. */
function truncatedUtf8(bytes: Uint8Array): Decoded | null {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut] ?? 0;
    if (lead < 0xc0) continue; // a continuation byte: the sequence started earlier
    const head = tryDecode(bytes.subarray(0, bytes.length - cut), 'utf-8');
    if (head === null) return null;
    return { text: `${head}\ufffd`, encoding: 'utf-8', confident: true, warnings: [CUT_OFF] };
  }
  return null;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const text = tryDecode(bytes, encoding);
  if (text !== null) return { text, encoding, confident: true, warnings: [] };
  return {
    text: new TextDecoder(encoding).decode(bytes),
    encoding,
    confident: false,
    warnings: [
      `The file is ${encoding.toUpperCase()} but is truncated or damaged; broken characters were replaced with �.`,
    ],
  };
}

/**
 * Not UTF-8: GB18030 (a superset of GBK and GB2312) or Big5. Both read almost any byte
 * sequence without error, so the choice is made by how much of the result is common
 * Chinese.
 */
function decodeLegacyChinese(bytes: Uint8Array): Decoded {
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => {
      // A file cut after the first byte of a two-byte character is still that encoding.
      let text = tryDecode(bytes, encoding);
      let cutOff = false;
      if (text === null && bytes.length > 1 && (bytes[bytes.length - 1] ?? 0) >= 0x81) {
        const head = tryDecode(bytes.subarray(0, bytes.length - 1), encoding);
        if (head !== null) {
          text = `${head}\ufffd`;
          cutOff = true;
        }
      }
      const score = text === null ? { han: 0, common: 0 } : hanScore(text);
      return {
        encoding,
        text,
        cutOff,
        ratio: score.han === 0 ? 0 : score.common / score.han,
        han: score.han,
      };
    })
    .sort((a, b) => b.ratio - a.ratio);
  const best = candidates[0];
  const second = candidates[1];
  if (
    best?.text != null &&
    best.ratio > 0.25 &&
    (second === undefined || best.ratio > second.ratio * 1.5)
  ) {
    const warnings = best.cutOff ? [CUT_OFF] : [];
    return { text: best.text, encoding: best.encoding, confident: true, warnings };
  }
  // Nothing reads cleanly: keep the most plausible reading, with the damage visible.
  const encoding = best && best.ratio > 0 ? best.encoding : 'gb18030';
  const text = new TextDecoder(encoding).decode(bytes);
  return {
    text,
    encoding,
    confident: false,
    warnings: [
      `The encoding could not be determined with confidence; the file was read as ${encoding.toUpperCase()}. Check the text for garbled characters.`,
    ],
  };
}

/** CRLF and lone CR become LF, so offsets mean the same on every platform. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
