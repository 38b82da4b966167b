export { codePointIndex, codePointToUtf16, utf16ToCodePoint } from './offsets.ts';
export { parseChineseNumber } from './numerals/chinese.ts';
export { extractFacts, EXTRACTOR_VERSION, CONTEXT_CHARS } from './extract.ts';
export { topByline } from './extract/byline.ts';
export type { Byline } from './extract/byline.ts';
export type { ExtractedFact, ExtractOptions, FoundFact, Qualifier } from './types.ts';
export { reanchor, changedRegion, findQuote, similarity } from './anchor.ts';
export type { Anchor, Reanchored } from './anchor.ts';
export { corroborationKey, topicKey } from './corroboration.ts';
