/**
 * The article list in title order, far down the list, on a corpus where a third of the
 * articles have no title (a crawl whose pages name no headline; the desk shows them
 * untitled). Untitled articles share one sort key, so a page after a cursor among them, or
 * past them, is where a cursor read badly costs most. Printed side by side: the page as the
 * list asked for it until stop 37 (one row value after the cursor, which SQLite answered by
 * scanning the title index from its start) and as it asks now (two seeks, articles.ts).
 * Both on the same copy and the same cursors, and both must give the same rows.
 *
 * The copy: the kept corpus copied aside, every third article's title taken away by SQL
 * (the search index keeps the old title words; the list by title does not read it). The
 * kept corpus itself is only read.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openService } from '@winnow/service';
import type { WinnowService } from '@winnow/service';
import { ms, percentile } from './stats.ts';

type Record = (
  key: string,
  value: number,
  row: { measure: string; value: string; note: string },
) => void;

type ArticleFilter = Parameters<WinnowService['store']['articles']['page']>[0];

const KEY = "coalesce(a.title, '')";
const LIMIT = 51; // a page of 50 and the one that says there is more, as the list asks

/** The page after a cursor as the list read it until stop 37. */
const before = (filter: ArticleFilter) =>
  `SELECT a.id FROM article a JOIN source_file s ON s.id = a.source_file_id
    WHERE ${filter.language ? '+a.language = @language AND ' : ''}(${KEY}, a.id) > (@key, @id)
    ORDER BY ${KEY}, a.id LIMIT ${LIMIT}`;

const listings: Array<{ label: string; filter: ArticleFilter }> = [
  { label: 'all', filter: {} },
  { label: 'English', filter: { language: 'en' } },
];
/** How far down the list each timed page starts. */
const DEPTHS = [0.1, 0.3, 0.6, 0.9];

export function benchTitleSort(record: Record, keptDb: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-title-sort-'));
  const dbPath = join(dir, 'untitled.sqlite');
  copyFileSync(keptDb, dbPath);
  const service = openService({ dbPath });
  try {
    const { db } = service.store;
    const untitled = db
      .prepare("UPDATE article SET title = NULL WHERE id % 3 = 0 AND coalesce(title, '') != ''")
      .run().changes;
    const articles = (db.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;
    const was: number[] = [];
    const now: number[] = [];
    const each: Array<{ label: string; was: number[]; now: number[] }> = [];
    for (const { label, filter } of listings) {
      const these = { label, was: [] as number[], now: [] as number[] };
      each.push(these);
      // The cursors, read off the list in title order from its start.
      const order = db
        .prepare(
          `SELECT ${KEY} AS key, a.id FROM article a
            ${filter.language ? 'WHERE a.language = @language' : ''} ORDER BY ${KEY}, a.id`,
        )
        .all(filter.language ? { language: filter.language } : {}) as Array<{
        key: string;
        id: number;
      }>;
      const cursors = DEPTHS.map((d) => order[Math.floor(d * (order.length - 1))]!);
      const old = db.prepare(before(filter));
      for (let round = 0; round < 12; round++)
        for (const cursor of cursors) {
          // Alternated, so a swing of the machine's load falls on both alike.
          let started = performance.now();
          const a = old.all({ ...cursor, ...filter }) as Array<{ id: number }>;
          const tookBefore = performance.now() - started;
          started = performance.now();
          const b = service.store.articles.page(filter, 'title', cursor, LIMIT, 'order-first');
          const tookNow = performance.now() - started;
          if (JSON.stringify(a.map((r) => r.id)) !== JSON.stringify(b.map((r) => r.id)))
            throw new Error(`title order after ${JSON.stringify(cursor)}: the two pages differ`);
          // The first two rounds warm SQLite's cache.
          if (round >= 2) {
            these.was.push(tookBefore);
            these.now.push(tookNow);
          }
        }
    }
    for (const these of each) {
      was.push(...these.was);
      now.push(...these.now);
    }
    record('list.title.untitled.p50', percentile(now, 50), {
      measure: 'list by title after a cursor, a third untitled, p50: until stop 37 → now',
      value: `${ms(percentile(was, 50))} → ${ms(percentile(now, 50))}`,
      note: `p95 ${ms(percentile(was, 95))} → ${ms(percentile(now, 95))}; ${untitled} of ${articles} untitled; ${listings.map((l) => l.label).join(' / ')}, pages at ${DEPTHS.map((d) => `${d * 100}%`).join(' / ')} of the list; the page query alone`,
    });
    for (const { label, was: a, now: b } of each)
      record(`list.title.untitled.${label}.p50`, percentile(b, 50), {
        measure: `  ${label}`,
        value: `${ms(percentile(a, 50))} → ${ms(percentile(b, 50))}`,
        note: `p95 ${ms(percentile(a, 95))} → ${ms(percentile(b, 95))}`,
      });
  } finally {
    service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
