/**
 * `pnpm bench`: Winnow's performance report. Generates (or reuses) a deterministic corpus,
 * measures, prints a table and writes bench/results.json. Figures, never assertions: these
 * machines are noisy, so compare ratios measured in one run.
 *
 *   WINNOW_BENCH_ARTICLES=N   corpus size (default 100,000)
 *   pnpm bench --reuse-db     skip the import and measure the corpus the last run kept
 *                             (bench/.corpus/nN.sqlite); for iterating on queries
 *   pnpm bench --only hunk,open-check,browser,space,search-filter,title-sort,throughput
 *                             only those rows (throughput: cleaning and fact extraction
 *                             on one core; open-check and browser import the kept
 *                             corpus first when there is none: node bench/keptCorpus.ts;
 *                             browser builds the renderer first; title-sort measures a
 *                             copy of the kept corpus with a third of it untitled)
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openService } from '@winnow/service';
import { extractFacts } from '@winnow/facts';
import { cleanArticle, decodeBytes, normalizeLineEnds } from '@winnow/text';
import type { WinnowService } from '@winnow/service';
import type { Params } from '@winnow/contract';
import { benchBrowser } from './browser.ts';
import { benchDiff } from './diff.ts';
import { benchColdExport, benchExport, benchPrepare } from './exports.ts';
import type { Report } from './exports.ts';
import { generateCorpus } from './generate.ts';
import { ensureImported } from './keptCorpus.ts';
import { benchSpace } from './dbSpace.ts';
import { benchKeptCorpus, benchSearchFilter } from './searchFilter.ts';
import { benchTitleSort } from './titleSort.ts';
import { benchHunkRow, benchOpenCheck } from './reliability.ts';
import { benchImport } from './importBench.ts';
import { ms, percentile, timeEach } from './stats.ts';

type Row = { measure: string; value: string; note: string };

const ARTICLES = Number(process.env['WINNOW_BENCH_ARTICLES'] ?? 100_000);
const corpusDir = join(import.meta.dirname, '.corpus', `n${ARTICLES}`);
const rows: Row[] = [];
const results: Record<string, number> = {};

function record(key: string, value: number, row: Row): void {
  results[key] = Math.round(value * 100) / 100;
  rows.push(row);
}

function ensureCorpus(): { files: number; bytes: number } {
  const manifest = join(corpusDir, 'manifest.json');
  if (existsSync(manifest))
    return JSON.parse(readFileSync(manifest, 'utf8')) as { files: number; bytes: number };
  process.stderr.write(`generating ${ARTICLES} articles in ${corpusDir}…\n`);
  mkdirSync(corpusDir, { recursive: true });
  const made = generateCorpus(corpusDir, ARTICLES);
  writeFileSync(manifest, JSON.stringify(made));
  return made;
}

/** Queries an editor would type; each pool is cycled through so no single term dominates. */
const searches: Record<string, string[]> = {
  'zh 1 char': ['合', '技', '站', '园', '猫', '训'],
  'zh 2 chars': ['合作', '技术', '技術', '数据', '项目', '协议'],
  'zh 3+ chars': ['实验室', '科技园区', '数据共享平台', '访问学者', '創新合作報告'],
  'en word': ['laboratories', 'platform', 'agreements', 'trainees', 'programme'],
};

async function benchSearch(service: WinnowService): Promise<void> {
  for (const [label, pool] of Object.entries(searches)) {
    let matches = 0;
    const samples = await timeEach(200, async (i) => {
      const result = await service.call('articles.list', {
        query: pool[i % pool.length] ?? '',
        limit: 50,
      });
      if (!result.ok) throw new Error(result.error.message);
      matches += result.value.total;
    });
    const key = label.replace(/\W+/g, '_');
    record(`search.${key}.p95`, percentile(samples, 95), {
      measure: `search p95: ${label}`,
      value: ms(percentile(samples, 95)),
      note: `p50 ${ms(percentile(samples, 50))}; first page of 50 + count (capped at 1,000); avg ${Math.round(matches / 203)} matches`,
    });
  }
}

/**
 * Opening an article at the service (record, edits, facts with corroboration) for
 * articles of about 5, 50 and 200 KB: 40 different articles each, p50 and p95.
 */
