import { WinnowFailure } from '@winnow/contract';
import type { BundleCheck, ProgressEvent } from '@winnow/contract';
import { TagsSchema } from '@winnow/bundle';
import { articlesWithFacts, decisionRecords } from './bundleRecords.ts';
import { BundleProblem, openBundle } from './readBundle.ts';
import type { OpenedBundle } from './readBundle.ts';

/** The files whose records are read; the others are only hashed. */
const READ = new Set(['articles.jsonl', 'facts.jsonl', 'decisions.jsonl', 'tags.json']);

/**
 * Hashes the files no record is read from while the records are read, so that the
 * second core inflates them meanwhile.
 */
export function hashTheRestAside(bundle: OpenedBundle): void {
  bundle.hashAside(Object.keys(bundle.manifest.files).filter((name) => !READ.has(name)));
}

/** What reading a bundle's records found, to be set against its manifest's counts. */
export type Found = { articles: number; facts: number; decisions: number; tags: number };

export function nothingFound(): Found {
  return { articles: 0, facts: 0, decisions: 0, tags: 0 };
}

/** tags.json, checked against its schema. */
export async function readTags(bundle: OpenedBundle) {
  const text = await bundle.text('tags.json');
  let tags: unknown;
  try {
    tags = JSON.parse(text);
  } catch (error) {
    throw new BundleProblem(bundle.path, `tags.json is not JSON (${(error as Error).message})`);
  }
  const parsed = TagsSchema.safeParse(tags);
  if (!parsed.success)
    throw new BundleProblem(bundle.path, `tags.json: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/**
 * Every file's checksum against the manifest. Files already read to their end were hashed
 * on the way; the rest (annotations.jsonld, README.txt) are read now.
 */
async function checkChecksums(bundle: OpenedBundle): Promise<void> {
  for (const [name, expected] of Object.entries(bundle.manifest.files)) {
    const actual = await bundle.sha256(name);
    if (actual !== expected.sha256)
      throw new BundleProblem(
        bundle.path,
        `${name} does not match its checksum in the manifest (sha256 ${actual}, expected ${expected.sha256}); the file was changed or damaged`,
      );
  }
}

/** Once every record was read: each file's checksum, then the counts of what was found. */
export async function checkAgainstManifest(bundle: OpenedBundle, found: Found): Promise<void> {
  await checkChecksums(bundle);
  checkCounts(bundle, found);
}

/** The manifest's counts against what was read. */
function checkCounts(bundle: OpenedBundle, found: Found): void {
  const { counts } = bundle.manifest;
  const expected: [string, number, number][] = [
    ['articles', counts.articles, found.articles],
    ['facts', counts.facts, found.facts],
    ['decisions', counts.decisions, found.decisions],
    ['tags', counts.tags, found.tags],
  ];
  for (const [what, declared, seen] of expected) {
    if (declared !== seen)
      throw new BundleProblem(
        bundle.path,
        `the manifest counts ${declared} ${what} but the bundle holds ${seen}`,
      );
  }
}

/**
 * After a problem found while reading a bundle: when a file behind it does not match its
 * checksum, that is the problem reported ("this file was changed" says more than the broken
 * line it led to). Throws it; returns when every checksum holds.
 */
export async function checksumBehind(bundle: OpenedBundle, error: unknown): Promise<void> {
  if (error instanceof WinnowFailure && error.code === 'bad_input') await checkChecksums(bundle);
}

/**
 * Every line against its schema, every file against its checksum, the counts — in one
 * reading of each file: the files read line by line are hashed on the way.
 */
async function checkOpened(
  bundle: OpenedBundle,
  onProgress?: (event: ProgressEvent) => void,
): Promise<void> {
  const found = nothingFound();
  const total = bundle.manifest.counts.articles;
  hashTheRestAside(bundle);
  try {
    for await (const { facts } of articlesWithFacts(bundle)) {
      found.articles++;
      found.facts += facts.length;
      if (found.articles % 200 === 0 && found.articles < total)
        onProgress?.({
          type: 'progress',
          job: 'bundle verify',
          done: found.articles,
          total,
          item: null,
        });
    }
    const decisions = decisionRecords(bundle);
    while (!(await decisions.next()).done) found.decisions++;
    found.tags = (await readTags(bundle)).length;
  } catch (error) {
    await checksumBehind(bundle, error);
    throw error;
  }
  await checkAgainstManifest(bundle, found);
}

/** `winnow bundle verify`: everything an import would check, without touching a corpus. */
export async function verifyBundle(
  path: string,
  context: { onProgress?: ((event: ProgressEvent) => void) | undefined } = {},
): Promise<BundleCheck> {
  let bundle: OpenedBundle | null = null;
  try {
    bundle = await openBundle(path);
    await checkOpened(bundle, context.onProgress);
    context.onProgress?.({
      type: 'progress',
      job: 'bundle verify',
      done: bundle.manifest.counts.articles,
      total: bundle.manifest.counts.articles,
      item: null,
    });
    return {
      ok: true,
      formatVersion: bundle.manifest.formatVersion,
      counts: bundle.manifest.counts,
      problems: [],
    };
  } catch (error) {
    if (!(error instanceof WinnowFailure)) throw error;
    return {
      ok: false,
      formatVersion: bundle?.manifest.formatVersion ?? null,
      counts: bundle?.manifest.counts ?? null,
      problems: [error.message],
    };
  } finally {
    bundle?.close();
  }
}
