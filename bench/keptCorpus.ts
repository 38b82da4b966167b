/**
 * The bench corpus kept between runs (the same files and database `pnpm bench` keeps):
 * generated once into bench/.corpus/nN, imported once into bench/.corpus/nN.sqlite. Rows
 * that only need a corpus of that size to exist (opening with the integrity check) use it
 * without a full bench run: `node bench/keptCorpus.ts` makes it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openService } from '@winnow/service';
import { generateCorpus } from './generate.ts';

export const ARTICLES = Number(process.env['WINNOW_BENCH_ARTICLES'] ?? 100_000);
export const corpusDir = join(import.meta.dirname, '.corpus', `n${ARTICLES}`);
export const keptDb = join(import.meta.dirname, '.corpus', `n${ARTICLES}.sqlite`);

export function ensureFiles(): { files: number; bytes: number } {
  const manifest = join(corpusDir, 'manifest.json');
  if (existsSync(manifest))
    return JSON.parse(readFileSync(manifest, 'utf8')) as { files: number; bytes: number };
  process.stderr.write(`generating ${ARTICLES} articles in ${corpusDir}…\n`);
  mkdirSync(corpusDir, { recursive: true });
  const made = generateCorpus(corpusDir, ARTICLES);
  writeFileSync(manifest, JSON.stringify(made));
  return made;
}

/** The kept database, imported from the generated files when it is not there yet. */
export async function ensureImported(): Promise<string> {
  if (existsSync(keptDb)) return keptDb;
  ensureFiles();
  // Imported under another name and renamed when complete: an interrupted run leaves no
  // half-imported corpus for the next one to measure.
  const partial = `${keptDb}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const service = openService({ dbPath: partial });
  try {
    const result = await service.call('articles.import', { paths: [corpusDir] });
    if (!result.ok) throw new Error(result.error.message);
    service.store.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    service.close();
  }
  renameSync(partial, keptDb);
  return keptDb;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${await ensureImported()}\n`);
}
