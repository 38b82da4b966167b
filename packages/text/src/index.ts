export { decodeBytes, normalizeLineEnds, UndecodableError } from './decode.ts';
export type { Decoded } from './decode.ts';
export { htmlToText, decodeEntities, looksLikeHtml } from './html.ts';
export { detectLanguage } from './detect.ts';
export { readArticle } from './read.ts';
export { extractMainContent } from './extract.ts';
export type { ReadArticle } from './read.ts';
export { foldForMatch, simplifiedOf } from './fold.ts';
export { searchableText, searchMatchExpression } from './search.ts';
export { changedRegion } from './changedRegion.ts';
export type { ChangedRegion } from './changedRegion.ts';
export { liftMetadata, htmlMetadata } from './metadata.ts';
export type { LiftedMetadata } from './metadata.ts';
export * from './clean/index.ts';
export {
  NO_TEXT_WARNING,
  NO_ARTICLE_WARNING,
  CLEANED_AWAY_WARNING,
  isCleaningWarning,
} from './emptyArticle.ts';
export { pageHeadline } from './headline.ts';
export type { PageTitles } from './headline.ts';
