/**
 * gne's 60 Chinese news pages saved as text the way a crawler saves them (`w3m -dump`, made
 * here at run time from ../shared/peers/gne; the dumps are derived data and never stored),
 * then read and cleaned as Winnow imports a text file. Checked: no ICP number, related-links
 * list, comment prompt, pager (上一篇/下一篇) or copyright footer survives; and the article's
 * first and last paragraphs do. gne has no gold text, so "the article" is what Winnow's
 * own HTML path (Readability and the chrome rules) keeps of the same page: a paragraph of
 * at least 30 characters, compared on letters and digits only (w3m wraps lines at 80 columns
 * and draws list marks as symbols).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '@winnow/text';
import { cleanedPage } from './cwced.ts';

const gneRoot = join(import.meta.dirname, '..', '..', 'shared', 'peers', 'gne', 'tests');
export const gnePresent = existsSync(gneRoot);

/** Why the w3m check cannot run here, or null when it can. */
export function w3mMissing(): string | null {
  const probe = spawnSync('w3m', ['-version'], { encoding: 'utf8' });
  return probe.error ? 'w3m is not installed (Debian: apt-get install w3m)' : null;
}

export const DUMP_SURVIVORS: Array<[string, RegExp]> = [
  ['ICP number', /ICP\s*[备備证證]?\s*[:：]?\s*\d{5,}/],
  ['related links', /相关推荐|相關推薦|相关阅读|相關閱讀|热门推荐|熱門推薦/],
  [
    'comment prompt',
    /发表评论|發表評論|我要评论|网友评论|评论\s*\(\d+\)|请登录后评论|电子邮件地址不会被公开/,
  ],
  ['pager', /上一篇|下一篇/],
  ['copyright footer', /Copyright\s*©|©\s*\d{4}|版权所有|版權所有/i],
];

/** The page as `w3m -dump` saves it: the bytes decoded as Winnow decodes them, fed as UTF-8. */
export function w3mDump(bytes: Uint8Array): string {
  const run = spawnSync('w3m', ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8'], {
    input: decodeBytes(bytes).text,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`w3m failed: ${run.stderr}`);
  return run.stdout;
}

// Letters and digits only: w3m draws list marks and images as symbols (`●`, `[logo]`'s
// brackets) where the HTML had none, and wraps lines at 80 columns.
const squash = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

export type GneDumpReport = {
  pages: number;
  /** Per survivor label, the pages where it survived. */
  survivors: Record<string, string[]>;
  firstParagraphLost: string[];
  lastParagraphLost: string[];
};

export function gneDumps(): GneDumpReport {
  const report: GneDumpReport = {
    pages: 0,
    survivors: {},
    firstParagraphLost: [],
    lastParagraphLost: [],
  };
  for (const site of readdirSync(gneRoot).sort()) {
    for (const name of readdirSync(join(gneRoot, site)).filter((n) => n.endsWith('.html'))) {
      const page = `${site}/${name}`;
      const bytes = readFileSync(join(gneRoot, site, name));
      report.pages++;
      const cleaned = cleanedPage(Buffer.from(w3mDump(bytes), 'utf8'), `${name}.txt`);
      for (const [label, pattern] of DUMP_SURVIVORS)
        if (pattern.test(cleaned)) (report.survivors[label] ??= []).push(page);
      const paragraphs = cleanedPage(bytes, name)
        .split('\n')
        // A paragraph is 30 characters without white space, as before; compared on letters.
        .filter((p) => p.replace(/\s+/g, '').length >= 30)
        .map(squash);
      const kept = squash(cleaned);
      const first = paragraphs[0];
      const last = paragraphs[paragraphs.length - 1];
      if (first && !kept.includes(first.slice(0, 20))) report.firstParagraphLost.push(page);
      if (last && !kept.includes(last.slice(-20))) report.lastParagraphLost.push(page);
    }
  }
  return report;
}

export function gneDumpsReport(log: (line: string) => void): GneDumpReport | null {
  const missing = w3mMissing();
  if (missing) {
    log(`gne as w3m dumps: not measured — ${missing}`);
    return null;
  }
  const r = gneDumps();
  const withChrome = new Set(Object.values(r.survivors).flat()).size;
  log(
    `gne as w3m dumps (${r.pages} pages): chrome survives in ${withChrome}; ` +
      `first paragraph lost in ${r.firstParagraphLost.length}, last in ${r.lastParagraphLost.length}`,
  );
  for (const [label, where] of Object.entries(r.survivors))
    log(`  ${label}: ${where.length} — ${where.slice(0, 8).join(', ')}`);
  if (r.firstParagraphLost.length)
    log(`  first paragraph lost: ${r.firstParagraphLost.slice(0, 8).join(', ')}`);
  if (r.lastParagraphLost.length)
    log(`  last paragraph lost: ${r.lastParagraphLost.slice(0, 8).join(', ')}`);
  return r;
}
