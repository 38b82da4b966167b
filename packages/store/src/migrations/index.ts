import type { Database } from 'better-sqlite3';
import { migrate0001Articles } from './0001_articles.ts';
import { migrate0002ReviewModel } from './0002_review_model.ts';
import { migrate0003FactEvidence } from './0003_fact_evidence.ts';
import { migrate0004ReviewedOrder } from './0004_reviewed_order.ts';
import { migrate0005BundleFragments } from './0005_bundle_fragments.ts';
import { migrate0006CleanedChunks } from './0006_cleaned_chunks.ts';
import { migrate0007FactShift } from './0007_fact_shift.ts';
import { migrate0008FactContext } from './0008_fact_context.ts';
import { migrate0009DeflatedTexts } from './0009_deflated_texts.ts';
import { migrate0010LeanIndexAndFactWords } from './0010_lean_index_and_fact_words.ts';
import { migrate0011EditIdsNeverReused } from './0011_edit_ids_never_reused.ts';

/** `vacuum`: the migration frees much of the file; it is compacted after the last one runs. */
export type Migration = {
  version: number;
  name: string;
  up: (db: Database) => void;
  vacuum?: boolean;
};

/**
 * Every schema change ever shipped, in order. Never edit a shipped migration: add the
 * next one. `version` is what `PRAGMA user_version` holds after it has run.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'articles', up: migrate0001Articles },
  { version: 2, name: 'review model', up: migrate0002ReviewModel },
  { version: 3, name: 'fact evidence', up: migrate0003FactEvidence },
  { version: 4, name: 'settled articles in title and date order', up: migrate0004ReviewedOrder },
  { version: 5, name: 'bundle fragments', up: migrate0005BundleFragments },
  { version: 6, name: 'cleaned text in chunks', up: migrate0006CleanedChunks },
  { version: 7, name: 'moved facts forget fragments once', up: migrate0007FactShift },
  { version: 8, name: 'fact context read from the text', up: migrate0008FactContext },
  { version: 9, name: 'texts deflated', up: migrate0009DeflatedTexts, vacuum: true },
  {
    version: 10,
    name: 'search chars listed once, fact words stored once',
    up: migrate0010LeanIndexAndFactWords,
    vacuum: true,
  },
  { version: 11, name: 'edit ids never reused', up: migrate0011EditIdsNeverReused },
];

export const latestVersion = migrations.at(-1)?.version ?? 0;
