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
export const corpusDirOf = (articles: number) =>
  join(import.meta.dirname, '.corpus', `n${articles}`);
export const keptDbOf = (articles: number) =>
  join(import.meta.dirname, '.corpus', `n${articles}.sqlite`);
export const corpusDir = corpusDirOf(ARTICLES);
export const keptDb = keptDbOf(ARTICLES);

export function ensureFiles(articles = ARTICLES): { files: number; bytes: number } {
  const corpusDir = corpusDirOf(articles);
  const manifest = join(corpusDir, 'manifest.json');
  if (existsSync(manifest))
    return JSON.parse(readFileSync(manifest, 'utf8')) as { files: number; bytes: number };
  process.stderr.write(`generating ${articles} articles in ${corpusDir}…\n`);
  mkdirSync(corpusDir, { recursive: true });
  const made = generateCorpus(corpusDir, articles);
  writeFileSync(manifest, JSON.stringify(made));
  return made;
}

/** The kept database, imported from the generated files when it is not there yet. */
export async function ensureImported(articles = ARTICLES): Promise<string> {
  const keptDb = keptDbOf(articles);
  if (existsSync(keptDb)) return keptDb;
  ensureFiles(articles);
  // Imported under another name and renamed when complete: an interrupted run leaves no
  // half-imported corpus for the next one to measure.
  const partial = `${keptDb}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const service = openService({ dbPath: partial });
  try {
    const result = await service.call('articles.import', { paths: [corpusDirOf(articles)] });
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
