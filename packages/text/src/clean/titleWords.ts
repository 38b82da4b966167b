import { grams, gramsAmong } from './grams.ts';

/**
 * What a line that might be the title says of the story: a headline names its story, so the
 * story repeats some of its words. A menu run together without separators, a pager's links
 * or a comment widget's words stand near the story too, but the story names none or next to
 * none of them. Only the title asks this; the cleaner judges these lines by its own rules.
 */

/** Of a long run's word pairs, the share at least that its story repeats if it is the headline. */
const LEAST_SHARE = 0.1;
/** Pairs from which a line counts as long: a short title may fairly name its story in one word. */
const LONG_LINE_GRAMS = 8;
/** A short link's word: a few Han characters (`上章`, `评论`, `人参与`). */
const LINK_WORD = /^\p{Script=Han}{1,4}$/u;
/** Of a row of link words, the share of word pairs at least that its story repeats. */
const ROW_SHARE = 0.5;

/** The story without the line's own first copy (the line itself proves nothing). */
function without(story: string, line: string): string {
  const at = story.indexOf(line);
  return at < 0 ? story : story.slice(0, at) + story.slice(at + line.length);
}

/** How many of the line's word pairs there are, and how many the story repeats. */
export function storyShare(line: string, story: string): { own: number; shared: number } {
  const own = grams(line);
  return { own: own.size, shared: gramsAmong(without(story, line), own).size };
}

/**
 * A line that names too little of its story to be its headline: a long run of words with no
 * space or stop between them almost none of which the story repeats (a menu's row run
 * together, `首页要闻国内…`), or a row of short Han words set apart by spaces (`上章 下章`,
 * `人参与 评论`) that the story does not mostly name: links. A headline that speaks of
 * something else in words of its own, spaced or stopped as a phrase, is left alone.
 */
export function namesTooLittle(line: string, story: string): boolean {
  const { own, shared } = storyShare(line, story);
  const run = !/[\s\p{P}\p{S}]/u.test(line.trim());
  if (run && own >= LONG_LINE_GRAMS && shared < own * LEAST_SHARE) return true;
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.every((w) => LINK_WORD.test(w)) && shared < own * ROW_SHARE;
}

/** Display columns of a line: a wide (CJK) character takes two. */
function columns(text: string): number {
  let n = 0;
  for (const c of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        c,
      )
        ? 2
        : 1;
  return n;
}

/** A paragraph's line a dump broke at its width is this wide at least (a headline is shorter). */
const WRAP_WIDTH = 30;
/** Columns the lines of one wrapped paragraph may differ by (a wide character at the end). */
const WRAP_SLACK = 2;

/**
 * Whether line `i` begins a paragraph the dump wrapped at a fixed width: it and the two lines
 * straight after it, with no blank line between, are as wide as each other and wide. Such a
 * line is a piece of the story's sentence, however it ends, never its headline.
 */
export function wrappedParagraph(lines: readonly string[], i: number): boolean {
  const run = lines.slice(i, i + 3);
  if (run.length < 3 || run.some((l) => l.trim() === '')) return false;
  const widths = run.map((l) => columns(l.trim()));
  const least = Math.min(...widths);
  return least >= WRAP_WIDTH && Math.max(...widths) - least <= WRAP_SLACK;
}
