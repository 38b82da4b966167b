// Packages that include this file from source need its ambient declaration too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../platform.d.ts" />
import { CONFIDENCE, RULE } from '@winnow/contract';
import { isCommonHan, isCommonHanCode } from '../commonHan.ts';
import { gbkCodeAt } from './gbkCodes.ts';
import type { RuleEdit } from './edits.ts';

/**
 * GBK byte-shift mojibake: a page stored as GBK/GB18030 lost (or gained) one byte, and
 * every two-byte character after it was decoded one byte out of step until an ASCII byte
 * re-aligned the stream. The result is a run of rare, unrelated characters.
 *
 * Repair: encode the run back to its GB18030 bytes, move one byte, decode again, and keep
 * the result only if it is far more plausible Chinese. Two bytes at the edges are often
 * recoverable: a full-width mark just before the run that an upstream tool narrowed to
 * ASCII (`:` for `：` = A3 BA) still carries the lost lead byte of the first character,
 * and an ASCII letter just after it can be the trail byte of the last one (`V` = 0x56).
 */

/** Full-width punctuation that width normalization turns into ASCII, as GB18030 codes. */
const WIDENED: Record<string, number> = {
  ':': 0xa3ba,
  ';': 0xa3bb,
  ',': 0xa3ac,
  '?': 0xa3bf,
  '!': 0xa3a1,
  '(': 0xa3a8,
  ')': 0xa3a9,
};

/**
 * Characters that real text hardly uses but GBK decoded out of step produces often:
 * private use, the replacement character, enclosed numbers (⒁), bopomofo (ㄓ).
 */
function isMojibakeSymbol(cp: number): boolean {
  return (
    (cp >= 0xe000 && cp <= 0xf8ff) ||
    cp === 0xfffd ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x3100 && cp <= 0x312f)
  );
}

/** Share of common characters among Han and mojibake symbols: near 1 for real text. */
function plausibility(text: string): number {
  let han = 0;
  let common = 0;
  let odd = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      han++;
      if (isCommonHan(ch)) common++;
    } else if (isMojibakeSymbol(cp)) {
      odd++;
    }
  }
  const total = han + odd;
  return total === 0 ? 0 : common / total;
}

// A replacement character is where the decoder gave up on a byte; the stream re-aligns there.
/** Share of characters GBK mojibake is made of: Han, private use, CJK symbols and forms. */
function cjkShare(text: string): number {
  let cjk = 0;
  let all = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    all++;
    if (
      (cp >= 0x3000 && cp <= 0x9fff) ||
      (cp >= 0xe000 && cp <= 0xf8ff) ||
      (cp >= 0xff00 && cp <= 0xffef) ||
      (cp >= 0x2460 && cp <= 0x24ff)
    )
      cjk++;
  }
  return all === 0 ? 0 : cjk / all;
}

/** Share of Han and private-use characters: mojibake from GBK is mostly these, Japanese is not. */
function hanShare(text: string): number {
  let han = 0;
  let all = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    all++;
    if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xe000 && cp <= 0xf8ff)) han++;
  }
  return all === 0 ? 0 : han / all;
}

let oddTable: Uint8Array | null = null;

/**
 * Per UTF-16 unit, whether it can make a run look damaged (./mayBeDamaged): a Han
 * character outside the common ones, or a mojibake symbol. A run with none of them reads
 * as plausible however it is cut, so it is passed over in the same scan that finds it.
 */
function oddUnits(): Uint8Array {
  if (oddTable) return oddTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if ((c >= 0x4e00 && c <= 0x9fff && !isCommonHanCode(c)) || isMojibakeSymbol(c)) table[c] = 1;
  oddTable = table;
  return table;
}

const strictGb18030 = new TextDecoder('gb18030', { fatal: true });

const lenientGb18030 = new TextDecoder('gb18030');

