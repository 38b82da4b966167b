import { parseArgs } from 'node:util';
import { openService } from '@winnow/service';
import { existingCorpus, UsageError } from '../output.ts';
import { userPath } from '../paths.ts';

export const spamHelp = `winnow spam list --db FILE
winnow spam add PHRASE… --db FILE
winnow spam remove PHRASE… --db FILE
winnow spam reset --db FILE
winnow spam suggest --db FILE [--sample N]

The injected spam phrases the cleaner removes in this corpus: the default list until
you change it. Changes apply to later imports; run "winnow reclean" to apply them to the
articles already in the corpus (editors' decisions are kept).

"suggest" reads the newest N articles (default 2000) for phrases that recur across them
and read as pasted in — the text reads on without them wherever they land — and are not
on the list yet. It prints each with how many articles carry it and where; add the ones
that are spam.`;

async function suggest(dbPath: string, sample: number): Promise<number> {
  const service = openService({ dbPath });
  try {
    const result = await service.call('spam.suggest', { sample });
    if (!result.ok) {
      process.stderr.write(`winnow spam: ${result.error.message}\n`);
      return 1;
    }
    const { scanned, phrases } = result.value;
    process.stderr.write(`${phrases.length} suggested from the newest ${scanned} articles\n`);
    for (const p of phrases)
      process.stdout.write(`${p.phrase}\t${p.articles} articles\t${p.examples.join(' | ')}\n`);
    return 0;
  } finally {
    service.close();
  }
}

export async function spamCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      sample: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${spamHelp}\n`);
    return 0;
  }
  const [action, ...phrases] = positionals;
  if (!action || !['list', 'add', 'remove', 'reset', 'suggest'].includes(action))
    throw new UsageError(
      'spam needs one of: list, add, remove, reset, suggest (see winnow spam --help).',
    );
  if (!values.db) throw new UsageError('spam needs --db FILE (the corpus).');
  const sample = values.sample === undefined ? 2000 : Number(values.sample);
  if (!Number.isInteger(sample) || sample < 10 || sample > 5000)
    throw new UsageError(
      `--sample must be a whole number from 10 to 5000, not "${values.sample}".`,
    );
  // Reading the list (or suggesting) needs a corpus; changing it may start a new one.
  const dbPath = userPath(values.db);
  if (action === 'suggest') return suggest(existingCorpus(dbPath), sample);
  if (action === 'list') existingCorpus(dbPath);
  if ((action === 'add' || action === 'remove') && phrases.length === 0)
    throw new UsageError(`spam ${action} needs at least one phrase.`);
  const service = openService({ dbPath });
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
