/**
 * Cleaning measured on real Chinese pages that nobody tuned for, in the shapes pages arrive:
 *   - cwced (../shared/peers/cwced): 35 pages with hand-made gold text, as HTML and as three
 *     text dumps (html2text, w3m, a lenient extractor's text), scored by the shared scorer
 *     (token F1 / precision / recall, chrome-marker lines left, pages with more than 50
 *     characters after the article, pages whose last paragraph was lost);
 *   - gne (../shared/peers/gne): 60 Chinese news pages turned into text by `w3m -dump` here
 *     at run time (the dumps are derived data and are never stored): no ICP line, related
 *     list, comment prompt, pager or copyright footer may survive, and the first and last
 *     paragraphs of the article (as the page's own HTML cleaning finds them) must.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanArticle, decodeBytes, normalizeLineEnds, readArticle } from '@winnow/text';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const cwced = join(shared, 'peers', 'cwced');
export const cwcedPresent = existsSync(join(cwced, 'gold'));

export const SHAPES = ['html', 'txt', 'w3m', 'rec'] as const;
export type Shape = (typeof SHAPES)[number];

export type BodyScore = {
  pages: number;
  missing: number;
  f1: number;
  precision: number;
  recall: number;
  chromeLines: number;
  pagesWithTailOver50: number;
  lastParagraphLost: number;
};

function fileOf(shape: Shape, id: string): string {
  return shape === 'html'
    ? join(cwced, 'html', `${id}.html`)
    : join(cwced, 'dumps', shape, `${id}.txt`);
}

/** What Winnow keeps of one page: read as import reads it, cleaned, applied edits only. */
export function cleanedPage(bytes: Uint8Array, name: string): string {
  const article = readArticle(bytes, name);
  return cleanArticle(article.raw, { mainText: article.mainText }).cleaned;
}

/** Scores `ours` ({id: text}) with the shared scorer; its five worst pages go to `log`. */
function score(ours: Record<string, string>, log: (line: string) => void): BodyScore {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-cwced-'));
  try {
    const path = join(dir, 'ours.json');
    writeFileSync(path, JSON.stringify(ours));
    const run = spawnSync(
      process.execPath,
      [join(shared, 'scripts', 'body_score.mjs'), join(cwced, 'gold'), path],
      { encoding: 'utf8' },
    );
    const [summary = '', ...worst] = run.stdout.trim().split('\n');
    for (const line of worst) log(`    ${line}`);
    if (!summary.startsWith('{')) throw new Error(`body_score failed: ${run.stderr}`);
    return JSON.parse(summary) as BodyScore;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cwcedIds(): string[] {
  return readdirSync(join(cwced, 'gold'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();
}

/** Cleans every page of one shape and scores it. */
export function cwcedShape(shape: Shape, log: (line: string) => void = () => {}): BodyScore {
  const ours: Record<string, string> = {};
  for (const id of cwcedIds()) {
    const file = fileOf(shape, id);
    if (existsSync(file)) ours[id] = cleanedPage(readFileSync(file), file);
  }
  return score(ours, log);
}

/** The input unchanged, for comparison: what doing nothing scores on a text shape. */
export function cwcedUnchanged(shape: Exclude<Shape, 'html'>): BodyScore {
  const ours: Record<string, string> = {};
  for (const id of cwcedIds()) {
    const file = fileOf(shape, id);
    if (existsSync(file)) ours[id] = normalizeLineEnds(decodeBytes(readFileSync(file)).text);
  }
  return score(ours, () => {});
}

export function cwcedReport(log: (line: string) => void): Record<Shape, BodyScore> {
  const result = {} as Record<Shape, BodyScore>;
  for (const shape of SHAPES) {
    const worst: string[] = [];
    const s = cwcedShape(shape, (line) => worst.push(line));
    result[shape] = s;
    const nothing = shape === 'html' ? '' : `  (input unchanged: F1 ${cwcedUnchanged(shape).f1})`;
    log(
      `cwced ${shape} (${s.pages} pages): F1 ${s.f1} P ${s.precision} R ${s.recall}; ` +
        `chrome lines ${s.chromeLines}; pages with >50 chars after the article ` +
        `${s.pagesWithTailOver50}; last paragraph lost ${s.lastParagraphLost}${nothing}`,
    );
    for (const line of worst) log(line);
  }
  return result;
}
