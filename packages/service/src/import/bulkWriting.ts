import type { Store } from '@winnow/store';

/*
 * How an import writes: in batches that hold the write lock for a bounded time, on a
 * connection set up for many writes in a row. Measured on 10,000 generated articles with
 * the files prepared beforehand and only their storing timed: the writing thread's CPU fell from
 * 12.5 to 9.7 s with both settings below and batches of 64, its time from 23 to 17 s (one
 * run each, at a load of 5 from other work).
 */

/**
 * A batch holds the corpus's write lock while it is stored, so it is sized by time: about
 * BATCH_MS, which keeps an editor's decision on another desk waiting briefly (tens of
 * milliseconds), from BATCH_FILES_MIN files — the first batch's size — to BATCH_FILES_MAX.
 * Each commit has a cost of its own (the search index writes a new segment, every index
 * page the batch touched goes to the WAL), so where files store quickly more of them share
 * one commit; on a loaded machine batches shrink again.
 */
const BATCH_MS = 50;
const BATCH_FILES_MIN = 16;
const BATCH_FILES_MAX = 256;
export const BATCH_BYTES = 2 * 1024 * 1024;

/** The files the next batch holds, after one of `files` files took `ms` to store. */
export function nextBatchFiles(files: number, ms: number): number {
  if (files === 0 || ms <= 0) return BATCH_FILES_MAX;
  const fit = Math.floor((BATCH_MS * files) / ms);
  return Math.min(BATCH_FILES_MAX, Math.max(BATCH_FILES_MIN, fit));
}
export const FIRST_BATCH_FILES = BATCH_FILES_MIN;

/**
 * SQLite's page cache of the import's connection (KiB): the default 2 MB is smaller than
 * what one batch touches (the source files' hash index is read at random, the search index
 * merges its segments), and pages it drops are read back from the file.
 */
const IMPORT_CACHE_KIB = 64 * 1024;
/**
 * Pages the WAL may hold before a commit copies them into the database (the default is
 * 1,000): an index page rewritten by many batches is copied once instead of once per few
 * batches, and the copies' fsyncs are fewer. The WAL is as durable as before (a crash keeps
 * every committed batch); it grows to about 64 MB during an import and is checkpointed at
 * the first commit after it, as always.
 */
const IMPORT_AUTOCHECKPOINT_PAGES = 16_384;

/**
 * Where SQLite keeps its temporary files, statement journals among them: in memory. Every
 * insert with a foreign key, a trigger or several rows keeps a copy of each page it
 * changes until it ends, and once one statement of a transaction (a search index flush)
 * has copied more than 64 KB, the rest of that transaction's copies go to a temporary file,
 * two system calls a page: strace of a 3k import counted 270,000 such writes, a quarter of
 * the writing thread's time in the kernel. A statement's copies are a few pages, or a few
 * MB for a flush.
 */
const IMPORT_TEMP_STORE = 'MEMORY';

/**
 * The connections set up for imports, with how many imports use each and what to put back:
 * two imports may overlap on one connection (winnow serve runs them side by side), and the
 * first to end must neither take the settings from the other nor leave its own for good.
 */
const inBulk = new WeakMap<
  Store,
  { imports: number; cache: number; autocheckpoint: number; tempStore: number }
>();

/** Sets the connection up for an import; the returned function puts it back. */
export function writeInBulk(store: Store): () => void {
  const db = store.db;
  const held = inBulk.get(store);
  if (held) held.imports++;
  else {
    inBulk.set(store, {
      imports: 1,
      cache: db.pragma('cache_size', { simple: true }) as number,
      autocheckpoint: db.pragma('wal_autocheckpoint', { simple: true }) as number,
      tempStore: db.pragma('temp_store', { simple: true }) as number,
    });
    db.pragma(`temp_store = ${IMPORT_TEMP_STORE}`);
    db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
    db.pragma(`wal_autocheckpoint = ${IMPORT_AUTOCHECKPOINT_PAGES}`);
  }
  let restored = false;
  return () => {
    const setting = inBulk.get(store);
    if (restored || !setting) return;
    restored = true;
    if (--setting.imports > 0) return;
    inBulk.delete(store);
    db.pragma(`cache_size = ${setting.cache}`);
    db.pragma(`wal_autocheckpoint = ${setting.autocheckpoint}`);
    db.pragma(`temp_store = ${setting.tempStore}`);
  };
}