async function benchOpen(service: WinnowService): Promise<void> {
  for (const kb of [5, 50, 200]) {
    const ids = (
      service.store.db
        .prepare(
          `SELECT a.id FROM article a JOIN source_file s ON s.id = a.source_file_id
            ORDER BY abs(s.size_bytes - ?) LIMIT 40`,
        )
        .all(kb * 1024) as { id: number }[]
    ).map((r) => r.id);
    let facts = 0;
    const samples = await timeEach(ids.length, async (i) => {
      const result = await service.call('articles.get', { id: ids[i]! });
      if (!result.ok) throw new Error(result.error.message);
      facts += result.value.facts.length;
    });
    record(`open.${kb}kb.p95`, percentile(samples, 95), {
      measure: `open an article of ~${kb} KB, p95`,
      value: ms(percentile(samples, 95)),
      note: `p50 ${ms(percentile(samples, 50))}; record, edits and facts with corroboration; avg ${Math.round(facts / ids.length)} facts`,
    });
  }
}

const listings: Array<{ label: string; params: Params<'articles.list'> }> = [
  { label: 'import order', params: { sort: 'imported' } },
  { label: 'pending, by date', params: { status: 'pending', sort: 'date' } },
  { label: 'English, by title', params: { language: 'en', sort: 'title' } },
  {
    label: 'zh, date range, by date',
    params: { language: 'zh', from: '2025-03-01', to: '2025-06-01', sort: 'date' },
  },
  { label: 'no pending facts, by title', params: { hasPendingFacts: false, sort: 'title' } },
];

async function benchList(service: WinnowService): Promise<void> {
  // A cursor some pages in, so the measure is not only the first page.
  const samples: number[] = [];
  for (const { label, params } of listings) {
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const first = await service.call('articles.list', {
        ...params,
        limit: 50,
        ...(after ? { after } : {}),
      });
      if (!first.ok) throw new Error(first.error.message);
      after = first.value.nextCursor ?? undefined;
    }
    const these = await timeEach(100, async (i) => {
      const result = await service.call('articles.list', {
        ...params,
        limit: 50,
        ...(i % 2 === 1 && after ? { after } : {}),
      });
      if (!result.ok) throw new Error(result.error.message);
    });
    samples.push(...these);
    rows.push({
      measure: `  list p95: ${label}`,
      value: ms(percentile(these, 95)),
      note: `p50 ${ms(percentile(these, 50))}`,
    });
  }
  record('list.p95', percentile(samples, 95), {
    measure: 'list page p95',
    value: ms(percentile(samples, 95)),
    note: `p50 ${ms(percentile(samples, 50))}; 50 rows with count; ${listings.map((l) => l.label).join(' / ')}; first and 6th pages`,
  });
}

/** Decoding and cleaning alone, on one core, over the first files of the corpus. */
function benchCleaning(): void {
  const files: string[] = [];
  for (const sub of readdirSync(corpusDir)
    .filter((name) => /^\d+$/.test(name))
    .sort()) {
    for (const name of readdirSync(join(corpusDir, sub)).sort())
      files.push(join(corpusDir, sub, name));
    if (files.length >= 10_000) break;
  }
  const texts = files
    .slice(0, 10_000)
    .map((file) => normalizeLineEnds(decodeBytes(readFileSync(file)).text));
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024;
  const started = performance.now();
  let edits = 0;
  const cleaned: string[] = [];
  for (const text of texts) {
    const result = cleanArticle(text);
    edits += result.edits.length;
    cleaned.push(result.cleaned);
  }
  const seconds = (performance.now() - started) / 1000;
  record('clean.mbPerSecond', megabytes / seconds, {
    measure: 'cleaning throughput',
    value: `${(megabytes / seconds).toFixed(1)} MB/s`,
    note: `one core; ${texts.length} articles, ${megabytes.toFixed(1)} MB of UTF-8 text, ${edits} edits`,
  });
  benchExtraction(cleaned);
}

