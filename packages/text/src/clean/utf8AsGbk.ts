import { CONFIDENCE, RULE } from '@winnow/contract';
import { isCommonHan } from '../commonHan.ts';
import type { RuleEdit } from './edits.ts';
import { gbkCodeAt } from './gbkCodes.ts';

/**
 * UTF-8 read as GBK (`鍗庝负` for `华为`): every two bytes of the UTF-8 became one GBK
 * character, so three Chinese characters show as four or five odd ones. Encoding the run
 * back to GBK and reading the bytes as UTF-8 undoes it. Real Chinese text almost never
 * encodes to valid UTF-8 (a GBK character's first byte is rarely a UTF-8 lead byte
 * followed by two continuation bytes), and the repair is kept only when the result is
 * plainly more common Chinese than the run.
 */

function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han++;
      if (isCommonHan(ch)) common++;
    }
  }
  return han === 0 ? 0 : common / han;
}

const isContinuation = (byte: number) => byte >= 0x80 && byte <= 0xbf;

/**
 * The longest stretch from `from` whose GBK bytes read as Chinese UTF-8: three-byte
 * characters one after another, cut to an even number of them so that it ends on a GBK
 * character boundary too (two UTF-8 characters = three GBK ones).
 */
function longestRepair(raw: string, from: number): { to: number; text: string } | null {
  const byteAt = (k: number) => {
    const code = gbkCodeAt(raw, from + (k >> 1));
    if (code === 0) return -1;
    return k % 2 === 0 ? code >> 8 : code & 0xff;
  };
  let text = '';
  let k = 0;
  for (;;) {
    const lead = byteAt(k);
    const second = byteAt(k + 1);
    const third = byteAt(k + 2);
    if (lead < 0xe3 || lead > 0xef || !isContinuation(second) || !isContinuation(third)) break;
    text += String.fromCharCode(((lead & 0x0f) << 12) | ((second & 0x3f) << 6) | (third & 0x3f));
    k += 3;
  }
  const chars = text.length - (text.length % 2);
  if (chars < 2) return null;
  text = text.slice(0, chars);
  if (!/^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+$/u.test(text)) return null;
  return { to: from + (chars * 3) / 2, text };
}

let startTable: Uint8Array | null = null;

/**
 * Per UTF-16 unit, whether its GBK code can start a repair: a UTF-8 Chinese character
 * (U+3000 and up) starts with E3–EF, its second byte is a continuation byte. Built once,
 * so the scan over every character of every article is one lookup each.
 */
function repairStarts(): Uint8Array {
  if (startTable) return startTable;
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    const code = gbkCodeAt(String.fromCharCode(unit), 0);
    const lead = code >> 8;
    if (lead >= 0xe3 && lead <= 0xef && isContinuation(code & 0xff)) table[unit] = 1;
  }
  startTable = table;
  return table;
}

export function utf8AsGbkEdits(raw: string): RuleEdit[] {
  const edits: RuleEdit[] = [];
  const starts = repairStarts();
  let i = 0;
  while (i < raw.length) {
    // So is this GBK character made, or no repair starts here.
    const found = starts[raw.charCodeAt(i)] === 1 ? longestRepair(raw, i) : null;
    if (!found) {
      i++;
      continue;
    }
    const damaged = raw.slice(i, found.to);
    const gain = commonShare(found.text) - commonShare(damaged);
    if (commonShare(found.text) >= 0.8 && gain >= 0.3) {
      edits.push({
        start: i,
        end: found.to,
        replacement: found.text,
        rule: RULE.repairUtf8AsGbk,
        reason: `"${damaged}" is UTF-8 text read as GBK; read as UTF-8 it is "${found.text}".`,
        confidence: found.text.length >= 4 ? CONFIDENCE.repairUtf8AsGbk : 0.85,
      });
      i = found.to;
    } else i++;
  }
  return edits;
}
