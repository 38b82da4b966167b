/**
 * Accepting or reverting one hunk of a long article, at the service: the cleaned text is
 * rebuilt, re-indexed, and every fact re-anchored. `node bench/hunk.ts [chars…]` prints,
 * per article length, the p50 (of both, of reverts, of re-accepts) and max of reverting then
 * re-accepting one edit in the middle. `--distinct-facts` gives each sentence its own figures.
 *
 * Articles past the import limit (MAX_ARTICLE_CHARS) are stored through the store directly,
 * as the import would have stored them: the cost must stay proportional to the change at
 * any length, and the target is named at 1 million characters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFacts } from '@winnow/facts';
import { openService } from '@winnow/service';
import type { WinnowService } from '@winnow/service';
import { cleanArticle } from '@winnow/text';
import { storeFacts } from '../packages/service/src/facts/facts.ts';
import { largeArticleText } from './largeArticle.ts';
import { percentile } from './stats.ts';

/** Stores one article of about `chars` characters as an import would; returns its id. */
export function storeLongArticle(
  service: WinnowService,
  chars: number,
  options: { distinctFacts?: boolean } = {},
): number {
  // largeArticleText counts UTF-8 bytes; its mix averages about two bytes a character.
  let raw = largeArticleText(chars * 2);
  raw = raw.slice(0, chars);
  // With distinctFacts each sentence's figure is made different, so that its facts are not
  // one fact repeated (the extractor keeps one of a repeated sentence's facts): about 32
  // facts a thousand characters, facts on both sides of every hunk.
  let n = 0;
  if (options.distinctFacts)
    raw = raw.replace(/\d+(?=多个国家|家实验室|名学员| countries)/g, (d) => {
      n += 1;
      return String(Number(d) + (n % 9973));
    });
  const cleaning = cleanArticle(raw);
  const facts = extractFacts(cleaning.cleaned, { publishedAt: null });
  const { store } = service;
  return store.transaction(() => {
    const importedAt = new Date().toISOString();
    const jobId = store.importJobs.create(['bench'], 1);
    const sourceFileId = store.sourceFiles.insert({
      sha256: `bench-${chars}`,
      path: 'bench.txt',
      sizeBytes: Buffer.byteLength(raw),
      mediaType: 'text/plain',
      encoding: 'utf-8',
      importedAt,
    });
    const id = store.articles.insert({
      sourceFileId,
      importJobId: jobId,
      title: cleaning.title,
      publishedAt: null,
      sourceName: null,
      language: 'zh',
      script: 'Hans',
      raw,
      cleaned: cleaning.cleaned,
      warnings: [],
      importedAt,
    });
    store.edits.insertPipeline(id, cleaning.edits, cleaning.pipelineVersion);
    storeFacts(store, id, facts);
    return id;
  });
}

export async function benchHunk(chars: number, times = 10, distinctFacts = false) {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-hunk-'));
  const service = openService({ dbPath: join(dir, 'c.sqlite') });
  try {
    const id = storeLongArticle(service, chars, { distinctFacts });
    const edits = service.store.edits.byArticle(id).filter((e) => e.state === 'applied');
    const facts = service.store.facts.byArticle(id).length;
    const middle = edits[Math.floor(edits.length / 2)];
    if (!middle) throw new Error('the bench article has no applied edit');
    const samples: number[] = [];
    const bySide = { reverted: [] as number[], accepted: [] as number[] };
    for (let i = 0; i < times * 2 + 2; i++) {
      const state = i % 2 === 0 ? 'reverted' : 'accepted';
      const started = performance.now();
      const result = await service.call('edits.setState', {
        id: middle.id,
        state,
        editor: 'bench',
      });
      if (!result.ok) throw new Error(result.error.message);
      if (i < 2) continue;
      samples.push(performance.now() - started);
      bySide[state].push(performance.now() - started);
    }
    const check = await service.call('corpus.check', {});
    const sound = check.ok && check.value.problems.length === 0;
    return {
      chars,
      edits: edits.length,
      facts,
      p50: percentile(samples, 50),
      p50Revert: percentile(bySide.reverted, 50),
      p50Accept: percentile(bySide.accepted, 50),
      max: Math.max(...samples),
      sound,
    };
  } finally {
    service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `node bench/hunk.ts [--distinct-facts] [chars…]`
  const distinct = process.argv.includes('--distinct-facts');
  const sizes = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'))
    .map(Number);
  for (const chars of sizes.length > 0 ? sizes : [100_000, 1_000_000])
    process.stdout.write(`${JSON.stringify(await benchHunk(chars, 3, distinct))}\n`);
}
