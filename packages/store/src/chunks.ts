import { searchableText } from '@winnow/text/search';

/**
 * An article's cleaned text is stored, and indexed for search, in chunks of about
 * CHUNK_CHARS characters: accepting or reverting one edit rewrites and re-indexes the
 * chunk it falls in (and a neighbour), not the whole article. Most articles are one chunk.
 *
 * Each chunk's search row is `articleId * SEQ_LIMIT + seq`, so an article's rows are
 * adjacent and in article order (a search in import order still walks the index in order).
 * Chunks are numbered SEQ_STRIDE apart, leaving room to split one that a revert made large.
 */
export const CHUNK_CHARS = 8192;
export const SEQ_LIMIT = 4096;
export const SEQ_STRIDE = 16;
/** Chunks an article starts with at most: beyond that, each chunk is longer. */
const MAX_START_CHUNKS = SEQ_LIMIT / SEQ_STRIDE;
/**
 * Each chunk's search row also holds the next OVERLAP characters, so that a phrase that
 * runs across a chunk boundary is still found: queries are at most 200 characters.
 */
export const OVERLAP = 256;

export const searchRowid = (articleId: number, seq: number) => articleId * SEQ_LIMIT + seq;
export const articleOfRowid = (rowid: number) => Math.floor(rowid / SEQ_LIMIT);

/** Characters that make up a word the search index keeps whole (CJK is indexed by bigrams). */
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]/u;
// (Half of a surrogate pair is no letter either: WORD, with the u flag, never matches one.)
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch) && !CJK.test(ch);
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether a cut at `at` splits neither a word nor a surrogate pair. */
function cleanCut(text: string, at: number): boolean {
  if (isLowSurrogate(text.charCodeAt(at))) return false;
  return !(isWord(text[at - 1]) && isWord(text[at]));
}

/** Where a new chunk may start near `target`: a line break if one is close, else a clean cut. */
function cutNear(text: string, target: number): number {
  const newline = text.lastIndexOf('\n', target);
  if (newline >= 0 && target - newline < 1024) return newline + 1;
  for (let at = target; at > target - 256; at--) if (cleanCut(text, at)) return at;
  return isLowSurrogate(text.charCodeAt(target)) ? target + 1 : target;
}

/** The cleaned text cut into chunks (the first may be empty; none other is). */
export function splitIntoChunks(text: string, size = CHUNK_CHARS): string[] {
  const step = Math.max(size, Math.ceil(text.length / MAX_START_CHUNKS));
  const chunks: string[] = [];
  let from = 0;
  while (text.length - from > step) {
    const cut = cutNear(text, from + step);
    const end = cut > from ? cut : from + step;
    chunks.push(text.slice(from, end));
    from = end;
  }
  chunks.push(text.slice(from));
  return chunks;
}

/**
 * What a chunk's search row holds: its text without a word begun in the chunk before
 * (that chunk's row holds the whole word), then the next OVERLAP characters without a
 * word they would cut short — a piece of a word must not be found as a word.
 */
export function indexedBody(previous: string, text: string, following: string): string {
  let head = 0;
  if (isWord(previous.at(-1))) while (head < text.length && isWord(text[head])) head++;
  let tail = Math.min(OVERLAP, following.length);
  if (tail < following.length && isWord(following[tail]))
    while (tail > 0 && isWord(following[tail - 1])) tail--;
  return searchableText(text.slice(head) + following.slice(0, tail));
}
