import { isRelatedHead } from '../clean/markers.ts';
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
  const listed = relatedLists(lines, links, bestFrom, bestTo);
  const region: number[] = [];
  for (let i = bestFrom; i <= bestTo; i++) {
    if ((lines[i] ?? '').trim() === '' || listed.has(i)) continue;
    if (chosen.has(i) || (links[i] ?? 0) < LINK_DENSE) region.push(i);
  }
  return region;
}

/** A heading of related links is a word or two: 相关新闻：, Related, Read more. */
const HEAD_CHARS = 12;

/**
 * Lists of related links the article's container holds inside the story: a short line
 * that heads related links (相关新闻：, Related) with the lines of links under it. They go
 * together wherever they stand, even where Readability kept the links; a head whose links
 * it dropped would otherwise stay behind on its own, in the middle of the story. A head
 * with no links under it (Related: as a word in a sentence, a heading before prose) stays.
 */
function relatedLists(
  lines: readonly string[],
  links: readonly number[],
  from: number,
  to: number,
): Set<number> {
  const listed = new Set<number>();
  for (let i = from; i <= to; i++) {
    const head = (lines[i] ?? '').trim();
    if (head === '' || visible(head) > HEAD_CHARS || !isRelatedHead(head)) continue;
    const under: number[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      if ((lines[j] ?? '').trim() === '') continue;
      if ((links[j] ?? 0) < LINK_DENSE) break;
      under.push(j);
    }
    if (under.length === 0) continue;
    listed.add(i);
    for (const j of under) listed.add(j);
  }
  return listed;
}
