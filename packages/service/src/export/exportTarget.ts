import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { WinnowFailure } from '@winnow/contract/result';
import type { ExportFormat } from '@winnow/contract';

/**
 * Where an export may land. Finishing an export renames its result over `out` (a folder
 * there is removed first), so a careless `out` would destroy what is there: the corpus
 * itself, or a folder of the editor's own files. These are refused whoever asks.
 */

/** The files SQLite keeps for a corpus beside the database itself. */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** `path` with every symbolic link in its existing part resolved. */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

const refuse = (out: string, why: string) =>
  new WinnowFailure('bad_request', `Cannot export to ${out}: ${why}. Nothing was written.`);

export function checkExportTarget(corpusPath: string, out: string, format: ExportFormat): void {
  const target = realPath(out);
  const parent = dirname(resolve(out));
  if (!statSync(parent, { throwIfNoEntry: false })?.isDirectory())
    throw refuse(out, `the folder ${parent} does not exist`);
  if (corpusPath !== ':memory:' && corpusPath !== '') {
    const corpus = realPath(corpusPath);
    if (COMPANIONS.some((suffix) => target === corpus + suffix))
      throw refuse(out, "it is the corpus's own file (choose another name)");
    if (corpus.startsWith(target + sep))
      throw refuse(out, 'the corpus is inside that folder, and an export would replace it');
  }
  const existing = statSync(target, { throwIfNoEntry: false });
  if (!existing) return;
  if (format !== 'md') {
    if (existing.isDirectory()) throw refuse(out, `${out} is a folder; name a file`);
    return;
  }
  if (!existing.isDirectory()) throw refuse(out, `${out} is a file; a Markdown export is a folder`);
  const foreign = readdirSync(target, { withFileTypes: true }).find(
    (entry) => !entry.isFile() || !entry.name.endsWith('.md'),
  );
  if (foreign)
    throw refuse(
      out,
      `that folder holds not only Markdown files (${foreign.name}); an export replaces only an earlier one`,
    );
}
