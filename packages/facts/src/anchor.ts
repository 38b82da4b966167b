import { changedRegion } from '@winnow/text/changedRegion';
import type { ChangedRegion } from '@winnow/text/changedRegion';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals/chinese.ts';

/**
 * Re-anchoring: when the cleaned text changes (an editor's edit, a re-clean), every fact
 * must point at its evidence again, or say that it cannot. In order:
 *   1. position — the change is mapped onto the old offsets; if the quote is still there,
 *      that is the anchor;
 *   2. quote — every exact occurrence of the quote, scored by how well the text around it
 *      matches the stored prefix and suffix (and, on a tie, nearness to the old place);
 *   3. fuzzy — the best window near the old place whose characters match the quote closely
 *      enough (an editor fixed a typo inside it);
 *   otherwise the fact is an orphan: kept, shown to the editor, never silently moved.
 */
export { changedRegion };

export type Anchor = { quote: string; start: number; end: number; prefix: string; suffix: string };

export type Reanchored =
  | { method: 'position' | 'quote' | 'fuzzy'; start: number; end: number; quote: string }
  | { method: 'orphan' };

/** How alike two strings must be (bigram Dice) for a fuzzy anchor. */
const FUZZY_MIN = 0.75;
/** Characters of matching context an exact quote needs once its position is lost. */
const CONTEXT_NEEDED = 6;
/** Summed similarity of the eight characters either side a fuzzy anchor needs. */
const CONTEXT_FUZZY_MIN = 0.5;

/** Maps an offset in the old text into the new one, through the changed region. */
function mapOffset(offset: number, region: ChangedRegion, side: 'start' | 'end') {
  if (offset <= region.start) return offset;
  if (offset >= region.oldEnd) return offset + (region.newEnd - region.oldEnd);
  // Inside the change: pin to its edge, the quote check below decides.
  return side === 'start' ? region.start : region.newEnd;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const left = bigrams(a);
  let shared = 0;
  for (const [pair, count] of bigrams(b)) shared += Math.min(count, left.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/**
 * `region` is `changedRegion(before, after)`: finding it reads both texts, so a caller
 * re-anchoring many facts on the same change passes it once rather than per fact.
 */
export function reanchor(
  anchor: Anchor,
  before: string,
  after: string,
  region: ChangedRegion = changedRegion(before, after),
): Reanchored {
  const { quote } = anchor;
  // 1. Position
  const start = mapOffset(anchor.start, region, 'start');
  const end = mapOffset(anchor.end, region, 'end');
  if (end - start === quote.length && after.slice(start, end) === quote)
    return { method: 'position', start, end, quote };

  // 2. Quote, with its context
  const found = findQuote(anchor, after, start);
  if (found) return { method: 'quote', ...found, quote };

  // 3. Fuzzy: windows of about the quote's length around the old place, then everywhere.
  const fuzzy = fuzzyFind(anchor, after, start);
  if (fuzzy) return { method: 'fuzzy', ...fuzzy };
  return { method: 'orphan' };
}

/**
 * The exact occurrence of the anchor's quote in `text` whose surroundings agree with its
 * prefix and suffix (at least a few characters of them); context decides, and nearness to
 * `near` only breaks a tie. Null when no occurrence has that context.
 */
export function findQuote(
  anchor: Anchor,
  text: string,
  near: number,
): { start: number; end: number } | null {
  const { quote } = anchor;
  let best: { start: number; score: number } | null = null;
  const needed = Math.min(CONTEXT_NEEDED, anchor.prefix.length + anchor.suffix.length);
  if (quote.length === 0) return null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const prefix = commonSuffixLength(
      anchor.prefix,
      text.slice(Math.max(0, at - anchor.prefix.length), at),
    );
    const suffix = commonPrefixLength(
      anchor.suffix,
      text.slice(at + quote.length, at + quote.length + anchor.suffix.length),
    );
    // The same words elsewhere are only this fact if the text around them agrees.
    if (prefix + suffix < needed) continue;
    const score = prefix + suffix - Math.abs(at - near) / (text.length + 1);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best && { start: best.start, end: best.start + quote.length };
}

/** A run of digits, or of the characters Chinese numerals are written with. */
const FIGURE = new RegExp(`\\d+|[${CHINESE_NUMERAL_CHARS}零〇两兩]+`, 'gu');

/**
 * The figures a stretch of text holds, full-width digits read as ASCII ones and Chinese
 * numerals by their value (十二 is 12; a run that is no number, as in 一些, stays as
 * written). A fuzzy anchor may differ from its quote in a character or two — a typo
 * fixed, a word inserted, a script converted — never in a figure: "增长12%" found in
 * "增长13%", or 十二 in 十三, is another fact's evidence, and an approved fact would
 * silently quote it.
 */
function figuresOf(text: string): string {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return (ascii.match(FIGURE) ?? [])
    .map((run) => (/^\d+$/.test(run) ? run : String(parseChineseNumber(run) ?? run)))
    .join(' ');
}

function fuzzyFind(anchor: Anchor, text: string, near: number) {
  const { quote } = anchor;
  if (quote.length < 2) return null;
  const figures = figuresOf(quote);
  const slack = Math.max(2, Math.ceil(quote.length * 0.3));
  const radius = Math.max(200, quote.length * 4);
  let best: { start: number; end: number; score: number } | null = null;
  const from = Math.max(0, near - radius);
  const to = Math.min(text.length, near + radius);
  for (let at = from; at < to; at++) {
    for (let length = quote.length - slack; length <= quote.length + slack; length++) {
      if (length < 2 || at + length > text.length) continue;
      const score = similarity(quote, text.slice(at, at + length));
      if (score < FUZZY_MIN || (best && score <= best.score)) continue;
      if (figuresOf(text.slice(at, at + length)) !== figures) continue;
      // Like exact quotes elsewhere, a look-alike counts only if its surroundings agree.
      const around =
        similarity(anchor.prefix.slice(-8), text.slice(Math.max(0, at - 8), at)) +
        similarity(anchor.suffix.slice(0, 8), text.slice(at + length, at + length + 8));
      if (around >= CONTEXT_FUZZY_MIN || anchor.prefix.length + anchor.suffix.length === 0)
        best = { start: at, end: at + length, score };
    }
  }
  return best
    ? { start: best.start, end: best.end, quote: text.slice(best.start, best.end) }
    : null;
}
