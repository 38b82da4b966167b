// Packages that include this file from source need its ambient declaration too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../platform.d.ts" />

/**
 * The two-byte GBK (GB18030) codes, built once from the platform's own decoder and shared
 * by the GBK repairs: each character's code, and each code's character.
 */
type Tables = { codeOf: Uint16Array; charOf: Map<number, string> };

let tables: Tables | null = null;

function build(): Tables {
  if (tables) return tables;
  const decoder = new TextDecoder('gb18030');
  const codeOf = new Uint16Array(0x10000);
  const charOf = new Map<number, string>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length !== 1 || ch === '\ufffd') continue;
      const code = (lead << 8) | trail;
      charOf.set(code, ch);
      const unit = ch.charCodeAt(0);
      if (codeOf[unit] === 0) codeOf[unit] = code;
    }
  }
  tables = { codeOf, charOf };
  return tables;
}

/** The GBK code of the character (UTF-16 unit) at `index`, or 0 if it has none. */
export function gbkCodeAt(text: string, index: number): number {
  return index < text.length ? build().codeOf[text.charCodeAt(index)]! : 0;
}

/** The character a two-byte GBK code spells, if any. */
export function gbkCharOf(code: number): string | undefined {
  return build().charOf.get(code);
}
