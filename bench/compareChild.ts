/**
 * One import or one cold bundle export, by the Winnow found at ROOT (this checkout or an
 * older one), in a process of its own: `node bench/compareChild.ts ROOT import|export DIR DB`.
 * Prints {seconds, maxRssMb, load, ...} as JSON. Used by bench/compare.ts.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { openService as OpenService } from '@winnow/service';
import { timeNarrowed } from './searchFilter.ts';
import { percentile } from './stats.ts';

const [root, mode, dir, db] = process.argv.slice(2);
if (!root || !dir || !db || !['import', 'export', 'search'].includes(mode ?? ''))
  throw new Error('usage: compareChild.ts ROOT import|export|search DIR DB');
// By its path: that checkout's own packages, whatever this one's node_modules link to.
const { openService } = (await import(
  pathToFileURL(join(root, 'packages/service/src/index.ts')).href
)) as { openService: typeof OpenService };
if (mode === 'import') for (const s of ['', '-wal', '-shm']) rmSync(`${db}${s}`, { force: true });
const service = openService({ dbPath: db });
const load = loadavg()[0]!;
const started = performance.now();
let figures: Record<string, number>;
if (mode === 'import') {
  const result = await service.call('articles.import', { paths: [dir] });
  if (!result.ok) throw new Error(result.error.message);
  const seconds = (performance.now() - started) / 1000;
  service.store.db.pragma('wal_checkpoint(TRUNCATE)');
  figures = {
    seconds,
    articles: result.value.imported,
    perSecond: result.value.imported / seconds,
  };
} else if (mode === 'search') {
  // Searches narrowed by a filter (searchFilter.ts), p50 and p95 over 200.
  const samples = await timeNarrowed(service);
  figures = { seconds: 0, p50: percentile(samples, 50), p95: percentile(samples, 95) };
} else {
  const out = join(dir, 'compare-export.zip');
  const result = await service.call('articles.export', { format: 'bundle', out });
  if (!result.ok) throw new Error(result.error.message);
  figures = { seconds: (performance.now() - started) / 1000, articles: result.value.articles };
  rmSync(out, { force: true });
}
service.close();
const usage = process.resourceUsage();
const maxRssMb = usage.maxRSS / 1024;
// CPU seconds on every thread: on a loaded machine the wall clock says more about the
// others' work than ours, this says what ours cost.
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
const megabytes = statSync(db).size / 1024 / 1024;
/**
 * The CPU seconds of this (the writing) thread alone, from Linux's per-thread accounting;
 * the rest of cpuSeconds went to the workers (and V8's helpers). Null elsewhere.
 */
function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the name), in ticks.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
const mainCpuSeconds = mainThreadCpuSeconds();
process.stdout.write(
  `${JSON.stringify({ ...figures, maxRssMb, cpuSeconds, mainCpuSeconds, megabytes, load })}\n`,
);
