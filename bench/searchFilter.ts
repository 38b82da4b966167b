/**
 * Search with a filter, at the corpus's size and at 10,000 articles, printed side by side:
 * a search that a filter narrows must cost what the page costs, not what the corpus holds.
 * The 10k corpus is the kept one (bench/.corpus/n10000.sqlite), imported once when missing.
 */
import { loadavg } from 'node:os';
import { openService } from '@winnow/service';
import type { WinnowService } from '@winnow/service';
import type { Params } from '@winnow/contract';
import { benchSpace } from './dbSpace.ts';
import { ARTICLES, ensureFiles, ensureImported } from './keptCorpus.ts';
import { ms, percentile } from './stats.ts';

type Record = (
  key: string,
  value: number,
  row: { measure: string; value: string; note: string },
) => void;

/** Searches an editor narrows: by status, by language and dates, by language in title order. */
const narrowed: Array<Params<'articles.list'>> = [
  { query: '合作', status: 'pending' },
  { query: '技术', language: 'zh', from: '2025-03-01', to: '2025-06-01', sort: 'date' },
  { query: 'platform', language: 'en', sort: 'title' },
  { query: '数据', status: 'pending', sort: 'date' },
  { query: '实验室', language: 'zh', sort: 'imported' },
];

export async function timeNarrowed(service: WinnowService): Promise<number[]> {
  return (await timeSideBySide([service]))[0]!;
}

/**
 * The narrowed searches timed on each corpus in turn, query by query, starting with each
 * corpus in alternate rounds: a swing of the machine's load falls on both alike, so their
 * ratio is the corpus's growth, not the moment's.
 */
async function timeSideBySide(services: WinnowService[]): Promise<number[][]> {
  const ask = async (service: WinnowService, i: number) => {
    const result = await service.call('articles.list', {
      ...narrowed[i % narrowed.length]!,
      limit: 50,
    });
    if (!result.ok) throw new Error(result.error.message);
  };
  // Two rounds first: the pages an editor asks for again are in SQLite's cache.
  for (let i = 0; i < narrowed.length * 2; i++)
    for (const service of services) await ask(service, i);
  const samples = services.map(() => [] as number[]);
  for (let i = 0; i < 400; i++) {
    for (let k = 0; k < services.length; k++) {
      const which = (k + i) % services.length;
      const started = performance.now();
      await ask(services[which]!, i);
      samples[which]!.push(performance.now() - started);
    }
  }
  return samples;
}

export async function benchSearchFilter(
  record: Record,
  service: WinnowService,
  articles: number,
): Promise<void> {
  let here: number[];
  let small: number[] | null = null;
  if (articles === 10_000) here = await timeNarrowed(service);
  else {
    const other = openService({ dbPath: await ensureImported(10_000) });
    try {
      [here, small] = (await timeSideBySide([service, other])) as [number[], number[]];
    } finally {
      other.close();
    }
  }
  const p95 = percentile(here, 95);
  record('search.filtered.p95', p95, {
    measure: 'search with a filter, p95',
    value: ms(p95),
    note: `p50 ${ms(percentile(here, 50))}; ${narrowed.length} searches narrowed by status, language, dates; load ${loadavg()[0]!.toFixed(2)}`,
  });
  if (!small) return;
  const p95Small = percentile(small, 95);
  record('search.filtered.10k.p95', p95Small, {
    measure: '  the same at 10,000 articles, p95',
    value: ms(p95Small),
    note: `p50 ${ms(percentile(small, 50))}; the two corpora alternated query by query; from 10k to ${articles} the p50 grows ${(percentile(here, 50) / percentile(small, 50)).toFixed(2)}×, the p95 ${(p95 / p95Small).toFixed(2)}×`,
  });
}

/** `--only space,search-filter`: those rows on the kept corpus (imported once when missing). */
export async function benchKeptCorpus(record: Record, only: Set<string>): Promise<void> {
  const service = openService({ dbPath: await ensureImported(ARTICLES) });
  try {
    if (only.has('space')) benchSpace(record, service, ensureFiles(ARTICLES).bytes);
    if (only.has('search-filter')) await benchSearchFilter(record, service, ARTICLES);
  } finally {
    service.close();
  }
}
