import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleStatus, ExportSummary, ProgressEvent } from '@winnow/contract';
import { jsonlLine } from '@winnow/bundle';
import type { Store } from '@winnow/store';
import { loadArticle, toExportRecord } from './records.ts';

const BATCH = 200;

/**
 * Streams the selection to a temporary file beside the target and renames it into place
 * at the end, so a failed or interrupted export never leaves a partial file under the
 * final name, and memory stays flat whatever the corpus size.
 */
export function exportJsonl(
  store: Store,
  options: { status: ArticleStatus | 'any'; out: string },
  onProgress: (event: ProgressEvent) => void = () => {},
): ExportSummary {
  const out = resolve(options.out);
  const partial = `${out}.partial-${process.pid}`;
  const status = options.status === 'any' ? null : options.status;
  const total = store.articles.count({ status: status ?? undefined }).total;
  const fd = openSync(partial, 'w');
  let articles = 0;
  let bytes = 0;
  try {
    let after = 0;
    for (;;) {
      const ids = store.articles.idsAfter(status, after, BATCH);
      if (ids.length === 0) break;
      const chunk = ids
        .map((id) => store.articles.get(id))
        .filter((row) => row !== null)
        .map((row) => jsonlLine(toExportRecord(loadArticle(store, row))))
        .join('');
      bytes += writeSync(fd, chunk);
      articles += ids.length;
      after = ids[ids.length - 1] ?? after;
      onProgress({ type: 'progress', job: 'export', done: articles, total, item: null });
    }
    closeSync(fd);
    renameSync(partial, out);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(partial, { force: true });
    throw error;
  }
  return { path: out, format: 'jsonl', articles, bytes };
}
