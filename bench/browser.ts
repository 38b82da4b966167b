/// <reference lib="dom" />
/**
 * The desk in a real browser: `winnow serve` on the benchmark corpus, Debian's Chromium
 * through Playwright. Measures selecting an article until its diff is on screen in the
 * aligned panes (5, 50, 200 KB; 40 articles each), the longest task that blocked the page
 * meanwhile, and the server's peak memory.
 *
 *   node bench/browser.ts DB   (run by bench/run.ts after the import)
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openService } from '@winnow/service';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { labelStudioBuild, openInLabelStudio, serveLabelStudio } from './labelStudio.ts';
import { percentile } from './stats.ts';

export type BrowserFigures = {
  open: Array<{
    kb: number;
    /** Selections measured. */
    count: number;
    p50: number;
    p95: number;
    /** Of which the answer from the service, until its last byte arrived. */
    fetchP50: number;
    longestTaskMs: number;
    /** Facts already drawn when the diff was shown (the rest follow in the background). */
    factsDrawn: number;
    /** Label Studio's editor on the same articles, alternating with the desk (issue 24). */
    peer: { p50: number; p95: number; spread: number; longestTaskMs: number } | null;
    /** The baseline checkout's desk on the same articles, alternating (WINNOW_BENCH_BASELINE). */
    baseline: { p50: number; p95: number; spread: number } | null;
    /** The desk's spread: p95 − p50. */
    spread: number;
  }>;
  /** Why the peer did not run, when it did not. */
  peerMissing: string | null;
  serverPeakRssMb: number;
  serverRssAfterMb: number;
};

const cli = join(import.meta.dirname, '..', 'apps', 'cli', 'src', 'main.ts');
/** Selections per size: a p95 of 40 is the second-slowest, not the slowest. */
const TRIALS = 40;

/** Articles whose source is closest to `kb` in size (the same choice as the service bench). */
export function articlesNear(dbPath: string, kb: number, count: number): number[] {
  const service = openService({ dbPath });
  try {
    return (
      service.store.db
        .prepare(
          `SELECT a.id FROM article a JOIN source_file s ON s.id = a.source_file_id
           ORDER BY abs(s.size_bytes - ?) LIMIT ?`,
        )
        .all(kb * 1024, count) as { id: number }[]
    ).map((r) => r.id);
  } finally {
    service.close();
  }
}

/** The raw texts of the articles, for the peer's tasks. */
function rawTexts(dbPath: string, ids: number[]): string[] {
  const service = openService({ dbPath });
  try {
    return ids.map((id) => service.store.articles.get(id)?.raw ?? '');
  } finally {
    service.close();
  }
}

/** Starts collecting long tasks (> 50 ms on the main thread: a frozen page) in `page`. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}
const resetLongTasks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
  });
const longestTask = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));

/** Peak and current resident memory of a process, from /proc (Linux). */
function memoryOf(pid: number): { peakMb: number; nowMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peakMb: kb('VmHWM') / 1024, nowMb: kb('VmRSS') / 1024 };
}

/** The peer opens one article, from a settled page as the desk's selections start. */
async function openPeer(page: Page, text: string): Promise<number> {
  await page.bringToFront();
  const ms = await openInLabelStudio(page, text);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve()), 200)),
  );
  return ms;
}

/** `winnow serve` of the checkout whose CLI is `cliPath`, on `dbPath`; its page's URL. */
async function startServe(
  cliPath: string,
  dbPath: string,
): Promise<{ url: string; server: ReturnType<typeof spawn> }> {
  const server = spawn(
    process.execPath,
    [cliPath, 'serve', '--db', dbPath, '--port', '0', '--no-samples'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.once('exit', (code) => reject(new Error(`winnow serve exited with ${code}: ${output}`)));
  });
  return { url, server };
}

/**
 * Another checkout of Winnow (`WINNOW_BENCH_BASELINE=/path/to/checkout`, its renderer
 * built) opened beside this one in the same browser, alternating article by article on a
 * copy of the corpus: a change is measured against the code before it in one run, under
 * the same load, never against a figure from another time.
 */
const baselineRoot = process.env['WINNOW_BENCH_BASELINE'] ?? '';
/**
 * The corpus file the baseline opens a copy of (`WINNOW_BENCH_BASELINE_DB`), when its code
 * is older than the corpus's schema and cannot open it: the same articles imported or
 * kept before the migration (the backup the migration left), so the ids are the same.
 */
const baselineSource = process.env['WINNOW_BENCH_BASELINE_DB'] ?? '';

/**
 * The desk in `page` opens an article: from the selection (the address changes, as a click
 * or a link does) to the frame after the article's raw text with its hunks is in the page,
 * then a settled page (the facts of the article drawn), as an editor's next selection
 * starts from.
 */
