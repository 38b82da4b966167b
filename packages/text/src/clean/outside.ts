import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { linesOf } from './lines.ts';
import { pageTailEdit, trailingFurnitureEdit } from './pageTail.ts';

/**
 * For a web page, the raw text is everything visible; the main-content extractor says
 * which part is the article. Lines of the raw text that are not in the extracted article
 * become removal edits, so the reader sees what was dropped and why.
 *
 * The two texts are aligned line by line as a weighted longest common subsequence: a raw
 * line may equal an article line, or lie inside one (the page split a paragraph), or hold
 * one (the page joined it with a widget). Order is kept, so a byline that also appears at
 * the end of the article cannot pull the alignment past the article itself. Matching
 * ignores whitespace: the two renderings space inline elements differently.
 */
// 8M cells of 4 bytes: the memory 4M cells of 8 took before. Sums of matched lengths stay
// exact in single precision (a page's text is far below 2^24 characters).
const MAX_CELLS = 8_000_000;

const key = (text: string) => text.replace(/\s+/g, '');

function weight(raw: string, main: string): number {
  if (raw === main) return raw.length;
  if (raw.length >= 20 && main.includes(raw)) return raw.length;
  if (main.length >= 20 && raw.includes(main)) return main.length;
  return 0;
}

/** Which raw lines (by index) the article keeps; `mainKeys` and `rawKeys` without white space. */
export function keptLines(allRawKeys: string[], mainKeys: string[]): Set<number> {
  // Blank raw lines match nothing: the alignment runs over the others only (half the cells
  // of a page that separates every line by a blank one), and answers in the raw numbering.
  const index: number[] = [];
  allRawKeys.forEach((k, i) => {
    if (k !== '') index.push(i);
  });
  const rawKeys = index.map((i) => allRawKeys[i]!);
  const kept = new Set<number>();
  for (const i of alignedLines(rawKeys, mainKeys)) kept.add(index[i]!);
  return kept;
}

function alignedLines(rawKeys: string[], mainKeys: string[]): Set<number> {
  const rows = rawKeys.length;
  const cols = mainKeys.length;
  const kept = new Set<number>();
  if (rows * cols > MAX_CELLS) {
    // Too large to align exactly in bounded time: keep each raw line found anywhere.
    const main = mainKeys.join('');
    rawKeys.forEach((k, i) => {
      if (k !== '' && k.length >= 20 && main.includes(k)) kept.add(i);
    });
    return kept;
  }
  // best[i][j]: the most article text matched using raw lines < i and article lines < j.
  const best = new Float32Array((rows + 1) * (cols + 1));
  const at = (i: number, j: number) => i * (cols + 1) + j;
  const w = (i: number, j: number) =>
    rawKeys[i] === '' ? 0 : weight(rawKeys[i] ?? '', mainKeys[j] ?? '');
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      const skipRaw = best[at(i - 1, j)] ?? 0;
      const skipMain = best[at(i, j - 1)] ?? 0;
      const m = w(i - 1, j - 1);
      // Staying on article line j lets several raw lines fill one article paragraph.
      const match = m > 0 ? (best[at(i - 1, j)] ?? 0) + m : 0;
      best[at(i, j)] = Math.max(skipRaw, skipMain, match);
    }
  }
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    const here = best[at(i, j)] ?? 0;
    const m = w(i - 1, j - 1);
    if (m > 0 && here === (best[at(i - 1, j)] ?? 0) + m) {
      kept.add(i - 1);
      i--;
    } else if (here === (best[at(i - 1, j)] ?? 0)) {
      i--;
    } else {
      j--;
    }
  }
  return kept;
}

let lastKept: { raw: string; mainText: string; kept: Set<number> } | null = null;

/** The raw lines the article keeps, aligned once per page for the rules that ask. */
function keptOf(raw: string, mainText: string): Set<number> {
  if (lastKept?.raw === raw && lastKept.mainText === mainText) return lastKept.kept;
  const kept = keptLines(
    linesOf(raw).map((l) => key(l.text)),
    mainText
      .split('\n')
      .map(key)
      .filter((k) => k !== ''),
  );
  lastKept = { raw, mainText, kept };
  return kept;
}

/**
 * A web page's end as its article shows it: the page's tail read over the article's lines
 * only (the rest blanked), so a disclaimer closing the article is seen as the end it is,
 * not followed by the sidebars and footer the raw text carries after it; and a few lines of
 * furniture after its last paragraph.
 */
export function articleTailEdits(raw: string, mainText: string): RuleEdit[] {
  const kept = keptOf(raw, mainText);
  const view = linesOf(raw).map((l, i) => (kept.has(i) ? l : { ...l, trimmed: '' }));
  return [pageTailEdit(raw, view), trailingFurnitureEdit(raw, view)].filter((e) => e !== null);
}

export function outsideArticleEdits(raw: string, mainText: string): RuleEdit[] {
  const lines = linesOf(raw);
  const kept = keptOf(raw, mainText);
  const edits: RuleEdit[] = [];
  let runStart: number | null = null;
  let runEnd = 0;
  const close = () => {
    if (runStart === null) return;
    edits.push({
      start: runStart,
      end: runEnd,
      replacement: '',
      rule: RULE.chromeOutsideArticle,
      reason:
        'The page shows this outside the article body (menus, sidebars, link lists, footers).',
      confidence: CONFIDENCE.chromeOutsideArticle,
    });
    runStart = null;
  };
  lines.forEach((line, index) => {
    const lineEnd = line.end < raw.length ? line.end + 1 : line.end;
    if (line.text.trim() === '') {
      if (runStart !== null) runEnd = lineEnd;
    } else if (kept.has(index)) {
      close();
    } else {
      if (runStart === null) runStart = line.start;
      runEnd = lineEnd;
    }
  });
  close();
  return edits;
}
