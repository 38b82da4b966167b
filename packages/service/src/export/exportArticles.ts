import { closeSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  articleMarkdown,
  claimReview,
  csvHeader,
  factCsvRow,
  jsonlLine,
  markdownFileName,
} from '@winnow/bundle/write';
import type { Selection } from '@winnow/bundle';
import type { ExportRecord, ExportSummary, ProgressEvent, ValidParams } from '@winnow/contract';
import type { Store } from '@winnow/store';
import { exportBundle } from './exportBundle.ts';
import { ExportJob } from './exportJob.ts';
import { filterOf } from './selection.ts';

type Options = ValidParams<'articles.export'>;

/** The tag an editor puts on an approved fact once it has been checked: ClaimReview exports those. */
export const CHECKED_TAG = 'checked';

/** Writes lines to the job's partial file; returns the counts. */
function writeLines(job: ExportJob, lines: (batch: ExportRecord[]) => string, header = '') {
  const fd = openSync(job.partial, 'w');
  let articles = 0;
  let facts = 0;
  try {
    if (header) writeSync(fd, header);
    for (const batch of job.records()) {
      writeSync(fd, lines(batch));
      articles += batch.length;
      facts += batch.reduce((n, r) => n + r.facts.length, 0);
    }
  } finally {
    closeSync(fd);
  }
  return { articles, facts };
}

function selectionOf(options: Options): Selection {
  const { tag, language, source, from, to, query } = options;
  const status = options.status === 'any' ? undefined : options.status;
  const selection: Selection = { status, tag, language, source, from, to, query };
  for (const key of Object.keys(selection) as (keyof Selection)[])
    if (selection[key] === undefined) delete selection[key];
  return selection;
}

/**
 * Exports the selected articles in one of the formats people use. Every format streams
 * into a work folder beside the target and is renamed into place only when complete.
 */
export async function exportArticles(
  store: Store,
  options: Options,
  context: {
    onProgress?: ((event: ProgressEvent) => void) | undefined;
    signal?: AbortSignal | undefined;
    /** Asked between articles, besides the signal: an export thread's shared flag. */
    cancelled?: (() => boolean) | undefined;
    /** The work folder, when the thread that started the export made it. */
    workDir?: string | undefined;
  },
): Promise<ExportSummary> {
  const selection = selectionOf(options);
  const filter = filterOf(store, selection);
  const job = new ExportJob({
    store,
    out: options.out,
    format: options.format,
    filter,
    total: store.articles.count(filter).total,
    onProgress: context.onProgress,
    signal: context.signal,
    cancelled: context.cancelled,
    workDir: context.workDir,
  });
  try {
    let counts: { articles: number; facts: number };
    switch (options.format) {
      case 'bundle':
        counts = await exportBundle(store, job, selection, options.editor);
        break;
      case 'jsonl':
        counts = writeLines(job, (batch) => batch.map(jsonlLine).join(''));
        break;
      case 'csv':
        counts = writeLines(
          job,
          (batch) => batch.flatMap((r) => r.facts.map((f) => factCsvRow(r, f))).join(''),
          csvHeader(),
        );
        break;
      case 'claimreview':
        counts = exportClaimReviews(job, options.editor);
        break;
      case 'md':
        counts = exportMarkdown(job);
        break;
    }
    job.commit();
    const bytes = statSync(job.out).isDirectory() ? 0 : statSync(job.out).size;
    return { path: job.out, format: options.format, ...counts, bytes };
  } catch (error) {
    job.abandon();
    throw error;
  }
}

/** schema.org ClaimReview, one JSON-LD array, for approved facts tagged "checked". */
function exportClaimReviews(job: ExportJob, editor: string) {
  const fd = openSync(job.partial, 'w');
  let articles = 0;
  let facts = 0;
  const reviewedAt = new Date().toISOString();
  try {
    writeSync(fd, '[\n');
    for (const batch of job.records()) {
      for (const record of batch) {
        const checked = record.facts.filter(
          (f) => f.status === 'approved' && f.tags.includes(CHECKED_TAG),
        );
        if (checked.length > 0) articles++;
        for (const fact of checked) {
          const review = claimReview(record, fact, { name: editor, reviewedAt });
          writeSync(fd, `${facts > 0 ? ',\n' : ''}${JSON.stringify(review)}`);
          facts++;
        }
      }
    }
    writeSync(fd, '\n]\n');
  } finally {
    closeSync(fd);
  }
  return { articles, facts };
}

/** A folder with one Markdown file per article. */
function exportMarkdown(job: ExportJob) {
  mkdirSync(job.partial);
  let articles = 0;
  let facts = 0;
  for (const batch of job.records()) {
    for (const record of batch) {
      writeFileSync(join(job.partial, markdownFileName(record)), articleMarkdown(record));
      articles++;
      facts += record.facts.length;
    }
  }
  return { articles, facts };
}
