/**
 * The two text shapes the held-out cwced pages arrive in, made here from pages Winnow was
 * not built with, as cwced's own dumps were made: `w3m -dump -cols 1000` (no wrapping, so
 * table layouts put side columns on the article's lines) and html2text's Markdown (Debian's
 * python3-html2text: links and images out, `- ` bullets, no wrapping; cwced's txt dumps
 * are this output, give or take white space). Printed by `pnpm conformance` beside the
 * 80-column w3m proxies of bench/textProxies.ts:
 * - aeb's 181 pages in each shape, cleaned as text, against aeb's gold, beside doing nothing;
 * - gne's 60 pages in each shape against Winnow's own HTML reading of the same page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '@winnow/text';
import { cleanedPage } from './cwced.ts';
import { figures, scored } from './textProxies.ts';
import type { Score } from './textProxies.ts';

const HTML2TEXT = '/usr/bin/html2markdown';

export type DumpShape = 'w3m-1000' | 'html2text';

/** Why a shape cannot be made here, or null when it can. */
export function dumpShapeMissing(shape: DumpShape): string | null {
  const [tool, args] = shape === 'w3m-1000' ? ['w3m', ['-version']] : [HTML2TEXT, ['--version']];
  const probe = spawnSync(tool, args, { encoding: 'utf8' });
  if (!probe.error) return null;
  return shape === 'w3m-1000'
    ? 'w3m is not installed (Debian: apt-get install w3m)'
    : 'html2text is not installed (Debian: apt-get install python3-html2text)';
}

/** A page as a crawler saves it in `shape`, from its bytes decoded as Winnow decodes them. */
export function crawlerDump(bytes: Uint8Array, shape: DumpShape): string {
  const html = decodeBytes(bytes).text;
  const [tool, args] =
    shape === 'w3m-1000'
      ? ['w3m', ['-dump', '-cols', '1000', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8']]
      : [
          HTML2TEXT,
          [
            '--ignore-links',
            '--ignore-images',
            '--ignore-emphasis',
            '--dash-unordered-list',
            '--body-width=0',
          ],
        ];
  const run = spawnSync(tool, args, {
    input: html,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
  return run.stdout;
}

/** aeb's pages in `shape` against aeb's gold: the text path, and doing nothing. */
export function aebDumps(peers: string, scripts: string, shape: DumpShape): [Score, Score] {
  const root = join(peers, 'aeb');
  const truth = join(root, 'ground-truth.json');
  const text: Record<string, { articleBody: string }> = {};
  const nothing: Record<string, { articleBody: string }> = {};
  for (const id of Object.keys(JSON.parse(readFileSync(truth, 'utf8')) as object)) {
    const dump = crawlerDump(gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`))), shape);
    nothing[id] = { articleBody: dump };
    text[id] = { articleBody: cleanedPage(Buffer.from(dump, 'utf8'), `${id}.txt`) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'winnow-aeb-dumps-'));
  try {
    const scorer = join(scripts, 'aeb_score.mjs');
    return [scored(scorer, truth, text, dir), scored(scorer, truth, nothing, dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** gne's pages in `shape` against Winnow's HTML reading of each: the text path, and doing nothing. */
export function gneDumpsAgainstHtml(
  peers: string,
  scripts: string,
  shape: DumpShape,
): [Score, Score] {
  const root = join(peers, 'gne', 'tests');
  const dir = mkdtempSync(join(tmpdir(), 'winnow-gne-dumps-'));
  const gold = join(dir, 'html');
  mkdirSync(gold);
  const text: Record<string, string> = {};
  const nothing: Record<string, string> = {};
  try {
    for (const site of readdirSync(root).sort())
      for (const name of readdirSync(join(root, site)).filter((n) => n.endsWith('.html'))) {
        const id = `${site}_${name.replace(/\.html$/, '')}`;
        const bytes = readFileSync(join(root, site, name));
        writeFileSync(join(gold, `${id}.txt`), cleanedPage(bytes, name));
        const dump = crawlerDump(bytes, shape);
        nothing[id] = dump;
        text[id] = cleanedPage(Buffer.from(dump, 'utf8'), `${name}.txt`);
      }
    const scorer = join(scripts, 'body_score.mjs');
    return [scored(scorer, gold, text, dir), scored(scorer, gold, nothing, dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function crawlerDumpsReport(
  peers: string,
  scripts: string,
  log: (line: string) => void,
): void {
  for (const shape of ['w3m-1000', 'html2text'] as const) {
    const missing = dumpShapeMissing(shape);
    if (missing) {
      log(`aeb and gne as ${shape} dumps: not measured, ${missing}`);
      continue;
    }
    const [aebText, aebNothing] = aebDumps(peers, scripts, shape);
    log(
      `aeb as ${shape} dumps: text path ${figures(aebText)}; doing nothing ${figures(aebNothing)}`,
    );
    const [gne, gneNothing] = gneDumpsAgainstHtml(peers, scripts, shape);
    log(
      `gne as ${shape} dumps against Winnow's HTML reading: text path ${figures(gne)}, chrome lines ` +
        `${gne['chromeLines']}, pages with >50 chars after the article ${gne['pagesWithTailOver50']}, ` +
        `last paragraph lost ${gne['lastParagraphLost']}; doing nothing ${figures(gneNothing)}`,
    );
  }
}
