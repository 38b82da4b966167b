/**
 * Reliability rows of `pnpm bench` (issue 21): accepting or reverting one hunk of a
 * 1-million-character article, and opening the kept corpus with the integrity check.
 * Runnable alone: `node bench/run.ts --only hunk,open-check`.
 */
import { statSync } from 'node:fs';
// The root workspace does not depend on the store package; the bench reads it in place.
import { FULL_CHECK_BYTES, openStore } from '../packages/store/src/index.ts';
import { benchHunk } from './hunk.ts';
import { ms, percentile } from './stats.ts';

export type Row = { measure: string; value: string; note: string };
type Record = (key: string, value: number, row: Row) => void;

export async function benchHunkRow(record: Record): Promise<void> {
  for (const [chars, distinct] of [
    [100_000, false],
    [500_000, false],
    [1_000_000, false],
    [1_000_000, true],
  ] as const) {
    const figures = await benchHunk(chars, 10, distinct);
    const key = `hunk.${chars}${distinct ? '.distinctFacts' : ''}.p50`;
    record(key, figures.p50, {
      measure: `accept/revert one hunk of a ${(chars / 1e6).toFixed(1)}M-character article (${figures.edits} edits, ${figures.facts} facts), p50`,
      value: ms(figures.p50),
      note: `revert ${ms(figures.p50Revert)}, re-accept ${ms(figures.p50Accept)}, max ${ms(figures.max)}; target ≤ 50 ms at 1M; anchors ${figures.sound ? 'sound' : 'BROKEN'} after`,
    });
  }
}

/** Opens (and closes) the corpus as every command does, the integrity check included. */
export function benchOpenCheck(record: Record, dbPath: string, articles: number): void {
  const samples: number[] = [];
  for (let i = 0; i < 12; i++) {
    const started = performance.now();
    const store = openStore(dbPath);
    const elapsed = performance.now() - started;
    if (store.damage) throw new Error(`the bench corpus reads as damaged: ${store.damage.message}`);
    store.close();
    if (i >= 2) samples.push(elapsed);
  }
  const size = statSync(dbPath).size;
  const how = size <= FULL_CHECK_BYTES ? 'quick_check of the whole file' : 'the bounded check';
  record('open.check.p50', percentile(samples, 50), {
    measure: `open the corpus with the integrity check (${articles.toLocaleString('en-US')} articles, ${(size / 1024 ** 3).toFixed(1)} GB), p50`,
    value: ms(percentile(samples, 50)),
    note: `max ${ms(Math.max(...samples))}; ${how}; target ≤ 200 ms`,
  });
}