async function openInDesk(
  page: Page,
  id: number,
): Promise<{ ms: number; fetchMs: number; factCount: number }> {
  const figures = await page.evaluate(async (articleId) => {
    // The raw pane inside the aligned panes (raw and cleaned line by line).
    const selector = `article[data-article-id="${articleId}"] [data-testid="aligned-panes"] [data-testid="raw-text"]`;
    const started = performance.now();
    // Shown = the frame after the raw text with its hunks entered the page: the element is
    // seen as soon as it is inserted, then one animation frame (which lays out and paints
    // it) and a task after that frame.
    await new Promise<void>((resolve) => {
      const shown = () => requestAnimationFrame(() => setTimeout(resolve, 0));
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        shown();
      });
      observer.observe(document.body, { childList: true, subtree: true });
      window.location.hash = `article=${articleId}`;
    });
    // The service's answer: an HTTP request, or a message on the desk's call socket.
    const answered = [
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/api/call/articles.get'))
        .map((e) => (e as PerformanceResourceTiming).responseEnd),
      ...performance
        .getEntriesByName('winnow.call articles.get')
        .map((e) => e.startTime + e.duration),
    ].filter((end) => end >= started);
    performance.clearResourceTimings();
    performance.clearMeasures();
    return {
      ms: performance.now() - started,
      fetchMs: answered.length > 0 ? Math.min(...answered) - started : 0,
      factCount: document.querySelectorAll('[data-testid="fact"]').length,
    };
  }, id);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve()), 200)),
  );
  return figures;
}

export async function benchBrowser(dbPath: string): Promise<BrowserFigures> {
  const { url, server } = await startServe(cli, dbPath);
  let baselineDb = '';
  const baseline = baselineRoot
    ? await (async () => {
        baselineDb = join(mkdtempSync(join(tmpdir(), 'winnow-baseline-')), 'corpus.sqlite');
        copyFileSync(baselineSource || dbPath, baselineDb);
        return startServe(join(baselineRoot, 'apps', 'cli', 'src', 'main.ts'), baselineDb);
      })()
    : null;
  const browser = await chromium.launch({
    executablePath: process.env['WINNOW_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await watchLongTasks(page);
    // The peer in a second tab of the same browser, brought to the front in turn.
    const build = labelStudioBuild();
    const peerServer = 'folder' in build ? await serveLabelStudio(build.folder) : null;
    const peerPage = peerServer
      ? await browser.newPage({ viewport: { width: 1400, height: 900 } })
      : null;
    if (peerPage && peerServer) {
      await peerPage.goto(peerServer.url);
      await watchLongTasks(peerPage);
    }
    const basePage = baseline
      ? await browser.newPage({ viewport: { width: 1400, height: 900 } })
      : null;
    if (basePage && baseline) {
      await basePage.goto(baseline.url);
      await basePage.getByRole('listbox').getByRole('option').first().waitFor();
    }
    const open: BrowserFigures['open'] = [];
    for (const kb of [5, 50, 200]) {
      const ids = articlesNear(dbPath, kb, TRIALS);
      const texts = peerPage ? rawTexts(dbPath, ids) : [];
      const samples: number[] = [];
      const peerSamples: number[] = [];
      const baseSamples: number[] = [];
      const fetches: number[] = [];
      let facts = 0;
      await resetLongTasks(page);
      if (peerPage) await resetLongTasks(peerPage);
      for (const [n, id] of ids.entries()) {
        // Alternating article by article, each first in turn: neither gains from the
        // other's warm caches or from the machine's moods.
        const peerFirst = peerPage !== null && n % 2 === 1;
        if (peerFirst) peerSamples.push(await openPeer(peerPage, texts[n] ?? ''));
        // The baseline desk opens the same article, before or after this one in turn.
        const openBaseline = async (turn: boolean) => {
          if (!basePage || !turn) return;
          await basePage.bringToFront();
          baseSamples.push((await openInDesk(basePage, id)).ms);
        };
        await openBaseline(n % 2 === 0);
        await page.bringToFront();
        // From the selection (the address changes, as a click or a link does) to the
        // frame after the article's raw text with its hunks is in the page.
        const { ms, fetchMs, factCount } = await openInDesk(page, id);
        samples.push(ms);
        fetches.push(fetchMs);
        await openBaseline(n % 2 === 1);
        facts += factCount;
        if (peerPage && !peerFirst) peerSamples.push(await openPeer(peerPage, texts[n] ?? ''));
      }
      const p50 = percentile(samples, 50);
      const p95 = percentile(samples, 95);
      const peer = peerPage
        ? {
            p50: percentile(peerSamples, 50),
            p95: percentile(peerSamples, 95),
            spread: percentile(peerSamples, 95) - percentile(peerSamples, 50),
            longestTaskMs: await longestTask(peerPage),
          }
        : null;
      open.push({
        kb,
        count: samples.length,
        p50,
        p95,
        spread: p95 - p50,
        longestTaskMs: await longestTask(page),
        fetchP50: percentile(fetches, 50),
        factsDrawn: Math.round(facts / ids.length),
        peer,
        baseline: basePage
          ? {
              p50: percentile(baseSamples, 50),
              p95: percentile(baseSamples, 95),
              spread: percentile(baseSamples, 95) - percentile(baseSamples, 50),
            }
          : null,
      });
    }
    peerServer?.server.close();
    const memory = memoryOf(server.pid ?? 0);
    return {
      open,
      serverPeakRssMb: memory.peakMb,
      serverRssAfterMb: memory.nowMb,
      peerMissing: 'missing' in build ? build.missing : null,
    };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    baseline?.server.kill('SIGTERM');
    if (baselineDb) rmSync(dirname(baselineDb), { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const dbPath = process.argv[2];
  if (!dbPath) throw new Error('usage: node bench/browser.ts CORPUS.sqlite');
  process.stdout.write(`${JSON.stringify(await benchBrowser(dbPath), null, 2)}\n`);
}