/**
 * The bytes read as GB18030, or null where they are not. The bytes a repair tries are the
 * bytes of two-byte codes and ASCII letters (0x40 and up): no four-byte sequence can form
 * from them, so a replacement character in a lenient reading marks exactly where a strict
 * one fails (checked on every one- and two-byte sequence). Most tries fail, and the
 * strict decoder's exception costs far more than the reading itself.
 */
function decodeStrict(bytes: number[]): string | null {
  const array = new Uint8Array(bytes);
  if (bytes.every((byte) => byte >= 0x40)) {
    const text = lenientGb18030.decode(array);
    return text.includes('\ufffd') ? null : text;
  }
  try {
    return strictGb18030.decode(array);
  } catch {
    return null;
  }
}

type Repair = { start: number; end: number; text: string; score: number; common: number };

function commonCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isCommonHan(ch)) n++;
  return n;
}

function repairRun(raw: string, start: number, end: number): Repair | null {
  const bytes: number[] = [];
  for (let i = start; i < end; i++) {
    const code = gbkCodeAt(raw, i);
    if (code === 0) return null;
    bytes.push(code >> 8, code & 0xff);
  }
  const before = raw[start - 1] ?? '';
  const after = raw[end] ?? '';
  const widened = WIDENED[before];
  const candidates: Repair[] = [];
  const tryBytes = (body: number[], from: number, to: number) => {
    let text = decodeStrict(body);
    // An odd byte left at the end lost its partner; the stream re-aligned after it.
    if (text === null && body.length % 2 === 1) text = decodeStrict(body.slice(0, -1));
    if (text === null) return;
    candidates.push({
      start: from,
      end: to,
      text,
      score: plausibility(text),
      common: commonCount(text),
    });
  };
  const shifted = bytes.slice(1);
  const trail = after.charCodeAt(0);
  const withTrail = trail >= 0x40 && trail <= 0x7e ? [...shifted, trail] : null;
  tryBytes(shifted, start, end);
  if (withTrail) tryBytes(withTrail, start, end + 1);
  if (widened !== undefined) {
    const lead = [widened & 0xff, ...bytes];
    tryBytes(lead, start - 1, end);
    if (withTrail) tryBytes([...lead, trail], start - 1, end + 1);
  }
  // Nearly equal scores: the candidate that re-aligns more of the text wins.
  candidates.sort((a, b) =>
    Math.abs(b.score - a.score) < 0.12 ? b.end - b.start - (a.end - a.start) : b.score - a.score,
  );
  return candidates[0] ?? null;
}

/**
 * Whether any ending of the run (four characters or more) reads as implausible: one
 * backward scan without allocation, so ordinary runs of Chinese cost almost nothing.
 */
function mayBeDamaged(raw: string, from: number, to: number): boolean {
  let common = 0;
  let counted = 0;
  for (let i = to - 1, length = 1; i >= from; i--, length++) {
    const c = raw.charCodeAt(i);
    const han = c >= 0x4e00 && c <= 0x9fff;
    if (han) {
      counted++;
      if (isCommonHanCode(c)) common++;
    } else if (isMojibakeSymbol(c)) {
      counted++;
    }
    if (length >= 4 && counted > 0 && common <= counted * 0.3) return true;
  }
  return false;
}

/**
 * Where the damage may start inside a run of non-ASCII text (UTF-16 offsets): anywhere the
 * rest of the run reads as implausible. It runs to the end of the run, where an ASCII byte
 * re-aligned the stream.
 */
