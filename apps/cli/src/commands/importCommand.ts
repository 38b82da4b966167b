import { parseArgs } from 'node:util';
import { openService } from '@winnow/service';
import { progressPrinter, UsageError } from '../output.ts';
import { userPath } from '../paths.ts';
import { storageExitCode } from '../exitCodes.ts';

export const importHelp = `winnow import <file|folder>... --db FILE

Imports .txt and .html files (folders are walked recursively) into the corpus FILE,
created if missing. The same bytes are never stored twice, so an interrupted import
can simply be run again. Prints the import report as JSON on stdout.`;

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${importHelp}\n`);
    return 0;
  }
  if (!values.db) throw new UsageError('import needs --db FILE (the corpus to import into).');
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder.');
  const service = openService({ dbPath: userPath(values.db) });
  try {
    const result = await service.call(
      'articles.import',
      { paths: positionals.map(userPath) },
      { onProgress: progressPrinter('import') },
    );
    if (!result.ok) {
      const storage = storageExitCode(result.error);
      if (storage === null) throw new UsageError(result.error.message);
      process.stderr.write(`winnow import: ${result.error.message}\n`);
      return storage;
    }
    const report = result.value;
    for (const file of report.files.filter((f) => f.outcome === 'failed')) {
      process.stderr.write(`failed: ${file.path}: ${file.message}\n`);
    }
    process.stderr.write(
      `imported ${report.imported}, already present ${report.duplicates}, skipped ${report.skipped}, failed ${report.failed}\n`,
    );
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report.failed > 0 ? 1 : 0;
  } finally {
    service.close();
  }
}
