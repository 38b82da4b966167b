/**
 * What writing an export needs, without the schemas that reading a bundle checks against:
 * an export thread loads this, not a validator.
 */
export { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './format.ts';
export { jsonlLine } from './jsonl.ts';
export { shareTexts, writeShares } from './shareTexts.ts';
export type { ShareSink } from './shareTexts.ts';
export {
  ANNOTATION_COLLECTION_CLOSING,
  annotationCollectionOpening,
  annotationAt,
  annotationJson,
  articleFact,
  articleLine,
  articleLineWith,
  factAnnotation,
  factAnnotationJson,
  factLine,
} from './lines.ts';
export type { AnnotatedFact, FactKeys, ListedFact } from './lines.ts';
export { csvHeader, factCsvRow, FACT_COLUMNS, CSV_BOM } from './csv.ts';
export { articleMarkdown, markdownFileName } from './markdown.ts';
export { claimReview } from './claimReview.ts';
