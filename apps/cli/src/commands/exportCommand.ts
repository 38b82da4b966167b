import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { articleStatuses, exportFormats } from '@winnow/contract';
import { openService, removeWorkFolders } from '@winnow/service';
import { existingCorpus, progressPrinter, UsageError } from '../output.ts';
import { userPath } from '../paths.ts';
import { storageExitCode } from '../exitCodes.ts';

export const exportHelp = `winnow export --db FILE --format bundle|jsonl|csv|md|claimreview --out PATH [--force] [selection]

Exports the selected articles:
  bundle       a Winnow bundle (zip): manifest with checksums, articles, facts, W3C
               annotations, tags and decisions — verify and import it elsewhere
  jsonl        one export record per article (JSON Lines)
  csv          one row per fact, UTF-8 with BOM for Excel and LibreOffice
  md           a folder with one Markdown file per article, facts as a table
  claimreview  schema.org ClaimReview JSON-LD for approved facts tagged "checked"
Selection (all optional): --status pending|approved|rejected, --tag NAME, --language zh|en,
--source NAME, --from DATE (published on or after), --to DATE (published before: the
first day left out), --query TEXT. --editor NAME signs a bundle.
The result appears under its final name only when complete; Ctrl+C cancels and leaves
nothing behind. An existing PATH is replaced only with --force (a folder only if it holds
nothing but an earlier Markdown export); the corpus, or a folder holding it, never.
Exit codes: 0 done, 1 failed, 2 bad arguments (a PATH refused among them), 66 no corpus
at FILE, 130 cancelled.`;

const STATUSES = ['any', ...articleStatuses] as const;

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      status: { type: 'string', default: 'any' },
      tag: { type: 'string' },
      language: { type: 'string' },
      source: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      query: { type: 'string' },
      editor: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${exportHelp}\n`);
    return 0;
  }
  if (!values.db) throw new UsageError('export needs --db FILE (the corpus to export from).');
  if (!values.out) throw new UsageError('export needs --out PATH (where to write).');
  const format = exportFormats.find((f) => f === values.format);
  if (!format)
    throw new UsageError(
      `unknown --format "${values.format}"; known: ${exportFormats.join(', ')}.`,
    );
  const status = STATUSES.find((s) => s === values.status);
  if (!status)
    throw new UsageError(`unknown --status "${values.status}"; known: ${STATUSES.join(', ')}.`);
  const { tag, language, source, from, to, query, editor } = values;
  const selection = Object.fromEntries(
    Object.entries({ tag, language, source, from, to, query, editor }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  const dbPath = existingCorpus(userPath(values.db));
  const out = userPath(values.out);
  if (!statSync(dirname(out), { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`cannot export to ${out}: the folder ${dirname(out)} does not exist.`);
  // The corpus is refused by the service whatever the flags; this guards the editor's files.
  if (existsSync(out) && !values.force && !isCorpusFile(out, dbPath))
    throw new UsageError(
      `cannot export to ${out}: it already exists. Add --force to replace it, or choose another name.`,
    );
  const service = openService({ dbPath });
  const controller = new AbortController();
  const cancel = () => controller.abort();
  // Ctrl+C cancels (the export cleans up after itself); SIGTERM, as from a process
  // manager, asks for a prompt exit: the work folder goes first.
  const terminate = () => {
    removeWorkFolders();
    process.exit(143);
  };
  process.once('SIGINT', cancel);
  process.once('SIGTERM', terminate);
  try {
    const result = await service.call(
      'articles.export',
      { format, status, out, ...selection },
      { onProgress: progressPrinter('export'), signal: controller.signal },
    );
    if (!result.ok) {
      process.stderr.write(`winnow export: ${result.error.message}\n`);
      if (result.error.code === 'bad_request') return 2;
      const storage = storageExitCode(result.error);
      if (storage !== null) return storage;
      return result.error.code === 'cancelled' ? 130 : 1;
    }
    const { articles, facts, path } = result.value;
    process.stderr.write(
      `exported ${articles} articles (${facts} facts) as ${format} to ${path}\n`,
    );
    process.stdout.write(`${JSON.stringify(result.value)}\n`);
    return 0;
  } finally {
    process.off('SIGINT', cancel);
    process.off('SIGTERM', terminate);
    service.close();
  }
}

/** Whether `path` names the corpus or one of SQLite's files beside it (refused below). */
function isCorpusFile(path: string, corpus: string): boolean {
  return ['', '-wal', '-shm', '-journal'].some((suffix) => path === corpus + suffix);
}
