import { parseArgs } from 'node:util';
import { openService } from '@winnow/service';
import { UsageError } from '../output.ts';
import { userPath } from '../paths.ts';

export const spamHelp = `winnow spam list --db FILE
winnow spam add PHRASE… --db FILE
winnow spam remove PHRASE… --db FILE
winnow spam reset --db FILE

The injected spam phrases the cleaner removes in this corpus: the default list until
you change it. Changes apply to later imports; run "winnow reclean" to apply them to the
articles already in the corpus (editors' decisions are kept).`;

export async function spamCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${spamHelp}\n`);
    return 0;
  }
  const [action, ...phrases] = positionals;
  if (!action || !['list', 'add', 'remove', 'reset'].includes(action))
    throw new UsageError('spam needs one of: list, add, remove, reset (see winnow spam --help).');
  if (!values.db) throw new UsageError('spam needs --db FILE (the corpus).');
  if ((action === 'add' || action === 'remove') && phrases.length === 0)
    throw new UsageError(`spam ${action} needs at least one phrase.`);
  const service = openService({ dbPath: userPath(values.db) });
  try {
    const current = await service.call('spam.list', {});
    if (!current.ok) throw new Error(current.error.message);
    const next =
      action === 'add'
        ? [...current.value.phrases, ...phrases]
        : action === 'remove'
          ? current.value.phrases.filter((p) => !phrases.includes(p))
          : action === 'reset'
            ? null
            : undefined;
    const result = next === undefined ? current : await service.call('spam.set', { phrases: next });
    if (!result.ok) {
      process.stderr.write(`winnow spam: ${result.error.message}\n`);
      return 1;
    }
    if (action === 'remove') {
      const missing = phrases.filter((p) => !current.value.phrases.includes(p));
      for (const phrase of missing)
        process.stderr.write(`winnow spam: "${phrase}" was not on the list.\n`);
    }
    const origin = result.value.isDefault ? 'the default list' : "this corpus's own list";
    process.stderr.write(`${result.value.phrases.length} phrases (${origin})\n`);
    process.stdout.write(result.value.phrases.map((p) => `${p}\n`).join(''));
    return 0;
  } finally {
    service.close();
  }
}
