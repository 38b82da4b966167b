import { setTimeout as sleep } from 'node:timers/promises';
import type { ImportFileOutcome, ImportReport, ProgressEvent } from '@winnow/contract';
import type { ImportOutcome, Store } from '@winnow/store';
import { expandPaths } from './files.ts';
import type { FoundFile } from './files.ts';
import { describe, prepare } from './prepare.ts';
import type { Prepared } from './prepare.ts';
import { PreparePool } from './preparePool.ts';
import { BATCH_BYTES, FIRST_BATCH_FILES, nextBatchFiles, writeInBulk } from './bulkWriting.ts';
import { cleaningOptionsOf } from '../cleaning/cleaningOptions.ts';

export { MAX_FILE_BYTES } from './prepare.ts';

/*
 * Files are stored in batches: one transaction each, so a kill loses at most one batch.
 * How large a batch is: bulkWriting.ts.
 */
/**
 * After each batch the import rests this fraction of the batch's time, so that another
 * process waiting for the lock (SQLite's busy handler retries every few to 100 ms) finds
 * it free; back to back, the next batch would take it again first.
 */
const REST_AFTER_BATCH = 0.25;

/**
 * Imports files as a recorded job. The same bytes are never stored twice (checked inside
 * the transaction, so two imports at once cannot both store a file), an import killed
 * half-way keeps its finished batches, and running it again completes it.
 */
export type ImportRun = {
  files: FoundFile[];
  /** Takes the next file's prepared result, in file order; the ms spent storing a batch. */
  accept(item: Prepared, index: number): number;
  finish(): ImportReport;
};

export function startImport(
  store: Store,
  paths: readonly string[],
  onProgress: (event: ProgressEvent) => void,
): ImportRun {
  const files = expandPaths(paths);
  const jobId = store.importJobs.create(paths, files.length);
  const outcomes: ImportFileOutcome[] = [];
  let batch: Prepared[] = [];
  let batchBytes = 0;
  let batchFiles = FIRST_BATCH_FILES;

  const storeOne = (item: Prepared, importedAt: string): ImportFileOutcome => {
    if ('outcome' in item)
      return { path: item.path, outcome: item.outcome, articleId: null, message: item.message };
    const known = store.sourceFiles.idBySha256(item.sha256);
    if (known !== null) {
      return {
        path: item.path,
        outcome: 'duplicate',
        articleId: store.articles.idBySourceFile(known),
        message: 'already in the corpus',
      };
    }
    const { article, cleaning } = item;
    const sourceFileId = store.sourceFiles.insert({
      sha256: item.sha256,
      path: item.path,
      sizeBytes: item.size,
      mediaType: article.mediaType,
      encoding: article.encoding,
      importedAt,
    });
    const articleId = store.articles.insertRows(
      {
        sourceFileId,
        importJobId: jobId,
        // The cleaner's headline: `winnow clean --json` shows the same one.
        title: cleaning.title,
        publishedAt: article.publishedAt,
        sourceName: article.sourceName,
        language: article.language,
        script: article.script,
        warnings: [...article.warnings, ...cleaning.warnings],
        importedAt,
      },
      item.rows,
    );
    store.edits.insertPipeline(articleId, cleaning.edits, cleaning.pipelineVersion);
    store.facts.insertRows(articleId, item.facts);
    return {
      path: item.path,
      outcome: 'imported',
      articleId,
      message: article.warnings.length > 0 ? article.warnings.join(' ') : null,
    };
  };

  /** The batch's outcomes, each file in a savepoint of its own or all in one go. */
  const storeBatch = (savepoints: boolean): ImportFileOutcome[] =>
    store.transaction(() => {
      const importedAt = new Date().toISOString();
      return batch.map((item) => {
        let outcome: ImportFileOutcome;
        if (!savepoints) outcome = storeOne(item, importedAt);
        else
          try {
            // A savepoint per file: one bad file does not undo the rest of its batch.
            outcome = store.transaction(() => storeOne(item, importedAt));
          } catch (error) {
            outcome = {
              path: item.path,
              outcome: 'failed',
              articleId: null,
              message: describe(error),
            };
          }
        store.importJobs.recordFile(
          jobId,
          outcome.path,
          outcome.outcome,
          outcome.articleId,
          outcome.message,
        );
        return outcome;
      });
    });

  const flush = (): number => {
    if (batch.length === 0) return 0;
    const began = performance.now();
    let stored: ImportFileOutcome[];
    try {
      // Without savepoints first: each page a file changes would be copied to the
      // savepoint's journal before it is (about 65 pages a file, written to a temporary
      // file once past 64 KB: most of the writing thread's system calls). Files hardly
      // ever fail here; when one does, the whole batch is undone and stored again with a
      // savepoint per file, so its outcomes and rows are the same as if it had had them.
      stored = storeBatch(false);
    } catch {
      stored = storeBatch(true);
    }
    outcomes.push(...stored);
    const ms = performance.now() - began;
    batchFiles = nextBatchFiles(batch.length, ms);
    batch = [];
    batchBytes = 0;
    return ms;
  };

  return {
    files,
    accept(item, index) {
      onProgress({
        type: 'progress',
        job: 'import',
        done: index,
        total: files.length,
        item: item.path,
      });
      batch.push(item);
      batchBytes += 'size' in item ? item.size : 0;
      return batch.length >= batchFiles || batchBytes >= BATCH_BYTES ? flush() : 0;
    },
    finish() {
      flush();
      // Many segments make a filtered search slow at every lookup; one merge pays once.
      store.articles.mergeSearchIndex();
      store.importJobs.finish(jobId);
      onProgress({
        type: 'progress',
        job: 'import',
        done: files.length,
        total: files.length,
        item: null,
      });
      const count = (outcome: ImportOutcome) =>
        outcomes.filter((o) => o.outcome === outcome).length;
      return {
        jobId,
        imported: count('imported'),
        duplicates: count('duplicate'),
        skipped: count('skipped'),
        failed: count('failed'),
        files: outcomes,
      };
    },
  };
}

