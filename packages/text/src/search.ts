import { foldForMatch, stringOfUnits } from './fold.ts';

const SPACE = 0x20;

/**
 * Winnow's full-text index is one FTS5 table (unicode61 tokenizer) fed with folded text in
 * which every run of CJK characters is written as its overlapping bigrams plus its last
 * character: 技术合作 → "技术 术合 合作 作". So:
 * - a 2-character query is one token lookup;
 * - a longer one is a phrase of its bigrams (adjacent tokens, in order);
 * - a 1-character query looks the character up in the row's `chars` column, which lists
 *   each CJK character of the row once (searchableChars);
 * - English and other space-separated words are ordinary tokens.
 * A trigram index cannot answer 1- and 2-character queries, and a unigram index makes
 * common Chinese characters very slow to match as phrases (measured in pnpm bench). The
 * `chars` column replaced a prefix index of one character (until migration 10), which held
 * every token a second time, English words included, and was almost half the index.
 */
const CJK_RUN =
  /(?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff])+/g;
const HAS_TOKEN = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is a CJK character of the BMP that the index lists. */
const isCjkUnit = (c: number) =>
  (c >= 0x3040 && c <= 0x30ff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0xf900 && c <= 0xfaff);

function bigrams(run: string): string[] {
  const chars = [...run];
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/**
 * The width of the CJK_RUN character at `i` of `text`: 1, 2 (a supplementary ideograph),
 * or 0 when it is none.
 */
function cjkWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isCjkUnit(c)) return 1;
  if (c >= 0xd840 && c <= 0xd87f) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 0;
}

/** Code units written by searchableText, grown when a longer text comes. */
let units = new Uint16Array(1 << 15);

/**
 * The folded text with every CJK run written as its bigrams and its last character,
 * between spaces. Written code unit by code unit into a buffer rather than by a replace
 * with a callback building each run from small strings: every article an import stores
 * goes through it, and the strings were most of the time (3 µs against 0.5 per CJK
 * character).
 */
export function searchableText(text: string): string {
  const folded = foldForMatch(text);
  // A CJK character becomes at most 3 units (BMP: itself twice and a space), a
  // supplementary one at most 5 for its 2; one space more opens each run.
  if (units.length < 3 * folded.length + 1) units = new Uint16Array(3 * folded.length + 1024);
  const out = units;
  let length = 0;
  let runs = false;
  const copy = (at: number, width: number) => {
    out[length++] = folded.charCodeAt(at);
    if (width === 2) out[length++] = folded.charCodeAt(at + 1);
  };
  let i = 0;
  while (i < folded.length) {
    let width = cjkWidth(folded, i);
    if (width === 0) {
      out[length++] = folded.charCodeAt(i++);
      continue;
    }
    runs = true;
    out[length++] = SPACE;
    let previous = i;
    let previousWidth = width;
    i += width;
    while ((width = cjkWidth(folded, i)) > 0) {
      copy(previous, previousWidth);
      copy(i, width);
      out[length++] = SPACE;
      previous = i;
      previousWidth = width;
      i += width;
    }
    copy(previous, previousWidth);
    out[length++] = SPACE;
  }
  return runs ? stringOfUnits(out, length) : folded;
}

/**
 * The `chars` column of a search row: each CJK character of its searchable texts (already
 * folded by searchableText) once, in the order first met — the BMP ranges of CJK_RUN and
 * the supplementary ideographs (high surrogates D840–D87F). Whether a character occurs is
 * all a 1-character query asks, so neither positions nor repeats are kept. A loop over
 * code units, not a regular expression: every import builds one per chunk, and the loop
 * makes no string for a character already listed (a fifth of the time).
 */
export function searchableChars(...searchable: string[]): string {
  const seen = new Uint8Array(0x10000);
  const pairs = new Set<string>();
  const chars: string[] = [];
  for (const text of searchable) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isCjkUnit(c)) {
        if (seen[c] === 0) {
          seen[c] = 1;
          chars.push(String.fromCharCode(c));
        }
      } else if (c >= 0xd840 && c <= 0xd87f) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          const pair = text.slice(i, i + 2);
          if (!pairs.has(pair)) {
            pairs.add(pair);
            chars.push(pair);
          }
          i++;
        }
      }
    }
  }
  return chars.join(' ');
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The FTS5 expressions for one whitespace-free chunk of a query: CJK runs and the rest. */
function chunkExpressions(chunk: string): string[] {
  const expressions: string[] = [];
  let last = 0;
  for (const match of chunk.matchAll(CJK_RUN)) {
    const before = chunk.slice(last, match.index);
    if (HAS_TOKEN.test(before)) expressions.push(quote(before));
    const run = match[0];
    expressions.push(
      [...run].length === 1 ? `chars : ${quote(run)}` : quote(bigrams(run).join(' ')),
    );
    last = match.index + run.length;
  }
  const rest = chunk.slice(last);
  if (HAS_TOKEN.test(rest)) expressions.push(quote(rest));
  return expressions;
}

/**
 * The FTS5 MATCH expression for what an editor typed, or null when it holds nothing to
 * search for. Every part is quoted (so FTS5 operators typed by the editor are just text)
 * and all parts must match.
 */
export function searchMatchExpression(query: string): string | null {
  const expressions = searchMatchParts(query);
  return expressions.length === 0 ? null : expressions.join(' AND ');
}

/**
 * The parts of searchMatchExpression, each of which an article must match somewhere (the
 * store indexes long articles in chunks, so the parts may match in different ones).
 */
export function searchMatchParts(query: string): string[] {
  return foldForMatch(query)
    .split(/\s+/)
    .flatMap((chunk) => chunkExpressions(chunk));
}
