import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { articleTooLongMessage, MAX_ARTICLE_CHARS, MAX_ARTICLE_FILE_BYTES } from '@winnow/contract';
import { extractFacts } from '@winnow/facts';
import type { ArticleRows, FactRowToStore, ImportOutcome } from '@winnow/store';
import { articleRowsOf, factRowsOf } from '@winnow/store/articleRows';
import { cleanArticle, readArticle, UndecodableError } from '@winnow/text';
import type { TargetScript } from '@winnow/text';
import type { CleanedArticle, ReadArticle } from '@winnow/text';
import type { FoundFile } from './files.ts';
import { blocksFor } from '../cleaning/cleaningOptions.ts';
import { factOfArticle } from '../facts/facts.ts';

/*
 * Everything an import does to one file before the store sees it: read, hash, decode,
 * clean, extract, and build the rows it is stored as (texts deflated, search rows, fact
 * rows). Pure work on one file, so it runs in a worker thread as well as here; the thread
 * that writes only writes.
 */

/** Larger files are refused before they are read (see the contract's limits.ts). */
export const MAX_FILE_BYTES = MAX_ARTICLE_FILE_BYTES;

export type Prepared =
  | {
      path: string;
      sha256: string;
      size: number;
      /** The texts are in `rows`: sending them back to the writer too would cost a copy. */
      article: Omit<ReadArticle, 'raw' | 'mainText' | 'titles'>;
      cleaning: Omit<CleanedArticle, 'cleaned'>;
      rows: ArticleRows;
      facts: FactRowToStore[];
    }
  | { path: string; outcome: ImportOutcome; message: string };

export function describe(error: unknown): string {
  if (error instanceof UndecodableError) return error.message;
  const code =
    error instanceof Error && 'code' in error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

/** Reading, hashing and decoding happen outside the write transaction. */
/** What the corpus decides about cleaning, passed to every file's preparation. */
export type PrepareOptions = {
  spamPhrases?: readonly string[];
  /** Convert the script (OpenCC) as explained edits; absent: keep the article's own. */
  convertTo?: TargetScript;
  /** Blocks editors asked to be removed; those of the file's source (or all sources) apply. */
  blocks?: readonly { text: string; source: string | null }[];
};

/**
 * The file's bytes, or its size when it is larger than MAX_FILE_BYTES: the size is checked
 * before reading, so a huge file costs nothing. Opened once (the size from the open file),
 * not looked up by name twice.
 */
function readWithin(path: string): Buffer | number | null {
  // Without waiting: the walk listed a file, but a named pipe may have taken its name since,
  // and opening a pipe to read waits for a writer (the import with it). Null: no file.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!stats.isFile()) return null;
    const size = stats.size;
    if (size > MAX_FILE_BYTES) return size;
    return size === 0 ? Buffer.alloc(0) : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function prepare(file: FoundFile, options: PrepareOptions = {}): Prepared {
  if ('missing' in file)
    return {
      path: file.path,
      outcome: 'failed',
      message: file.message ?? 'no such file or folder',
    };
  if (!file.importable)
    return { path: file.path, outcome: 'skipped', message: 'not a .txt or .html file' };
  try {
    const bytes = readWithin(file.path);
    if (bytes === null)
      return { path: file.path, outcome: 'failed', message: 'not a file or a folder' };
    if (typeof bytes === 'number') {
      const mb = (bytes / 1024 / 1024).toFixed(0);
      const limit = MAX_FILE_BYTES / 1024 / 1024;
      return {
        path: file.path,
        outcome: 'failed',
        message: `the file is ${mb} MB; Winnow reads articles up to ${limit} MB`,
      };
    }
    if (bytes.length === 0)
      return { path: file.path, outcome: 'failed', message: 'the file is empty' };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const article = readArticle(bytes, basename(file.path));
    // Measured on the text, not the file: markup and encodings make bytes a poor guide.
    if (article.raw.length > MAX_ARTICLE_CHARS)
      return {
        path: file.path,
        outcome: 'failed',
        message: articleTooLongMessage(article.raw.length),
      };
    const cleaning = cleanArticle(article.raw, {
      mainText: article.mainText,
      titles: article.titles,
      ...(options.spamPhrases ? { spamPhrases: options.spamPhrases } : {}),
      ...(options.convertTo ? { convertTo: options.convertTo } : {}),
      ...(options.blocks ? { blocks: blocksFor(options.blocks, article.sourceName) } : {}),
    });
    // Facts come from the cleaned text only: nothing the cleaner removed is read.
    const facts = extractFacts(cleaning.cleaned, { publishedAt: article.publishedAt });
    const { cleaned, ...cleaningFields } = cleaning;
    return {
      path: file.path,
      sha256,
      size: bytes.length,
      article: {
        title: article.title,
        publishedAt: article.publishedAt,
        sourceName: article.sourceName,
        language: article.language,
        script: article.script,
        mediaType: article.mediaType,
        encoding: article.encoding,
        warnings: article.warnings,
      },
      cleaning: cleaningFields,
      rows: articleRowsOf(cleaning.title, article.raw, cleaned),
      facts: factRowsOf(facts.map(factOfArticle), cleaned),
    };
  } catch (error) {
    return { path: file.path, outcome: 'failed', message: describe(error) };
  }
}
