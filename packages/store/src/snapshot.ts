import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';

/**
 * Consistent reads across connections. A read transaction sees the corpus as it was when
 * its first read ran, whatever is written meanwhile (WAL mode). Several connections on
 * several threads see one and the same state when each begins its read while writers are
 * held off — for the few milliseconds that takes.
 */

/** Begins a read transaction on `db` and fixes its view of the corpus now. */
export function beginSnapshot(db: Database): void {
  db.exec('BEGIN');
  // The view is fixed by the first read, not by BEGIN.
  db.prepare('SELECT count(*) FROM corpus_meta').get();
}

export function endSnapshot(db: Database): void {
  if (db.inTransaction) db.exec('COMMIT');
}

/** How long to wait for a writer (an import's batch, say) to finish before holding writes. */
const LOCK_WAIT_MS = 30_000;

/**
 * Holds the corpus's write lock until `release`: writers wait (their busy timeout covers
 * it), readers are not affected. Used while connections on other threads begin their
 * snapshots, so that all of them see the same corpus.
 */
export function holdWrites(path: string): { release(): void } {
  const lock = new BetterSqlite3(path, { timeout: LOCK_WAIT_MS });
  try {
    lock.exec('BEGIN IMMEDIATE');
  } catch (error) {
    lock.close();
    throw error;
  }
  return {
    release() {
      if (!lock.open) return;
      try {
        lock.exec('ROLLBACK');
      } finally {
        lock.close();
      }
    },
  };
}
