import { keptLines } from '../clean/outside.ts';

/**
 * The article as a run of the page's own lines. Readability says where the article is,
 * but it judges by containers: it drops tables, headings and short paragraphs inside the
 * article that a reader copies with it, and it keeps what its container holds after the
 * story (pagers, lists of headlines, widgets). Here its choice is the prior, and the
 * page's lines decide the edges: the article is the run of lines, within the span
 * Readability found, that carries the most text of its own and the least link text (the
 * densest run of prose, as a person selecting the story would take it). Inside that run,
 * lines Readability dropped (tables, headings, captions) come back unless they are
 * mostly links.
 */

/** A line at least this much link text is navigation, not article. */
const LINK_DENSE = 0.5;
/**
 * What a line Readability left out weighs per character of its own: nothing. A gap
 * between lines it kept is taken in unless its link text outweighs what lies beyond.
 * (Measured: −0.25 and +0.5 lose on the cwced pages and aeb alike.)
 */
const UNCHOSEN = 0;

/**
 * A sentence of some length: its links are references inside prose (names, sources), not
 * navigation, and do not count against it. Headlines in a list end without a full stop.
 */
const SENTENCE_END = /[。！？.!?][”’"')）」』]*$/u;
const PROSE_CHARS = 40;

/** Letters, digits and Han characters: rules of dashes and dots weigh nothing. */
const visible = (line: string) => line.replace(/[^\p{L}\p{N}]+/gu, '').length;

export function articleRegion(
  lines: readonly string[],
  links: readonly number[],
  mainText: string,
): number[] {
  const chosen = keptLines(
    lines.map((line) => line.replace(/\s+/g, '')),
    mainText
      .split('\n')
      .map((line) => line.replace(/\s+/g, ''))
      .filter((line) => line !== ''),
  );
  // A rule of dashes or an empty cell matches anywhere: only lines with words anchor the span.
  for (const i of chosen) if (visible(lines[i] ?? '') === 0) chosen.delete(i);
  if (chosen.size === 0) return [];
  const first = Math.min(...chosen);
  const last = Math.max(...chosen);
  // Maximum-sum run of line weights over Readability's span (Kadane).
  let best = -Infinity;
  let bestFrom = first;
  let bestTo = first;
  let sum = 0;
  let from = first;
  for (let i = first; i <= last; i++) {
    const line = lines[i] ?? '';
    const chars = visible(line);
    const prose = chars >= PROSE_CHARS && SENTENCE_END.test(line.trim());
    const linked = prose ? 0 : chars * (links[i] ?? 0);
    const own = chars - linked;
    const weight = (chosen.has(i) ? own : own * UNCHOSEN) - linked;
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += weight;
    if (sum > best) {
      best = sum;
      bestFrom = from;
      bestTo = i;
    }
  }
  const region: number[] = [];
  for (let i = bestFrom; i <= bestTo; i++) {
    if ((lines[i] ?? '').trim() === '') continue;
    if (chosen.has(i) || (links[i] ?? 0) < LINK_DENSE) region.push(i);
  }
  return region;
}
