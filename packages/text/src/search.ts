import { foldForMatch } from './fold.ts';

/**
 * Winnow's full-text index is one FTS5 table with the unicode61 tokenizer, fed with folded
 * text in which every CJK character stands alone as a token. A Chinese query of any length
 * becomes a phrase of adjacent characters — so 1- and 2-character queries work, which a
 * trigram index cannot do — and English words are ordinary tokens.
 */
const CJK =
  /([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff])/g;
const HAS_TOKEN = /[\p{L}\p{N}]/u;

export function searchableText(text: string): string {
  return foldForMatch(text).replace(CJK, ' $1 ');
}

/**
 * The FTS5 MATCH expression for what an editor typed, or null when it holds nothing to
 * search for. Every word becomes a quoted phrase (so FTS5 operators typed by the editor
 * are just text); all must match.
 */
export function searchMatchExpression(query: string): string | null {
  const phrases = foldForMatch(query)
    .split(/\s+/)
    .filter((chunk) => HAS_TOKEN.test(chunk))
    .map((chunk) => `"${chunk.replace(CJK, ' $1 ').trim().replace(/"/g, '""')}"`);
  return phrases.length === 0 ? null : phrases.join(' AND ');
}
