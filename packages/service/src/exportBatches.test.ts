import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectedBatches } from './export/bundleParts.ts';
import { BATCH_ARTICLES } from './export/batchBuild.ts';
import { exportArticles } from './export/exportArticles.ts';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';
import { readZip, review } from './testing/bundleCorpus.ts';
import type { Entries } from './testing/bundleCorpus.ts';
import { value } from './testing/value.ts';

let dir: string;
let service: WinnowService | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-export-batches-'));
});
afterEach(() => {
  service?.close();
  service = null;
  rmSync(dir, { recursive: true, force: true });
});

/** The bundle's files but the two that carry the moment it was made. */
function contents(entries: Entries): Map<string, string> {
  const kept = new Map<string, string>();
  for (const [name, data] of entries)
    if (name !== 'manifest.json' && name !== 'README.txt') kept.set(name, data.toString('utf8'));
  const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as {
    files: Record<string, unknown>;
    counts: unknown;
  };
  delete manifest.files['README.txt'];
  kept.set('manifest files', JSON.stringify([manifest.files, manifest.counts]));
  return kept;
}

describe('a bundle built in batches', () => {
  it('has the same bytes whether two threads built its batches or one, and every line whole', async () => {
    service = await review(openService({ dbPath: join(dir, 'corpus.sqlite') }));
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 40; i++)
      writeFileSync(
        join(folder, `n${String(i).padStart(2, '0')}.txt`),
        `第${i}号简讯\n\n联合实验室今年新增${i + 3}个合作项目,涉及${i + 10}个国家。\n`,
      );
    // Long enough that its batch ends early, on the bytes of its source file.
    const paragraph = '截至去年底,全国共有4.5万家企业参与,比前年增加12%,投资总额达到3800亿元。\n\n';
    writeFileSync(join(folder, 'n20-long.txt'), `长篇报道\n\n${paragraph.repeat(1_800)}`);
    await value(service.call('articles.import', { paths: [folder] }));

    const batches = selectedBatches(service.store, {});
    const articles = batches.flat().length;
    expect(batches.length).toBeGreaterThanOrEqual(4);
    expect(
      batches.some((batch, i) => i < batches.length - 1 && batch.length < BATCH_ARTICLES),
    ).toBe(true);

    const options = { format: 'bundle', status: 'any', editor: 'lin' } as const;
    // On the service: the export's own thread and a second one share the batches.
    const twoThreads = join(dir, 'two.zip');
    await value(service.call('articles.export', { ...options, out: twoThreads }));
    // Here, on the test's main thread, no second thread can start: one builds them all.
    const oneThread = join(dir, 'one.zip');
    await exportArticles(service.store, { ...options, out: oneThread }, {});

    const two = await readZip(twoThreads);
    const one = await readZip(oneThread);
    expect(contents(two)).toEqual(contents(one));

    const lines = two.get('articles.jsonl')!.toString().trimEnd().split('\n');
    expect(lines).toHaveLength(articles);
    expect(lines.map((line) => (JSON.parse(line) as { id: number }).id)).toEqual(batches.flat());
    const annotations = JSON.parse(two.get('annotations.jsonld')!.toString()) as {
      first: { items: unknown[] };
    };
    const facts = two.get('facts.jsonl')!.toString().trimEnd().split('\n');
    expect(annotations.first.items.length).toBe(facts.length);
    // Annotations of many batches, joined by the commas between them.
    expect(facts.length).toBeGreaterThan(100);
  });
});
