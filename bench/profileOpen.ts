/// <reference lib="dom" />
/**
 * Where the time of opening an article goes, for working on it (not a bench row): the
 * same selection as bench/browser.ts, with every request made meanwhile (start, first
 * byte, last byte), when the raw pane entered the page and when its frame was done.
 *
 *   node bench/profileOpen.ts DB [trials]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { articlesNear } from './browser.ts';
import { percentile } from './stats.ts';

const cli = join(import.meta.dirname, '..', 'apps', 'cli', 'src', 'main.ts');
const dbPath = process.argv[2] ?? '';
const trials = Number(process.argv[3] ?? 15);

const near = (kb: number): number[] => articlesNear(dbPath, kb, trials);

const server = spawn(
  process.execPath,
  [cli, 'serve', '--db', dbPath, '--port', '0', '--no-samples'],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let output = '';
const url = await new Promise<string>((resolve) => {
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    const match = /Open (http:\/\/\S+)/.exec(output);
    if (match?.[1]) resolve(match[1]);
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  // Tasks over 50 ms (the page frozen), gathered while each article opens and settles.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  for (const kb of [5, 50, 200]) {
    const rows: Array<Record<string, number>> = [];
    const calls = new Map<string, number[]>();
    for (const id of near(kb)) {
      const r = await page.evaluate(async (articleId) => {
        const selector = `article[data-article-id="${articleId}"] [data-testid="aligned-panes"] [data-testid="raw-text"]`;
        performance.clearResourceTimings();
        const started = performance.now();
        let inserted = 0;
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            inserted = performance.now() - started;
            requestAnimationFrame(() => setTimeout(resolve, 0));
          });
          observer.observe(document.body, { childList: true, subtree: true });
          window.location.hash = `article=${articleId}`;
        });
        const total = performance.now() - started;
        const marks: Record<string, number> = {};
        for (const m of performance.getEntriesByType('mark'))
          if (m.startTime >= started && !(m.name in marks)) marks[m.name] = m.startTime - started;
        performance.clearMarks();
        const requests = performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .map((e) => ({
            name: e.name.replace(/.*\/api\/call\//, ''),
            start: e.startTime - started,
            firstByte: e.responseStart - started,
            end: e.responseEnd - started,
            bytes: e.encodedBodySize,
            transfer: e.transferSize,
          }));
        const rowsDrawn = document.querySelectorAll(`${selector} .row`).length;
        // The text's answer when it came on the desk's call socket (no HTTP request).
        const answered = performance
          .getEntriesByName('winnow.call articles.get')
          .map((e) => e.startTime + e.duration - started)
          .filter((end) => end >= 0);
        performance.clearMeasures();
        return { total, inserted, requests, rowsDrawn, marks, answered: answered[0] };
      }, id);
      await page.evaluate(
        () => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve), 200)),
      );
      const longest = await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        const most = Math.max(0, ...w.longTasks);
        w.longTasks = [];
        return most;
      });
      const row: Record<string, number> = {
        longest,
        total: r.total,
        inserted: r.inserted,
        rows: r.rowsDrawn,
        ...r.marks,
      };
      if (r.answered !== undefined) row['getEnd'] = r.answered;
      for (const q of r.requests) {
        const list = calls.get(q.name) ?? [];
        list.push(q.end);
        calls.set(q.name, list);
        if (q.name.startsWith('articles.get')) row['getEnd'] = q.end;
      }
      rows.push(row);
      if (rows.length === 1)
        process.stdout.write(`${kb} KB first: ${JSON.stringify(r.requests)}\n`);
    }
    const col = (k: string) =>
      `${k} p50 ${percentile(
        rows.map((r) => r[k] ?? 0),
        50,
      ).toFixed(1)} p95 ${percentile(
        rows.map((r) => r[k] ?? 0),
        95,
      ).toFixed(1)}`;
    for (const k of [...new Set(rows.flatMap((r) => Object.keys(r)))].sort())
      if (k.startsWith('w-')) process.stdout.write(`   ${col(k)}\n`);
    process.stdout.write(
      `${kb} KB: ${col('total')} | ${col('inserted')} | ${col('getEnd')} | ${col('longest')} | rows ${rows[0]?.['rows']}\n`,
    );
    for (const [name, ends] of calls)
      process.stdout.write(
        `   ${name}: n ${ends.length}, end p50 ${percentile(ends, 50).toFixed(1)}\n`,
      );
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
