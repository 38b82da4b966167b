import { parseArgs } from 'node:util';
import { openService } from '@winnow/service';
import { progressPrinter, UsageError } from '../output.ts';
import { userPath } from '../paths.ts';

export const exportHelp = `winnow export --db FILE --format jsonl --status any|pending|approved|rejected --out FILE

Writes one export record per article (JSON Lines). The file appears under its final
name only when complete.`;

const STATUSES = ['any', 'pending', 'approved', 'rejected'] as const;
const FORMATS = ['jsonl'] as const;

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      status: { type: 'string', default: 'any' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${exportHelp}\n`);
    return 0;
  }
  if (!values.db) throw new UsageError('export needs --db FILE (the corpus to export from).');
  if (!values.out) throw new UsageError('export needs --out FILE (where to write).');
  const format = FORMATS.find((f) => f === values.format);
  if (!format)
    throw new UsageError(`unknown --format "${values.format}"; known: ${FORMATS.join(', ')}.`);
  const status = STATUSES.find((s) => s === values.status);
  if (!status)
    throw new UsageError(`unknown --status "${values.status}"; known: ${STATUSES.join(', ')}.`);
  const service = openService({ dbPath: userPath(values.db) });
  try {
    const result = await service.call(
      'articles.export',
      { format, status, out: userPath(values.out) },
      { onProgress: progressPrinter('export') },
    );
    if (!result.ok) {
      process.stderr.write(`winnow export: ${result.error.message}\n`);
      return 1;
    }
    process.stderr.write(`exported ${result.value.articles} articles to ${result.value.path}\n`);
    return 0;
  } finally {
    service.close();
  }
}
