import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Fact } from '@winnow/contract';
import { openService } from '../service.ts';
import type { WinnowService } from '../service.ts';
import { samplesDir } from './bundleCorpus.ts';
import { value } from './value.ts';

/**
 * Two desks with overlapping corpora, each in its own SQLite file: A holds every sample;
 * B holds all but one (07, which only a bundle brings) and imported another one first, so
 * the same article has different ids — and so have its facts and edits — on the two desks.
 */
export type TwoDesks = {
  a: WinnowService;
  b: WinnowService;
  dir: string;
  /** A's bundle of everything, imported into B; returns B's import report. */
  exchange(): Promise<Awaited<ReturnType<typeof importInto>>>;
  /** The article with this source file (by sha256) on a desk, or null. */
  article(desk: WinnowService, sha256: string): Promise<Article | null>;
  close(): void;
};

const sample = (name: string) => join(samplesDir, name);
export const ONLY_IN_A = '07-joint-center.html';
const B_FILES = [
  '08-ocean-forum.txt',
  '01-lab-network.txt',
  '02-science-parks.txt',
  '03-mt-report.txt',
  '04-satellite-data.txt',
  '05-mojibake-reprint.txt',
  '06-pet-adoption-law.txt',
];

async function importInto(desk: WinnowService, path: string) {
  return value(desk.call('bundles.import', { path }));
}

export async function twoDesks(): Promise<TwoDesks> {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-two-desks-'));
  const a = openService({ dbPath: join(dir, 'a.sqlite') });
  const b = openService({ dbPath: join(dir, 'b.sqlite') });
  await value(a.call('articles.import', { paths: [samplesDir] }));
  for (const name of B_FILES) await value(b.call('articles.import', { paths: [sample(name)] }));
  let bundles = 0;
  return {
    a,
    b,
    dir,
    async exchange() {
      const out = join(dir, `a-${++bundles}.zip`);
      await value(a.call('articles.export', { format: 'bundle', out, editor: 'lin' }));
      return importInto(b, out);
    },
    async article(desk, sha256) {
      const { articles: total } = await value(desk.call('corpus.stats', {}));
      for (let id = 1; id <= total + 1; id++) {
        const found = await desk.call('articles.get', { id });
        if (found.ok && found.value.sha256 === sha256) return found.value;
      }
      return null;
    },
    close() {
      a.close();
      b.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same fact on another desk: same kind, quote and place in the same text. */
export const sameFact = (fact: Fact) => (other: Fact) =>
  other.kind === fact.kind &&
  other.quote === fact.quote &&
  other.start === fact.start &&
  other.end === fact.end;

/** Every fact of a desk by content (article sha256, kind, span, quote) → status and value. */
export async function factsByContent(desk: WinnowService): Promise<Map<string, string>> {
  const { articles: total } = await value(desk.call('corpus.stats', {}));
  const out = new Map<string, string>();
  for (let id = 1; id <= total; id++) {
    const article = await value(desk.call('articles.get', { id }));
    for (const f of article.facts)
      out.set(
        JSON.stringify([article.sha256, f.kind, f.start, f.end, f.quote]),
        JSON.stringify([f.status, f.value, f.tags]),
      );
  }
  return out;
}
