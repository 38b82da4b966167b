import { WinnowFailure } from '@winnow/contract';
import type { BundleCheck } from '@winnow/contract';
import { TagsSchema } from '@winnow/bundle';
import { articlesWithFacts, decisionRecords } from './bundleRecords.ts';
import { BundleProblem, openBundle } from './readBundle.ts';
import type { OpenedBundle } from './readBundle.ts';

/** Every file's checksum against the manifest, every line against its schema, the counts. */
export async function checkOpened(bundle: OpenedBundle): Promise<void> {
  const { manifest } = bundle;
  for (const [name, expected] of Object.entries(manifest.files)) {
    const actual = await bundle.sha256(name);
    if (actual !== expected.sha256)
      throw new BundleProblem(
        bundle.path,
        `${name} does not match its checksum in the manifest (sha256 ${actual}, expected ${expected.sha256}); the file was changed or damaged`,
      );
  }
  const seen: Record<string, number> = { 'articles.jsonl': 0, 'facts.jsonl': 0 };
  for await (const { facts } of articlesWithFacts(bundle)) {
    seen['articles.jsonl']!++;
    seen['facts.jsonl']! += facts.length;
  }
  let decisions = 0;
  const records = decisionRecords(bundle);
  while (!(await records.next()).done) decisions++;
  seen['decisions.jsonl'] = decisions;
  const tagsText = await bundle.text('tags.json');
  let tags: unknown;
  try {
    tags = JSON.parse(tagsText);
  } catch (error) {
    throw new BundleProblem(bundle.path, `tags.json is not JSON (${(error as Error).message})`);
  }
  const parsedTags = TagsSchema.safeParse(tags);
  if (!parsedTags.success)
    throw new BundleProblem(bundle.path, `tags.json: ${parsedTags.error.issues[0]!.message}`);
  const expected: [string, number, number][] = [
    ['articles', manifest.counts.articles, seen['articles.jsonl'] ?? 0],
    ['facts', manifest.counts.facts, seen['facts.jsonl'] ?? 0],
    ['decisions', manifest.counts.decisions, seen['decisions.jsonl'] ?? 0],
    ['tags', manifest.counts.tags, parsedTags.data.length],
  ];
  for (const [what, declared, found] of expected) {
    if (declared !== found)
      throw new BundleProblem(
        bundle.path,
        `the manifest counts ${declared} ${what} but the bundle holds ${found}`,
      );
  }
}

/** `winnow bundle verify`: everything an import would check, without touching a corpus. */
export async function verifyBundle(path: string): Promise<BundleCheck> {
  let bundle: OpenedBundle | null = null;
  try {
    bundle = await openBundle(path);
    await checkOpened(bundle);
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
