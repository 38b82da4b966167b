import type { Database } from 'better-sqlite3';
import { openDatabase } from './open.ts';
import type { OpenOptions } from './open.ts';
import { articleRepository } from './repositories/articles.ts';
import { corpusMetaRepository } from './repositories/corpusMeta.ts';
import { sourceFileRepository } from './repositories/sourceFiles.ts';

/** The corpus on disk: one SQLite file, its repositories, and a unit-of-work helper. */
export type Store = {
  readonly path: string;
  readonly db: Database;
  readonly sourceFiles: ReturnType<typeof sourceFileRepository>;
  readonly articles: ReturnType<typeof articleRepository>;
  readonly meta: ReturnType<typeof corpusMetaRepository>;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: () => T): T;
  close(): void;
};

export function openStore(path: string, options: OpenOptions = {}): Store {
  const db = openDatabase(path, options);
  return {
    path,
    db,
    sourceFiles: sourceFileRepository(db),
    articles: articleRepository(db),
    meta: corpusMetaRepository(db),
    transaction: (work) => db.transaction(work)(),
    close: () => db.close(),
  };
}
