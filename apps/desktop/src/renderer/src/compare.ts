import { diffChars, diffLines, diffWords } from 'diff';
import type { ChangeObject } from 'diff';

/**
 * How long the fine comparison may take before the line comparison is tried, and how long
 * that may take before the texts are shown as replaced. In a worker the page keeps
 * answering whatever the budget; on the page itself (no worker) the budget is small.
 */
export type Budget = { fineMs: number; linesMs: number };
export const WORKER_BUDGET: Budget = { fineMs: 400, linesMs: 200 };
export const PAGE_BUDGET: Budget = { fineMs: 15, linesMs: 10 };

export type Compared = {
  parts: ChangeObject<string>[];
  grain: 'chars' | 'words' | 'lines' | 'whole';
};

const part = (value: string, kind: 'same' | 'added' | 'removed'): ChangeObject<string> => ({
  value,
  added: kind === 'added',
  removed: kind === 'removed',
  count: 1,
});

/** How many leading and trailing characters two texts share (the part no diff needs to see). */
function sharedEnds(a: string, b: string): { head: number; tail: number } {
  let head = 0;
  const most = Math.min(a.length, b.length);
  while (head < most && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < most - head &&
    a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)
  )
    tail++;
  // Never split a surrogate pair or (for words) a word: back off to a safe boundary.
  while (head > 0 && /[\uD800-\uDBFF\w]/.test(a.charAt(head - 1))) head--;
  while (tail > 0 && /[\uDC00-\uDFFF\w]/.test(a.charAt(a.length - tail))) tail--;
  return { head, tail };
}

/**
 * Two texts with no edit list between them (an editor's revision, another article):
 * character by character for Chinese, word by word for English; past the budget, by
 * line, and past that, the whole middle replaced.
 */
export function compareTexts(
  before: string,
  after: string,
  language: string | null,
  budget: Budget = PAGE_BUDGET,
): Compared {
  const { head, tail } = sharedEnds(before, after);
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const wrap = (middle: ChangeObject<string>[], grain: Compared['grain']): Compared => ({
    parts: [
      ...(head > 0 ? [part(before.slice(0, head), 'same')] : []),
      ...middle,
      ...(tail > 0 ? [part(before.slice(before.length - tail), 'same')] : []),
    ],
    grain,
  });
  const grain = language === 'en' ? 'words' : 'chars';
  const fine =
    grain === 'words'
      ? diffWords(a, b, { timeout: budget.fineMs })
      : diffChars(a, b, { timeout: budget.fineMs });
  if (fine) return wrap(fine, grain);
  const lines = diffLines(a, b, { timeout: budget.linesMs });
  if (lines) return wrap(lines, 'lines');
  return wrap([...(a ? [part(a, 'removed')] : []), ...(b ? [part(b, 'added')] : [])], 'whole');
}
