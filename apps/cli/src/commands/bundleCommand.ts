import { parseArgs } from 'node:util';
import { openService } from '@winnow/service';
import { storageExitCode } from '../exitCodes.ts';
import { existingCorpus, progressPrinter, UsageError } from '../output.ts';
import { userPath } from '../paths.ts';

export const bundleHelp = `winnow bundle verify FILE | winnow bundle import FILE --db CORPUS
winnow bundle prepare --db CORPUS [--again]

verify  checks a Winnow bundle without touching any corpus: entry names and types, sizes,
        the manifest's format version and the sha256 of every file, every line of every
        file. Prints the result as JSON; exit 0 when sound, 1 when not (the problem named).
import  reads the bundle once, inside one transaction, with every check verify makes:
        new articles are added; articles already there (same source file sha256) are
        merged, both sides' decisions kept, the later decision winning where they
        disagree — each such conflict is reported. The transaction is committed only when
        every checksum and count matches: nothing is written unless everything is.
prepare builds, for every article that lacks it, its share of a bundle's large files
        (its line of articles.jsonl, its facts' lines and annotations), deflated, and
        keeps it in the corpus until the article changes: a bundle export then copies
        it instead of building it again. \`winnow serve\` does this in the background.
        --again forgets every kept share first and builds them all anew.
All three print progress on stderr.
Exit codes: 0 done, 1 refused or failed, 2 bad arguments, 3 corpus from a newer Winnow.`;

export async function bundleCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      again: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${bundleHelp}\n`);
    return 0;
  }
  const [action, file, ...rest] = positionals;
  if (action === 'prepare' && file === undefined) return prepare(values.db, values.again);
  if ((action !== 'verify' && action !== 'import') || file === undefined || rest.length > 0)
    throw new UsageError(
      'use "winnow bundle verify FILE", "winnow bundle import FILE --db CORPUS" or "winnow bundle prepare --db CORPUS".',
    );
  const path = userPath(file);
  if (action === 'verify') {
    // No corpus is opened: an in-memory store answers the call.
    const service = openService({ dbPath: ':memory:' });
    try {
      const result = await service.call(
        'bundles.verify',
        { path },
        { onProgress: progressPrinter('verify') },
      );
      if (!result.ok) {
        process.stderr.write(`winnow bundle verify: ${result.error.message}\n`);
        return 1;
      }
      process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
      if (!result.value.ok)
        process.stderr.write(`winnow bundle verify: ${result.value.problems.join('\n')}\n`);
      return result.value.ok ? 0 : 1;
    } finally {
      service.close();
    }
  }
  if (!values.db)
    throw new UsageError('bundle import needs --db FILE (the corpus to import into).');
  const service = openService({ dbPath: userPath(values.db) });
  try {
    const result = await service.call(
      'bundles.import',
      { path },
      { onProgress: progressPrinter('import') },
    );
    if (!result.ok) {
      process.stderr.write(`winnow bundle import: ${result.error.message}\n`);
      return storageExitCode(result.error) ?? 1;
    }
    const r = result.value;
    process.stderr.write(
      `imported ${path}: ${r.articles.added} articles added, ${r.articles.merged} merged; ` +
        `${r.decisions.added} decisions added; ${r.conflicts.length} conflicts\n`,
    );
    for (const c of r.conflicts)
      process.stderr.write(`  conflict on ${c.target} (${c.field}): kept ${c.kept} — ${c.why}\n`);
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return 0;
  } finally {
    service.close();
  }
}

async function prepare(db: string | undefined, again = false): Promise<number> {
  if (!db) throw new UsageError('bundle prepare needs --db FILE (the corpus to prepare).');
  const service = openService({ dbPath: existingCorpus(userPath(db)) });
  try {
    const result = await service.call(
      'bundles.prepare',
      { again },
      { onProgress: progressPrinter('prepare') },
    );
    if (!result.ok) {
      process.stderr.write(`winnow bundle prepare: ${result.error.message}\n`);
      return storageExitCode(result.error) ?? 1;
    }
    const r = result.value;
    process.stderr.write(
      `prepared ${r.prepared} articles for export (${r.lacking} lacked their shares` +
        `${r.removed > 0 ? `; ${r.removed} shares from an earlier Winnow removed` : ''})\n`,
    );
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return 0;
  } finally {
    service.close();
  }
}
