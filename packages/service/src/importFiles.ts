import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportFileOutcome, ImportReport, ProgressEvent } from '@winnow/contract';
import type { ImportOutcome, Store } from '@winnow/store';
import { extractFacts } from '@winnow/facts';
import type { ExtractedFact } from '@winnow/facts';
import { cleanArticle, readArticle, UndecodableError } from '@winnow/text';
import type { CleanedArticle } from '@winnow/text';
import type { ReadArticle } from '@winnow/text';
import { storeFacts } from './facts.ts';
import { expandPaths } from './files.ts';

/** Larger files are refused: no news article is this big, and reading one would stall the desk. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Files are stored in batches: one transaction each, so a kill loses at most one batch. */
const BATCH_FILES = 64;
const BATCH_BYTES = 8 * 1024 * 1024;

type Prepared =
  | {
      path: string;
      sha256: string;
      size: number;
      article: ReadArticle;
      cleaning: CleanedArticle;
      facts: ExtractedFact[];
    }
  | { path: string; outcome: ImportOutcome; message: string };

function describe(error: unknown): string {
  if (error instanceof UndecodableError) return error.message;
  const code =
    error instanceof Error && 'code' in error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

/** Reading, hashing and decoding happen outside the write transaction. */
function prepare(file: ReturnType<typeof expandPaths>[number]): Prepared {
  if ('missing' in file)
    return { path: file.path, outcome: 'failed', message: 'no such file or folder' };
  if (!file.importable)
    return { path: file.path, outcome: 'skipped', message: 'not a .txt or .html file' };
  try {
    // The size is checked before reading, so a huge file costs nothing.
    const size = statSync(file.path).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(0);
      const limit = MAX_FILE_BYTES / 1024 / 1024;
      return {
        path: file.path,
        outcome: 'failed',
        message: `the file is ${mb} MB; Winnow reads articles up to ${limit} MB`,
      };
    }
    if (size === 0) return { path: file.path, outcome: 'failed', message: 'the file is empty' };
    const bytes = readFileSync(file.path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const article = readArticle(bytes, basename(file.path));
    const cleaning = cleanArticle(article.raw, { mainText: article.mainText });
    // Facts come from the cleaned text only: nothing the cleaner removed is read.
    const facts = extractFacts(cleaning.cleaned, { publishedAt: article.publishedAt });
    return { path: file.path, sha256, size: bytes.length, article, cleaning, facts };
  } catch (error) {
    return { path: file.path, outcome: 'failed', message: describe(error) };
  }
}

/**
 * Imports files as a recorded job. The same bytes are never stored twice (checked inside
 * the transaction, so two imports at once cannot both store a file), an import killed
 * half-way keeps its finished batches, and running it again completes it.
 */
export function importFiles(
  store: Store,
  paths: readonly string[],
  onProgress: (event: ProgressEvent) => void = () => {},
): ImportReport {
  const files = expandPaths(paths);
  const jobId = store.importJobs.create(paths, files.length);
  const outcomes: ImportFileOutcome[] = [];
  let batch: Prepared[] = [];
  let batchBytes = 0;

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
    const articleId = store.articles.insert({
      sourceFileId,
      importJobId: jobId,
      // A page's own <title> is the better headline; for text, the cleaned first line.
      title: article.mediaType === 'text/html' ? (article.title ?? cleaning.title) : cleaning.title,
      publishedAt: article.publishedAt,
      sourceName: article.sourceName,
      language: article.language,
      script: article.script,
      raw: article.raw,
      cleaned: cleaning.cleaned,
      warnings: article.warnings,
      importedAt,
    });
    for (const edit of cleaning.edits) {
      store.edits.insert({
        articleId,
        start: edit.start,
        end: edit.end,
        replacement: edit.replacement,
        rule: edit.rule,
        reason: edit.reason,
        confidence: edit.confidence,
        state: edit.state,
        origin: 'pipeline',
        pipelineVersion: cleaning.pipelineVersion,
      });
    }
    storeFacts(store, articleId, item.facts);
    return {
      path: item.path,
      outcome: 'imported',
      articleId,
      message: article.warnings.length > 0 ? article.warnings.join(' ') : null,
    };
  };

  const flush = () => {
    if (batch.length === 0) return;
    const importedAt = new Date().toISOString();
    const stored = store.transaction(() =>
      batch.map((item) => {
        let outcome: ImportFileOutcome;
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
      }),
    );
    outcomes.push(...stored);
    batch = [];
    batchBytes = 0;
  };

  files.forEach((file, index) => {
    onProgress({
      type: 'progress',
      job: 'import',
      done: index,
      total: files.length,
      item: file.path,
    });
    const item = prepare(file);
    batch.push(item);
    batchBytes += 'size' in item ? item.size : 0;
    if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) flush();
  });
  flush();
  store.importJobs.finish(jobId);
  onProgress({
    type: 'progress',
    job: 'import',
    done: files.length,
    total: files.length,
    item: null,
  });
  const count = (outcome: ImportOutcome) => outcomes.filter((o) => o.outcome === outcome).length;
  return {
    jobId,
    imported: count('imported'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    failed: count('failed'),
    files: outcomes,
  };
}
