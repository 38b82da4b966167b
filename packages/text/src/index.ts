export { decodeBytes, normalizeLineEnds, UndecodableError } from './decode.ts';
export type { Decoded } from './decode.ts';
export { htmlToText, decodeEntities, looksLikeHtml } from './html.ts';
export { detectLanguage } from './detect.ts';
export { readArticle } from './read.ts';
export type { ReadArticle } from './read.ts';
export { foldForMatch } from './fold.ts';
export { searchableText, searchMatchExpression } from './search.ts';