function damageStarts(run: string): number[] {
  const chars = [...run];
  // Suffix counts, built once from the end: every suffix's plausibility in linear time
  // (long runs of real Chinese are common, and must stay cheap).
  const common = new Int32Array(chars.length + 1);
  const counted = new Int32Array(chars.length + 1);
  for (let k = chars.length - 1; k >= 0; k--) {
    const ch = chars[k] ?? '';
    const cp = ch.codePointAt(0) ?? 0;
    const han = cp >= 0x4e00 && cp <= 0x9fff;
    const odd = isMojibakeSymbol(cp);
    common[k] = (common[k + 1] ?? 0) + (han && isCommonHan(ch) ? 1 : 0);
    counted[k] = (counted[k + 1] ?? 0) + (han || odd ? 1 : 0);
  }
  const starts: number[] = [];
  let offset = 0;
  for (let k = 0; k + 4 <= chars.length && starts.length < 8; k++) {
    const total = counted[k] ?? 0;
    if (total > 0 && (common[k] ?? 0) / total <= 0.3) starts.push(offset);
    offset += chars[k]?.length ?? 1;
  }
  return starts;
}

/**
 * Runs of four or more characters outside ASCII (the replacement character ends a run:
 * the decoder gave up on a byte there) that hold a character that may be damage. A plain
 * scan rather than a regular expression: V8's backtracking stack overflows on a greedy
 * repetition over millions of characters.
 */
export function gbkShiftEdits(raw: string): RuleEdit[] {
  const edits: RuleEdit[] = [];
  const odd = oddUnits();
  let start = -1;
  let suspect = false;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 0;
    if (c > 0x7f && c !== 0xfffd) {
      if (start < 0) {
        start = i;
        suspect = false;
      }
      if (odd[c] === 1) suspect = true;
      continue;
    }
    if (start >= 0 && suspect && i - start >= 4) {
      const edit = repairEdit(raw, { index: start, end: i });
      if (edit) edits.push(edit);
    }
    start = -1;
  }
  return edits;
}

function repairEdit(raw: string, match: { index: number; end: number }): RuleEdit | null {
  // Most runs are plain Chinese: read them in place, and cut one out only if it may be damaged.
  if (!mayBeDamaged(raw, match.index, match.end)) return null;
  const run = raw.slice(match.index, match.end);
  // Correct characters can precede the damage (the byte was lost mid-sentence): try
  // each place it could start, and keep the most plausible re-alignment.
  // Cyrillic, Greek or Latin words are encodable in GB18030 too, and can re-align into
  // common characters: only runs that look like GBK mojibake are considered.
  if (cjkShare(run) < 0.8 || hanShare(run) < 0.6) return null;
  const tried = damageStarts(run)
    .map((offset) => ({
      offset,
      repair: repairRun(raw, match.index + offset, match.index + run.length),
    }))
    .filter((t): t is { offset: number; repair: Repair } => t.repair !== null);
  // The re-alignment that recovers the most common characters, then the most plausible:
  // covering more only wins when what it adds reads as Chinese.
  const chosen = tried.sort(
    (a, b) =>
      b.repair.common - a.repair.common ||
      b.repair.score - a.repair.score ||
      // Otherwise the smaller change: correct text before the damage stays untouched.
      a.repair.end - a.repair.start - (b.repair.end - b.repair.start),
  )[0];
  const repair = chosen?.repair ?? null;
  const original = chosen ? plausibility(run.slice(chosen.offset)) : 1;
  // A thousand common characters is a coarse model: real names and titles look rare
  // too. A repair must read as mostly common Han; to be applied without asking, the run
  // must also be long and almost entirely implausible before.
  if (!repair || repair.common < 3 || repair.score < 0.6 || repair.score < original + 0.3)
    return null;
  if (hanShare(repair.text) < 0.9) return null;
  const sure = repair.score >= 0.75 && original <= 0.15 && [...repair.text].length >= 6;
  return {
    start: repair.start,
    end: repair.end,
    replacement: repair.text,
    rule: RULE.repairGbkShift,
    reason: sure
      ? `These characters are GBK text decoded one byte out of step; re-aligned they read "${repair.text}".`
      : `These characters look like GBK text decoded one byte out of step; re-aligned they might read "${repair.text}" — check before accepting.`,
    confidence: sure ? CONFIDENCE.repairGbkShift : 0.5,
  };
}
