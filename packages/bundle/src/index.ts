export { jsonlLine, parseJsonl } from './jsonl.ts';
export type { JsonlProblem } from './jsonl.ts';
export { BUNDLE_FILES, entryNameProblem } from './names.ts';
export type { BundleFile } from './names.ts';
export {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  ManifestSchema,
  parseManifest,
  SelectionSchema,
} from './manifest.ts';
export type { Manifest, Selection } from './manifest.ts';
export {
  ArticleRecordSchema,
  DecisionSchema,
  FactLineSchema,
  factLine,
  TagsSchema,
} from './records.ts';
export type { ArticleRecord, DecisionRecord, TagRecord } from './records.ts';
export {
  ANNOTATION_COLLECTION_CLOSING,
  annotationCollectionOpening,
  factAnnotation,
} from './annotations.ts';
export { csvHeader, factCsvRow, FACT_COLUMNS, CSV_BOM } from './csv.ts';
export { articleMarkdown, markdownFileName } from './markdown.ts';
export { claimReview } from './claimReview.ts';
