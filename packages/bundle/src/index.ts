export { jsonlLine, parseJsonl } from './jsonl.ts';
export type { JsonlProblem } from './jsonl.ts';
export { BUNDLE_FILES, entryNameProblem } from './names.ts';
export type { BundleFile } from './names.ts';
export { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './format.ts';
export { ManifestSchema, parseManifest, SelectionSchema } from './manifest.ts';
export type { Manifest, Selection } from './manifest.ts';
export {
  ArticleFactSchema,
  ArticleRecordSchema,
  ArticleRecordSchemaV1,
  ArticleRecordSchemaV3,
  DecisionSchema,
  DecisionSchemaV3,
  editOrigin,
  FactLineSchema,
  FactLineSchemaV2,
  TagsSchema,
} from './records.ts';
export type {
  ArticleFact,
  ArticleRecord,
  DecisionRecord,
  DecisionRecordV3,
  EditRecord,
  FactLine,
  TagRecord,
} from './records.ts';
export type { BundleArticle } from './lines.ts';
export {
  ANNOTATION_COLLECTION_CLOSING,
  annotationCollectionOpening,
  factAnnotation,
} from './annotations.ts';
export { csvHeader, factCsvRow, FACT_COLUMNS, CSV_BOM } from './csv.ts';
export { articleMarkdown, markdownFileName } from './markdown.ts';
export { claimReview } from './claimReview.ts';
export { articleFact, articleLine, factLine } from './lines.ts';
export type { FactKeys } from './lines.ts';
