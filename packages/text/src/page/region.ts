import { grams, gramsAmong } from '../clean/grams.ts';
import { isRelatedHead, isTailMarker } from '../clean/markers.ts';
import { ownSectionsThrough } from '../clean/sections.ts';
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

const isProse = (line: string) => visible(line) >= PROSE_CHARS && SENTENCE_END.test(line.trim());

/**
 * `headlines`: what the page names its story by (its <h1> headings, `og:title`), to tell a
 * story's lead from a promotion standing above it.
 */
export function articleRegion(
  lines: readonly string[],
  links: readonly number[],
  mainText: string,
  headlines: readonly string[] = [],
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
    const linked = isProse(line) ? 0 : chars * (links[i] ?? 0);
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
  // An entry's later sections (tables, lists) named as the story's own (clean/sections.ts)
  // run on with it, as far as Readability's span goes. The run may stop inside a section
  // of tables (their cells are mostly links, and those Readability dropped weigh nothing):
  // any gap is bridged, within that span.
  const through = ownSectionsThrough(lines.slice(0, last + 1), bestFrom, bestTo, {
    tail: (i) => visible(lines[i] ?? '') <= HEAD_CHARS && isTailMarker((lines[i] ?? '').trim()),
    gap: Infinity,
    finishLast: true,
  });
  const listed = relatedLists(lines, links, bestFrom, bestTo);
  const start = afterLeadIn(lines, listed, bestFrom, bestTo, headlines);
  // The sections taken on drop their own lists of related links, as the run does; where
  // the story starts is the run's affair alone.
  const end = through !== null && through > bestTo ? through : bestTo;
  for (const i of relatedLists(lines, links, bestTo + 1, end)) listed.add(i);
  const region: number[] = [];
  for (let i = start; i <= end; i++) {
    if ((lines[i] ?? '').trim() === '' || listed.has(i)) continue;
    if (chosen.has(i) || (links[i] ?? 0) < LINK_DENSE) region.push(i);
  }
  return region;
}

/**
 * Where the story starts when a list of related links stands near the top of the run. A
 * story interrupted by such a list goes on past it, and what stands above it is the story's
 * opening: two paragraphs or more, or a lead about what the headline or the story below the
 * list says (any lead, when the page names no headline to compare with): a headline's words
 * are often not its lead's, and a lead's subject runs on below. Less than that above the list is not the
 * story's: a promotion box (a sentence selling an app or a service), a player's caption and
 * its controls, a share bar, a byline box with no sentence at all. The run then starts below
 * the list, as it does on a page saved as text, where such a list is a wall.
 */
function afterLeadIn(
  lines: readonly string[],
  listed: ReadonlySet<number>,
  from: number,
  to: number,
  headlines: readonly string[],
): number {
  if (listed.size === 0) return from;
  const head = Math.min(...listed);
  const prose = lines.slice(from, head).filter(isSentence);
  if (prose.length >= 2) return from;
  const below = lines.slice(Math.max(...listed) + 1, to + 1).join('\n');
  if (prose.length === 1 && (aboutHeadline(prose[0]!, headlines) || toldBelow(prose[0]!, below)))
    return from;
  return head;
}

/** Of a lead's words (Han pairs, Latin words), this many said again below make it the story's. */
const STORY_WORDS = 3;
/** A lead states: it closes on a full stop, where a promotion's pitch exclaims (`…福利哦！`). */
const STATED = /[。.]["”’」』)）]*$/;

/**
 * Whether a lead is the story's though its words are not its headline's: it states, and the
 * story below the list goes on with its words. A promotion shares only the site's words.
 */
function toldBelow(paragraph: string, below: string): boolean {
  return STATED.test(paragraph.trim()) && gramsAmong(below, grams(paragraph)).size >= STORY_WORDS;
}

/** A line that ends a sentence of a few words: a lead may be one short sentence (34 Han characters). */
const isSentence = (line: string) => visible(line) >= 20 && SENTENCE_END.test(line.trim());

/** Of a headline's words (Han pairs, Latin words), this many in a paragraph make it about it. */
const HEADLINE_WORDS = 2;

function aboutHeadline(paragraph: string, headlines: readonly string[]): boolean {
  if (headlines.length === 0) return true;
  const own = grams(paragraph);
  return headlines.some((headline) => {
    let shared = 0;
    for (const g of grams(headline)) if (own.has(g)) shared++;
    return shared >= HEADLINE_WORDS;
  });
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