/** Fact extraction alone, on one core, over the same articles' cleaned texts. */
function benchExtraction(texts: string[]): void {
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024;
  const started = performance.now();
  let facts = 0;
  for (const text of texts) facts += extractFacts(text, { publishedAt: '2024-06-01' }).length;
  const seconds = (performance.now() - started) / 1000;
  record('extract.mbPerSecond', megabytes / seconds, {
    measure: 'fact extraction throughput',
    value: `${(megabytes / seconds).toFixed(1)} MB/s`,
    note: `one core; ${texts.length} cleaned articles (${(texts.length / seconds).toFixed(0)}/s), ${facts} facts`,
  });
}

/** Winnow's diffs beside diff-match-patch's and jsdiff's plain character diff. */
function benchDiffs(path: string): void {
  process.stderr.write('comparing diffs…\n');
  for (const row of benchDiff(path)) {
    const key = row.pairs.split(' ')[0];
    record(`diff.${key}.winnow.p95`, row.winnow.p95, {
      measure: `diff, ${row.pairs}: Winnow p95 (max)`,
      value: `${ms(row.winnow.p95)} (${ms(row.winnow.max)})`,
      note: `${row.count} pairs; ${row.winnow.how}`,
    });
    record(`diff.${key}.dmp.p95`, row.dmp.p95, {
      measure: `diff, ${row.pairs}: diff-match-patch p95 (max)`,
      value: `${ms(row.dmp.p95)} (${ms(row.dmp.max)})`,
      note: 'diff_main, its default 1 s timeout',
    });
    record(`diff.${key}.jsdiff.p95`, row.jsdiff.p95, {
      measure: `diff, ${row.pairs}: jsdiff diffChars p95 (max)`,
      value: `${ms(row.jsdiff.p95)} (${ms(row.jsdiff.max)})`,
      note: `plain character diff; ${row.jsdiff.stopped} stopped at 5 s`,
    });
  }
}

