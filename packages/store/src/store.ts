import type { Database } from 'better-sqlite3';
import { damageOf, openDatabase } from './open.ts';
import type { Damage, OpenOptions } from './open.ts';
import { articleRepository } from './repositories/articles.ts';
import { bundleFragmentRepository } from './repositories/bundleFragments.ts';
import { corpusMetaRepository } from './repositories/corpusMeta.ts';
import { decisionRepository } from './repositories/decisions.ts';
import { editRepository } from './repositories/edits.ts';
import { factRepository } from './repositories/facts.ts';
import { forgetFactWords } from './repositories/factWords.ts';
import { importJobRepository } from './repositories/importJobs.ts';
import { reviewRepository } from './repositories/review.ts';
import { sourceFileRepository } from './repositories/sourceFiles.ts';
import { tagRepository } from './repositories/tags.ts';

/** The corpus on disk: one SQLite file, a repository per entity, and a unit-of-work helper. */
export type Store = {
  readonly path: string;
  readonly db: Database;
  /** Found when opened: the corpus is then open read-only (see integrity.ts). */
  readonly damage: Damage | null;
  readonly sourceFiles: ReturnType<typeof sourceFileRepository>;
  readonly articles: ReturnType<typeof articleRepository>;
  readonly edits: ReturnType<typeof editRepository>;
  readonly facts: ReturnType<typeof factRepository>;
  readonly tags: ReturnType<typeof tagRepository>;
  readonly decisions: ReturnType<typeof decisionRepository>;
  readonly importJobs: ReturnType<typeof importJobRepository>;
  readonly meta: ReturnType<typeof corpusMetaRepository>;
  readonly review: ReturnType<typeof reviewRepository>;
  /** Each article's share of a bundle, kept for the next export. */
  readonly bundleFragments: ReturnType<typeof bundleFragmentRepository>;
  /**
   * Runs `work` in one transaction: all of it is stored, or none. The write lock is taken
   * first (BEGIN IMMEDIATE), waiting for other connections as long as the busy timeout
   * allows: a deferred transaction that reads and then writes fails at once ("database is
   * locked") when another connection wrote since its read, whatever the timeout. Inside
   * another transaction it is a savepoint.
   */
  transaction<T>(work: () => T): T;
  close(): void;
};

export function openStore(path: string, options: OpenOptions = {}): Store {
  const db = openDatabase(path, options);
  return {
    path,
    db,
    damage: damageOf(db),
    sourceFiles: sourceFileRepository(db),
    articles: articleRepository(db),
    edits: editRepository(db),
    facts: factRepository(db),
    tags: tagRepository(db),
    decisions: decisionRepository(db),
    importJobs: importJobRepository(db),
    meta: corpusMetaRepository(db),
    review: reviewRepository(db),
    bundleFragments: bundleFragmentRepository(db),
    transaction: (work) => {
      try {
        return db.transaction(work).immediate();
      } catch (error) {
        // Rolled back: fact words stored inside it may be handed out again (factWords.ts).
        forgetFactWords(db);
        throw error;
      }
    },
    close: () => db.close(),
  };
}
