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
  /**
   * Of the pages with a tail over 50 characters, those whose gold has one too: the gold goes
   * on past its last paragraph of 30 characters (a table, a list of short lines), so even
   * the gold itself would count one. Read with the scorer's own definitions (below).
   */
  tailsInGold: string[];
  /**
   * Every page with a tail over 50 characters: the characters kept after the gold's last
   * paragraph (as the scorer counts them) and the characters the gold itself has there, so a
   * tail that is the gold's own (a table, a contact block) reads apart from one we left.
   */
  tails: Array<{ id: string; kept: number; gold: number }>;
  /** Pages whose gold's last paragraph the input holds (as the scorer compares it) and the cleaned text lost. */
  lostThatInputHad: string[];
};

// The scorer's definitions, so the two counts above can be told apart: NFKC, no white
// space, lower case; the last gold paragraph of at least 30 characters, its last 20.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
function lastKey(gold: string): string {
  const paras = gold.split('\n').filter((l) => squash(l).length >= 30);
  return paras.length ? squash(paras[paras.length - 1]!).slice(-20) : '';
}
/** Characters after the key's last occurrence, or null when the key is not there. */
function tailAfter(text: string, key: string): number | null {
  const sq = squash(text);
  const at = key ? sq.lastIndexOf(key) : -1;
  return at < 0 ? null : sq.length - at - key.length;
}

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
function score(
  ours: Record<string, string>,
  log: (line: string) => void,
): Omit<BodyScore, 'tailsInGold' | 'tails' | 'lostThatInputHad'> {
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
    return JSON.parse(summary) as Omit<BodyScore, 'tailsInGold' | 'tails' | 'lostThatInputHad'>;
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
  const tailsInGold: string[] = [];
  const tails: BodyScore['tails'] = [];
  const lostThatInputHad: string[] = [];
  for (const id of cwcedIds()) {
    const file = fileOf(shape, id);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    ours[id] = cleanedPage(bytes, file);
    const gold = readFileSync(join(cwced, 'gold', `${id}.txt`), 'utf8');
    const key = lastKey(gold);
    const tail = tailAfter(ours[id], key);
    const goldTail = tailAfter(gold, key) ?? 0;
    if (tail !== null && tail > 50) tails.push({ id, kept: tail, gold: goldTail });
    if (tail !== null && tail > 50 && goldTail > 50) tailsInGold.push(id);
    // The input as Winnow reads it: an HTML page's visible text, a dump's text.
    if (tail === null && key && squash(readArticle(bytes, file).raw).includes(key))
      lostThatInputHad.push(id);
  }
  return { ...score(ours, log), tailsInGold, tails, lostThatInputHad };
}

/** The input unchanged, for comparison: what doing nothing scores on a text shape. */
export function cwcedUnchanged(
  shape: Exclude<Shape, 'html'>,
): Omit<BodyScore, 'tailsInGold' | 'tails' | 'lostThatInputHad'> {
  const ours: Record<string, string> = {};
  for (const id of cwcedIds()) {
    const file = fileOf(shape, id);
    if (existsSync(file)) ours[id] = normalizeLineEnds(decodeBytes(readFileSync(file)).text);
  }
  return score(ours, () => {});
}

/**
 * Pages whose gold, scored against itself, counts a tail over 50 characters: the least any
 * cleaner that keeps exactly the gold can score on that line.
 */
export function goldOwnTails(): string[] {
  return cwcedIds().filter((id) => {
    const gold = readFileSync(join(cwced, 'gold', `${id}.txt`), 'utf8');
    return (tailAfter(gold, lastKey(gold)) ?? 0) > 50;
  });
}

export function cwcedReport(log: (line: string) => void): Record<Shape, BodyScore> {
  const result = {} as Record<Shape, BodyScore>;
  const floor = goldOwnTails();
  log(
    `cwced: the gold scored against itself counts ${floor.length} page(s) with >50 chars after ` +
      `the article${floor.length ? ` (${floor.join(', ')})` : ''}`,
  );
  for (const shape of SHAPES) {
    const worst: string[] = [];
    const s = cwcedShape(shape, (line) => worst.push(line));
    result[shape] = s;
    const nothing = shape === 'html' ? '' : `  (input unchanged: F1 ${cwcedUnchanged(shape).f1})`;
    log(
      `cwced ${shape} (${s.pages} pages): F1 ${s.f1} P ${s.precision} R ${s.recall}; ` +
        `chrome lines ${s.chromeLines}; pages with >50 chars after the article ` +
        `${s.pagesWithTailOver50} (the gold has one too: ${s.tailsInGold.length}); ` +
        `last paragraph lost ${s.lastParagraphLost} (that the input had: ${s.lostThatInputHad.length})${nothing}`,
    );
    if (s.tails.length)
      log(
        `    tails (characters kept after the article / the gold's own after it): ` +
          s.tails.map((t) => `${t.id} ${t.kept}/${t.gold}`).join(', '),
      );
    if (s.lostThatInputHad.length)
      log(`    last paragraph lost that the input had: ${s.lostThatInputHad.join(', ')}`);
    for (const line of worst) log(line);
  }
  return result;
}