/** The desk in Chromium against `winnow serve`, and the server's memory meanwhile. */
async function benchInBrowser(path: string): Promise<void> {
  // The renderer this checkout's sources make, built now: a build left from older sources
  // measured code that was no longer there (it happened: a page from before a change
  // still fetched its icon at every selection).
  process.stderr.write('building the renderer…\n');
  const build = spawnSync('pnpm', ['build:ui'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`pnpm build:ui failed:\n${build.stdout}${build.stderr}`);
  process.stderr.write('opening articles in the browser…\n');
  // The machine is shared: its load beside the figures says how far to trust them.
  const loadBefore = loadavg()[0] ?? 0;
  const figures = await benchBrowser(path);
  const loadAfter = loadavg()[0] ?? 0;
  record('browser.load', loadBefore, {
    measure: "browser: the machine's 1-minute load before (after) the runs",
    value: `${loadBefore.toFixed(2)} (${loadAfter.toFixed(2)})`,
    note: 'Winnow and the peer alternate article by article, so both see the same load',
  });
  for (const open of figures.open) {
    record(`browser.open.${open.kb}kb.p95`, open.p95, {
      measure: `browser: select an article of ~${open.kb} KB until its diff is shown, p95`,
      value: ms(open.p95),
      note: `${open.count} articles; p50 ${ms(open.p50)}, spread ${ms(open.spread)}; of which the service's answer ${ms(open.fetchP50)} (p50); longest task ${ms(open.longestTaskMs)}`,
    });
    if (open.baseline)
      record(`browser.open.${open.kb}kb.baseline.p95`, open.baseline.p95, {
        measure: `  beside it: the baseline checkout's desk (WINNOW_BENCH_BASELINE), p95`,
        value: `${ms(open.baseline.p95)} (Winnow ÷ baseline ${(open.p95 / open.baseline.p95).toFixed(2)})`,
        note: `p50 ${ms(open.baseline.p50)}, spread ${ms(open.baseline.spread)}`,
      });
    const peer = open.peer;
    record(`browser.open.${open.kb}kb.peer.p95`, peer?.p95 ?? Number.NaN, {
      measure: `  beside it: Label Studio's editor, the same articles, alternating, p95`,
      value: peer
        ? `${ms(peer.p95)} (Winnow ÷ peer ${(open.p95 / peer.p95).toFixed(2)})`
        : 'not run',
      note: peer
        ? `p50 ${ms(peer.p50)}, spread ${ms(peer.spread)}; longest task ${ms(peer.longestTaskMs)} (Winnow ${ms(open.longestTaskMs)})`
        : (figures.peerMissing ?? ''),
    });
  }
  record('server.peakRssMb', figures.serverPeakRssMb, {
    measure: 'service memory with the corpus open (peak RSS)',
    value: `${figures.serverPeakRssMb.toFixed(0)} MB`,
    note: `winnow serve after the browser runs; ${figures.serverRssAfterMb.toFixed(0)} MB at the end`,
  });
}

function printTable(): void {
  const widths = [0, 1, 2].map((i) =>
    Math.max(...rows.map((r) => Object.values(r)[i]?.length ?? 0), 8),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  process.stdout.write(
    `\nWinnow benchmark — ${ARTICLES} generated articles, Node ${process.version}\n\n`,
  );
  process.stdout.write(
    `${line(['measure', 'value', 'note'])}\n${line(widths.map((w) => '-'.repeat(w)))}\n`,
  );
  for (const row of rows) process.stdout.write(`${line([row.measure, row.value, row.note])}\n`);
}

// `--only hunk,open-check`: just those rows (the second needs the kept corpus).
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : null;
if (only) {
  if (only.has('throughput')) {
    ensureCorpus();
    benchCleaning();
  }
  if (only.has('hunk')) await benchHunkRow(record);
  if (only.has('open-check')) benchOpenCheck(record, await ensureImported(), ARTICLES);
  if (only.has('browser')) await benchInBrowser(await ensureImported());
  if (only.has('space') || only.has('search-filter')) await benchKeptCorpus(record, only);
  if (only.has('title-sort')) benchTitleSort(record, await ensureImported());
  printTable();
  process.exit(0);
}
const corpus = ensureCorpus();
const reuse = process.argv.includes('--reuse-db');
const keptDb = join(import.meta.dirname, '.corpus', `n${ARTICLES}.sqlite`);
// The imported corpus is kept beside the generated files for --reuse-db runs.
const dbPath = keptDb;
if (reuse && !existsSync(keptDb)) {
  throw new Error(`--reuse-db: no kept corpus at ${keptDb}; run pnpm bench once first.`);
}
if (!reuse)
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${keptDb}${suffix}`, { force: true });
const service = openService({ dbPath });
try {
  benchCleaning();
  if (reuse)
    rows.push({ measure: 'import', value: 'skipped', note: `--reuse-db: measuring ${keptDb}` });
  else await benchImport(service, corpusDir, corpus, record);
  service.store.db.pragma('wal_checkpoint(TRUNCATE)');
  // No ANALYZE: Winnow never runs one, so neither does the corpus it measures. With the
  // statistics it made, SQLite chose plans 1.4-1.7x slower for searches narrowed by a
  // filter, and the 10k corpus beside it (search-filter) had none: its growth figure
  // compared two planners, not two sizes.
  const size = statSync(dbPath).size / 1024 / 1024;
  record('db.megabytes', size, {
    measure: 'database size',
    value: `${size.toFixed(0)} MB`,
    note: 'after import, WAL checkpointed',
  });
  await benchSearch(service);
  await benchList(service);
  benchSpace(record, service, corpus.bytes);
  await benchSearchFilter(record, service, ARTICLES);
  await benchOpen(service);
} finally {
  service.close();
}
const report: Report = { record, row: (row) => rows.push(row), corpus };
benchTitleSort(record, dbPath);
benchColdExport(report, dbPath);
benchPrepare(report, dbPath);
benchExport(report, dbPath);
benchDiffs(dbPath);
await benchInBrowser(dbPath);
await benchHunkRow(record);
benchOpenCheck(record, dbPath, ARTICLES);
printTable();
// Cleaning quality, printed with the figures (reads ../shared/peers where present).
process.stdout.write('\n');
spawnSync(process.execPath, [join(import.meta.dirname, 'conformance.ts')], { stdio: 'inherit' });
writeFileSync(
  join(import.meta.dirname, 'results.json'),
  `${JSON.stringify({ articles: ARTICLES, ...results }, null, 2)}\n`,
);
