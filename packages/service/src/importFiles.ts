import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportFileOutcome, ImportReport, ProgressEvent } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { readArticle, UndecodableError } from '@winnow/text';
import { expandPaths } from './files.ts';

/** Larger files are refused: no news article is this big, and reading one would stall the desk. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function describe(error: unknown): string {
  if (error instanceof UndecodableError) return error.message;
  if (error instanceof Error && 'code' in error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder';
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Imports files one transaction each, so an import that is interrupted keeps what it
 * finished and a re-run skips it (the same bytes are never stored twice).
 */
export function importFiles(
  store: Store,
  paths: readonly string[],
  onProgress: (event: ProgressEvent) => void = () => {},
): ImportReport {
  const files = expandPaths(paths);
  const outcomes: ImportFileOutcome[] = [];
  const record = (
    path: string,
    outcome: ImportFileOutcome['outcome'],
    articleId: number | null,
    message: string | null,
  ) => {
    outcomes.push({ path, outcome, articleId, message });
  };
  files.forEach((file, index) => {
    onProgress({
      type: 'progress',
      job: 'import',
      done: index,
      total: files.length,
      item: file.path,
    });
    if ('missing' in file) return record(file.path, 'failed', null, 'no such file or folder');
    if (!file.importable) return record(file.path, 'skipped', null, 'not a .txt or .html file');
    try {
      const bytes = readFileSync(file.path);
      if (bytes.length > MAX_FILE_BYTES) {
        return record(file.path, 'failed', null, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const known = store.sourceFiles.idBySha256(sha256);
      if (known !== null) {
        return record(
          file.path,
          'duplicate',
          store.articles.idBySourceFile(known),
          'already in the corpus',
        );
      }
      const article = readArticle(bytes, basename(file.path));
      const importedAt = new Date().toISOString();
      const articleId = store.transaction(() => {
        const sourceFileId = store.sourceFiles.insert({
          sha256,
          path: file.path,
          sizeBytes: bytes.length,
          mediaType: article.mediaType,
          encoding: article.encoding,
          importedAt,
        });
        return store.articles.insert({
          sourceFileId,
          title: article.title,
          language: article.language,
          script: article.script,
          raw: article.raw,
          cleaned: article.raw,
          warnings: article.warnings,
          importedAt,
        });
      });
      record(
        file.path,
        'imported',
        articleId,
        article.warnings.length > 0 ? article.warnings.join(' ') : null,
      );
    } catch (error) {
      record(file.path, 'failed', null, describe(error));
    }
  });
  onProgress({
    type: 'progress',
    job: 'import',
    done: files.length,
    total: files.length,
    item: null,
  });
  const count = (outcome: ImportFileOutcome['outcome']) =>
    outcomes.filter((o) => o.outcome === outcome).length;
  return {
    imported: count('imported'),
    duplicates: count('duplicate'),
    skipped: count('skipped'),
    failed: count('failed'),
    files: outcomes,
  };
}
