import { parseArgs } from 'node:util';
import { openService } from '@winnow/service';
import { existingCorpus, UsageError } from '../output.ts';
import { userPath } from '../paths.ts';
import { EXIT } from '../exitCodes.ts';

export const doctorHelp = `winnow doctor --db FILE [--fix]

Checks a corpus: SQLite integrity and foreign keys, rows without their parent, the
search index, edit and fact anchors, counters. Reports only; --fix repairs what can be
repaired (never deleting an editor's work). Exits 0 when the corpus is sound.`;

export async function doctorCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      fix: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${doctorHelp}\n`);
    return 0;
  }
  if (!values.db) throw new UsageError('doctor needs --db FILE (the corpus to check).');
  // Checking must not create an empty corpus where the editor mistyped a path.
  const path = existingCorpus(userPath(values.db));
  const service = openService({ dbPath: path });
  try {
    const result = await service.call('corpus.check', { fix: values.fix ?? false });
    if (!result.ok) throw new UsageError(result.error.message);
    const { problems, ok } = result.value;
    for (const p of problems) {
      process.stdout.write(
        `${p.fixed ? 'fixed' : p.fixable ? 'fixable' : 'problem'}  ${p.check}  ${p.message}\n`,
      );
    }
    const remaining = problems.filter((p) => !p.fixed).length;
    process.stdout.write(
      problems.length === 0
        ? `${path}: no problems found.\n`
        : `${path}: ${problems.length} problem(s), ${problems.length - remaining} fixed${remaining > 0 && !values.fix ? '; run with --fix to repair the fixable ones' : ''}.\n`,
    );
    if (ok) return 0;
    // The file itself is damaged: its own exit code, as for any command that meets it.
    return problems.some((p) => p.check === 'sqlite.integrity') ? EXIT.damaged : 1;
  } finally {
    service.close();
  }
}
