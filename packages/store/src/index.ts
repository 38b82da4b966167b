export { openStore } from './store.ts';
export type { Store } from './store.ts';
export { openDatabase, DatabaseFromFutureError, backupBeforeMigration, damageOf } from './open.ts';
export type { Damage } from './open.ts';
export { checkOnOpen, newestBackup, FULL_CHECK_BYTES } from './integrity.ts';
export { migrations, latestVersion } from './migrations/index.ts';
export { checkCorpus } from './doctor.ts';
export { beginSnapshot, endSnapshot, holdWrites } from './snapshot.ts';
export type { CorpusCheck, CorpusProblem } from './doctor.ts';
export type {
  ArticleRow,
  ArticleSummaryRow,
  ArticleFilter,
  ArticleSort,
  ArticleCursor,
  ArticleFields,
} from './repositories/articles.ts';
export { COUNT_CAP, SEARCH_COUNT_CAP } from './repositories/articles.ts';
export type { FactRow, FactStatus, NewFact, RelatedFactRow } from './repositories/facts.ts';
export type { ArticleRows, ChunkRow, FactRowToStore } from './articleRows.ts';
export { RELATED_LIMIT } from './repositories/facts.ts';
export type { RawReader } from './repositories/rawText.ts';
export type { EditRow, EditSpan, EditState, NewEdit } from './repositories/edits.ts';
export type { DecisionRow, TargetType } from './repositories/decisions.ts';
export type { TagRow } from './repositories/tags.ts';
export type { BundleFragment } from './repositories/bundleFragments.ts';
export type { ImportOutcome } from './repositories/importJobs.ts';
export { StorageError, storageErrorOf } from './storageErrors.ts';
export { forgetFactWords } from './repositories/factWords.ts';
export type { StorageKind } from './storageErrors.ts';
