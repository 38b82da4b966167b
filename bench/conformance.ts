/**
 * `pnpm conformance`: Winnow's cleaning and numerals measured against other projects' test data in
 * ../shared/peers (never copied into the project). Prints figures; asserts nothing.
 *   - aeb: article-extraction benchmark F1 with the shared scorer, Winnow side by side
 *     with Readability alone on the same pages;
 *   - gne: 60 Chinese pages — in how many does an ICP number, a related-links heading,
 *     a comment prompt or a copyright footer survive cleaning;
 *   - ftfy: encoding repairs fixed, negative cases left alone;
 *   - numerals: Chinese numbers read exactly, on cn2an's and nzh's tables;
 *   - cwced: 35 pages with gold text as HTML and three text dumps (bench/cwced.ts);
 *   - gne as text: the 60 pages dumped by w3m and cleaned as text files (bench/gneDumps.ts).
 *   - the text path on pages it was not built with: aeb and gne as w3m dumps (bench/textProxies.ts).
 *   - the same in the shapes cwced's held-out dumps come in: w3m -cols 1000, html2text (bench/crawlerDumps.ts).
 *   - trafilatura's evaluation snippets on its five CJK pages, as HTML and w3m dumps (bench/trafilaturaEval.ts).
 *   - titles of cwced's and gne's pages as text against their HTML reading's (bench/titleAgreement.ts).
 *   - facts: precision and recall on the hand-annotated pages (bench/factsConformance.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanArticle, decodeBytes, extractMainContent, readArticle } from '@winnow/text';
import { crawlerDumpsReport } from './crawlerDumps.ts';
import { cwcedPresent, cwcedReport } from './cwced.ts';
import { gneDumpsReport, gnePresent, w3mMissing } from './gneDumps.ts';
import { aebAsText, gneTextAgainstHtml } from './textProxies.ts';
import { factsScore, printFacts } from './factsConformance.ts';
import { ftfyConformance } from './ftfyConformance.ts';
import { numeralConformance } from './numeralConformance.ts';
import { trafilaturaEvalReport } from './trafilaturaEval.ts';
import { titleAgreementReport } from './titleAgreement.ts';

export const shared = join(import.meta.dirname, '..', '..', 'shared');
export const peers = join(shared, 'peers');
export const peersPresent = existsSync(peers);

function clean(bytes: Uint8Array, name: string): { cleaned: string } {
  const article = readArticle(bytes, name);
  return { cleaned: cleanArticle(article.raw, { mainText: article.mainText }).cleaned };
}

export function aeb(): Record<string, number> {
  const truth = JSON.parse(readFileSync(join(peers, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const ours: Record<string, { articleBody: string }> = {};
  const readabilityOnly: Record<string, { articleBody: string }> = {};
  for (const id of Object.keys(truth)) {
    const file = join(peers, 'aeb', 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const bytes = gunzipSync(readFileSync(file));
    ours[id] = { articleBody: clean(bytes, `${id}.html`).cleaned };
    // Readability's own choice, before the page's lines set its edges and cleaning runs.
    const main = extractMainContent(decodeBytes(bytes).text);
    readabilityOnly[id] = { articleBody: main?.readabilityText ?? '' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'winnow-aeb-'));
  const f1: Record<string, number> = {};
  for (const [label, output] of [
    ['Winnow', ours],
    ['Readability.js alone (same DOM)', readabilityOnly],
  ] as const) {
    const path = join(dir, 'ours.json');
    writeFileSync(path, JSON.stringify(output));
    const score = spawnSync(
      process.execPath,
      [join(shared, 'scripts', 'aeb_score.mjs'), join(peers, 'aeb', 'ground-truth.json'), path],
      {
        encoding: 'utf8',
      },
    );
    process.stdout.write(
      `aeb (${Object.keys(output).length} pages), ${label}: ${score.stdout.trim() || score.stderr.trim()}\n`,
    );
    f1[label] = (JSON.parse(score.stdout) as { f1: number }).f1;
  }
  rmSync(dir, { recursive: true, force: true });
  return f1;
}

const SURVIVORS: Array<[string, RegExp]> = [
  ['ICP number', /ICP\s*[备備证證]?\s*[:：]?\s*\d{5,}/],
  ['related links', /相关推荐|相關推薦|相关阅读|相關閱讀|热门推荐|熱門推薦/],
  [
    'comment prompt',
    /发表评论|發表評論|我要评论|网友评论|评论\s*\(\d+\)|请登录后评论|电子邮件地址不会被公开/,
  ],
  ['copyright footer', /Copyright\s*©|©\s*\d{4}|版权所有|版權所有/i],
];

export function gne(): { pages: number; pagesWithChrome: number } {
  const root = join(peers, 'gne', 'tests');
  let pages = 0;
  const found = new Map<string, string[]>();
  for (const site of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, site)).filter((n) => n.endsWith('.html'))) {
      pages++;
      const { cleaned } = clean(readFileSync(join(root, site, name)), name);
      for (const [label, pattern] of SURVIVORS) {
        if (pattern.test(cleaned))
          found.set(label, [...(found.get(label) ?? []), `${site}/${name}`]);
      }
    }
  }
  const pagesWithChrome = new Set([...found.values()].flat()).size;
  process.stdout.write(`gne (${pages} Chinese pages): chrome survives in ${pagesWithChrome}\n`);
  for (const [label, where] of found)
    process.stdout.write(`  ${label}: ${where.length} — ${where.slice(0, 8).join(', ')}\n`);
  return { pages, pagesWithChrome };
}

export function ftfy(): void {
  const report = ftfyConformance(peers);
  if (!report) return;
  const percent = ((100 * report.repaired) / report.repairs).toFixed(1);
  process.stdout.write(
    `ftfy: ${report.repaired}/${report.repairs} encoding repairs fixed (${percent}%); ` +
      `negative cases changed: ${report.negativesChanged.length}/${report.negatives} ` +
      `(${report.negativesTouched} touched only as ftfy's own answer does)\n`,
  );
  for (const failure of report.failures)
    process.stdout.write(
      `  not fixed: ${failure.label} — ${JSON.stringify(failure.got).slice(0, 80)}\n`,
    );
  for (const changed of report.negativesChanged)
    process.stdout.write(`  negative changed: ${changed.label} — ${JSON.stringify(changed.got)}\n`);
}

export function numerals(): void {
  for (const report of numeralConformance(peers)) {
    const percent = ((100 * report.exact) / report.rows).toFixed(1);
    process.stdout.write(
      `numerals, ${report.table}: ${report.exact}/${report.rows} exact (${percent}%)\n`,
    );
    for (const failure of report.failures.slice(0, 10))
      process.stdout.write(
        `  ${failure.input}: expected ${failure.expected}, read ${failure.got}\n`,
      );
  }
}

// Run as a script (pnpm conformance, pnpm bench); imported by tests, it only defines.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  if (!peersPresent) process.stdout.write(`conformance: ${peers} is not here; nothing measured.\n`);
  else {
    aeb();
    gne();
    const log = (line: string) => process.stdout.write(`${line}\n`);
    if (cwcedPresent) cwcedReport(log);
    if (gnePresent) gneDumpsReport(log);
    // The text path on pages it was not built with (bench/textProxies.ts).
    if (w3mMissing()) log(`text path on aeb and gne as dumps: not measured, ${w3mMissing()}`);
    else {
      aebAsText(peers, join(shared, 'scripts'), log);
      if (gnePresent) gneTextAgainstHtml(peers, join(shared, 'scripts'), log);
    }
    if (gnePresent) crawlerDumpsReport(peers, join(shared, 'scripts'), log);
    trafilaturaEvalReport(peers, log);
    titleAgreementReport(peers, log);
    ftfy();
    numerals();
    printFacts(factsScore(join(import.meta.dirname, '..'), shared));
  }
}
