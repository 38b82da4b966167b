import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../output.ts';
import { userPath } from '../paths.ts';

export const cleanHelp = `winnow clean FILE [--json] [--convert simplified|traditional]

Reads FILE as an import would (encoding detection, HTML to text), cleans it and extracts
its facts, without touching any corpus. Prints the cleaned text on stdout and the edit
list on stderr; with --json, one JSON object on stdout:
{encoding, warnings, title, publishedAt, raw, cleaned, edits, facts}.
--convert also converts the script with OpenCC (off by default), as explained edits.`;

export async function cleanCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      convert: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${cleanHelp}\n`);
    return 0;
  }
  const targets = { simplified: 'Hans', traditional: 'Hant' } as const;
  const convertTo =
    values.convert === undefined ? null : targets[values.convert as keyof typeof targets];
  if (convertTo === undefined) {
    throw new UsageError(
      `--convert must be "simplified" or "traditional", not "${values.convert}".`,
    );
  }
  const [file] = positionals;
  if (file === undefined || positionals.length > 1)
    throw new UsageError('clean needs exactly one FILE.');
  const path = userPath(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  // Loaded here, not with the command line: every other command (an export above all)
  // runs without the cleaner's and the extractors' code in its process.
  const { cleanArticle, readArticle } = await import('@winnow/text');
  const { extractFacts } = await import('@winnow/facts');
  const article = readArticle(bytes, basename(path));
  const cleaning = cleanArticle(article.raw, {
    mainText: article.mainText,
    titles: article.titles,
    convertTo,
  });
  if (values.json) {
    const { encoding, raw, publishedAt } = article;
    const { title, cleaned, edits } = cleaning;
    const warnings = [...article.warnings, ...cleaning.warnings];
    // Facts come from the cleaned text, as on import.
    const facts = extractFacts(cleaned, { publishedAt });
    process.stdout.write(
      `${JSON.stringify({ encoding, warnings, title, publishedAt, raw, cleaned, edits, facts })}\n`,
    );
    return 0;
  }
  process.stdout.write(cleaning.cleaned);
  process.stderr.write(`\n${path}: ${article.encoding}, ${cleaning.edits.length} edit(s)\n`);
  for (const warning of [...article.warnings, ...cleaning.warnings])
    process.stderr.write(`warning  ${warning}\n`);
  for (const edit of cleaning.edits) {
    const removed = JSON.stringify(article.raw.slice(edit.start, edit.end).slice(0, 60));
    process.stderr.write(
      `${edit.state.padEnd(8)} ${edit.rule.padEnd(26)} ${edit.start}-${edit.end} ${removed} — ${edit.reason}\n`,
    );
  }
  return 0;
}