/** The whole import on this thread: small imports (the samples) and single-core machines. */
export function importFilesHere(
  store: Store,
  paths: readonly string[],
  onProgress: (event: ProgressEvent) => void = () => {},
): ImportReport {
  const run = startImport(store, paths, onProgress);
  const options = cleaningOptionsOf(store);
  const restore = writeInBulk(store);
  try {
    run.files.forEach((file, index) => run.accept(prepare(file, options), index));
    return run.finish();
  } finally {
    restore();
  }
}

/**
 * Imports files as a recorded job, preparing them ahead on worker threads (a window at a
 * time) while this thread stores them in file order.
 */
export async function importFiles(
  store: Store,
  paths: readonly string[],
  onProgress: (event: ProgressEvent) => void = () => {},
): Promise<ImportReport> {
  const run = startImport(store, paths, onProgress);
  const options = cleaningOptionsOf(store);
  const pool = new PreparePool(run.files.length, options);
  const restore = writeInBulk(store);
  const ahead: Promise<Prepared>[] = [];
  try {
    if (!pool.parallel) {
      run.files.forEach((file, index) => run.accept(prepare(file, options), index));
      return run.finish();
    }
    for (let index = 0; index < run.files.length; index++) {
      while (ahead.length < pool.window && index + ahead.length < run.files.length)
        ahead.push(pool.prepare(run.files[index + ahead.length]!));
      let item: Prepared;
      try {
        item = await ahead.shift()!;
      } catch (error) {
        item = { path: run.files[index]!.path, outcome: 'failed', message: describe(error) };
      }
      const storing = run.accept(item, index);
      if (storing > 0) await sleep(storing * REST_AFTER_BATCH);
    }
    return run.finish();
  } finally {
    restore();
    await pool.close();
  }
}
