import type { RuleId } from '@winnow/contract';
import type { LineShape } from './lineShape.ts';
import { twinLines } from './twinLines.ts';

/**
 * Teaser cards at the edge of the article region: "more stories" panels that a page lays
 * out as picture text, a headline, a byline or a date, then a one-paragraph summary, card
 * after card. Each summary is prose, so the densest run of prose takes the panel in with
 * the story beside it. A story's paragraphs follow one another with at most a blank line
 * between; cards are each headed by lines of furniture. A stretch of such short headed
 * paragraphs at the region's start or end is a panel when most of the cards bear a mark a
 * story's paragraphs do not: a summary cut off with an ellipsis, a posting time or posted day in
 * its heading, a heading that says the same line twice, or a heading that repeats (the same
 * share buttons or placeholder image on every card).
 */

/** A summary this long is a story's paragraph, not a card's teaser. */
const SUMMARY_TOKENS = 100;
/** Fewer cards in a row than this make no panel. */
const CARDS = 3;
/** Lines above a region's first paragraph where its card heading is looked for. */
const HEAD_REACH = 4;

/** `said`: marked by how the summary itself is said (cut off, or twice), which no listed item is. */
type Card = { head: number; from: number; to: number; marked: boolean; said: boolean };

const CUT_OFF = /(?:…|\.\.\.)["”’»)]*$/;

/** A line with something in it that is not prose: a heading, a byline, picture text. */
const furniture = (s: LineShape, value: number) => !s.blank && value <= 0 && s.tokens > 0;

/** The region's paragraphs: runs of lines worth something, with what lies between them. */
function paragraphs(values: readonly number[], from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let start = -1;
  for (let i = from; i <= to + 1; i++) {
    const prose = i <= to && (values[i] ?? 0) > 0;
    if (prose && start < 0) start = i;
    if (!prose && start >= 0) {
      found.push([start, i - 1]);
      start = -1;
    }
  }
  return found;
}

function card(
  shapes: readonly LineShape[],
  values: readonly number[],
  headFrom: number,
  from: number,
  to: number,
): Omit<Card, 'marked' | 'said'> & {
  heads: LineShape[];
  timed: boolean;
  cut: boolean;
  doubled: boolean;
  tokens: number;
} {
  const heads: LineShape[] = [];
  for (let i = headFrom; i < from; i++)
    if (furniture(shapes[i]!, values[i] ?? 0)) heads.push(shapes[i]!);
  let tokens = 0;
  const texts: string[] = [];
  for (let i = from; i <= to; i++) {
    tokens += shapes[i]!.tokens;
    if (!shapes[i]!.blank) texts.push(shapes[i]!.text);
  }
  // A summary or a picture's caption said twice over, line for line (the picture's text
  // and the caption under it): no story repeats a paragraph right after itself.
  const half = texts.length / 2;
  const doubled =
    texts.length >= 2 &&
    texts.length % 2 === 0 &&
    texts.every((t, k) => k >= half || t === texts[k + half]);
  return {
    head: headFrom,
    from,
    to,
    heads,
    timed: heads.length > 0 && heads.every(dateLine) && from > 0 && dateLine(shapes[from - 1]!),
    cut: CUT_OFF.test(shapes[to]!.text),
    doubled,
    tokens: doubled ? tokens / 2 : tokens,
  };
}

/** A line that is a date or a time and nothing more. */
const dateLine = (s: LineShape) => s.stamps > 0 || s.dated || DAY_DATE.test(s.text);

/**
 * A card's mark. Above the story, a heading with a date and the headline twice is what the
 * story's own opening looks like: there only a summary cut off or said twice marks a card.
 * A paragraph headed by its time alone, right above it, is a live blog's entry or a
 * timeline's step: the story's (a card's date stands apart from the next card's summary).
 */
const markOf = (
  c: { cut: boolean; doubled: boolean; heads: LineShape[]; timed: boolean },
  leading: boolean,
) =>
  c.cut ||
  c.doubled ||
  (!leading && ((c.heads.some(postedLine) && !c.timed) || twinLines(c.heads) > 0));

/**
 * A line that says when a teaser was posted: a time of day with its date, or a date named by
 * its weekday or as a posting's. A bare date (`2031-03-15`, `12 January 2032`) is as often what
 * a listed item says (a book's publication, a show's last day) and marks no card.
 */
const postedLine = (s: LineShape) => s.stamps > 0 || POSTED_DATE.test(s.text);

/** The cards at one end of the region, nearest the edge first; each has a heading of furniture. */
function cardsFrom(
  shapes: readonly LineShape[],
  values: readonly number[],
  paras: Array<[number, number]>,
  order: number[],
  firstHead: number,
): Card[] {
  const leading = order[0] === 0;
  const found: Array<ReturnType<typeof card>> = [];
  for (const k of order) {
    const [from, to] = paras[k]!;
    const headFrom = k === 0 ? firstHead : paras[k - 1]![1] + 1;
    const c = card(shapes, values, headFrom, from, to);
    // The run's first paragraph needs no heading of its own: the run began there.
    const headed = c.heads.length > 0 || (leading && k === 0);
    // A caption said twice is a picture's however long it runs.
    if (!headed || (c.tokens > SUMMARY_TOKENS && !c.doubled)) break;
    // Toward the story, a card runs into furniture again (the next card's heading); a
    // paragraph with the next one right under it opens the story, whatever heads it.
    const [nextFrom] = paras[k + 1] ?? [];
    if (
      leading &&
      nextFrom !== undefined &&
      card(shapes, values, to + 1, nextFrom, nextFrom).heads.length === 0
    )
      break;
    found.push(c);
  }
  return found.map((c) => ({
    head: c.head,
    from: c.from,
    to: c.to,
    marked: markOf(c, leading),
    said: c.cut || c.doubled,
  }));
}

/** A date written out with its month's name (`Tuesday November 19, 2019`, `19 Nov 2019`), alone on a short line. */
const DAY_DATE =
  /^(?:\w+,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}$/i;
/** Such a date named by its weekday or as a posting's (`Posted 3 March 2031`), not `Until …`. */
const POSTED_DATE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|(?:posted|published|updated)(?:\s+on)?:?\s+)(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}$/i;

/** How many of the cards, counted from the edge, make the panel: 0 when they are no panel. */
function panel(cards: Card[]): number {
  // The panel runs as far as its cards stay marked; an unmarked card or two among marked
  // ones (a summary that happens to close on a stop) is still the panel's.
  let end = 0;
  let marked = 0;
  for (const [k, c] of cards.entries()) {
    if (!c.marked) continue;
    marked++;
    if (marked * 2 >= k + 1) end = k + 1;
  }
  return marked >= CARDS ? end : 0;
}

/**
 * Lines at the story's edge its run took in that are plainly the page's (a panel of teaser
 * cards, a second copy of the story): from and to, and what they are, for the editor.
 */
export type Panel = { from: number; to: number; verdict: string; rule?: RuleId };

/**
 * The region without the panels of teaser cards at its ends, and the panels; the region
 * itself when none is found or too little story would be left.
 */
export function withoutCards(
  shapes: readonly LineShape[],
  values: readonly number[],
  run: { first: number; last: number; worth: number },
  least: number,
): { run: { first: number; last: number; worth: number }; panels: Panel[] } {
  const none = { run, panels: [] };
  const paras = paragraphs(values, run.first, run.last);
  if (paras.length < CARDS + 1) return none;
  const firstHead = Math.max(0, run.first - HEAD_REACH);
  const backwards = paras.map((_, k) => paras.length - 1 - k);
  const tailCards = cardsFrom(shapes, values, paras, backwards, firstHead);
  const tail = panel(tailCards);
  const leadCards = cardsFrom(
    shapes,
    values,
    paras,
    paras.map((_, k) => k),
    firstHead,
  );
  const lead = panel(leadCards);
  const from = lead;
  const to = paras.length - 1 - tail;
  if (to < from) return none;
  const first = paras[from]![0];
  const last = paras[to]![1];
  let worth = 0;
  for (let i = first; i <= last; i++) worth += values[i] ?? 0;
  // A story is told in paragraphs one after another; a page made of headed items (a
  // listicle of products, each under its picture and name) is the story itself, not a panel
  // beside it: what is left must read as a story of its own, unless every card is marked by
  // how its summary is said, as no listed item is.
  let plain = 0;
  for (let k = from + 1; k <= to; k++)
    if (card(shapes, values, paras[k - 1]![1] + 1, paras[k]![0], paras[k]![1]).heads.length === 0)
      plain++;
  const said = (cards: Card[], n: number) => cards.slice(0, n).every((c) => c.said || !c.marked);
  const told = said(leadCards, lead) && said(tailCards, tail);
  if (worth < least || (plain < CARDS && !told)) return none;
  const panels: Panel[] = [];
  if (lead > 0)
    panels.push({
      from: leadCards[0]!.head,
      to: leadCards[lead - 1]!.to,
      verdict: cardsVerdict(lead),
    });
  if (tail > 0) panels.push({ from: last + 1, to: tailCards[0]!.to, verdict: cardsVerdict(tail) });
  return { run: { first, last, worth }, panels };
}

const cardsVerdict = (cards: number) =>
  `${cards} teaser cards: picture text, a headline, a byline or a date over a one-paragraph summary, card after card, most of them cut off or dated.`;

/** A block of the page cut where a panel begins and ends: the panel is judged on its own. */
export function aroundPanels<B extends { from: number; to: number }>(
  panels: readonly Panel[],
  block: B,
): Array<B & { verdict?: string; rule?: RuleId }> {
  const pieces: Array<B & { verdict?: string; rule?: RuleId }> = [];
  let from = block.from;
  for (const panel of panels) {
    const start = Math.max(panel.from, from);
    const end = Math.min(panel.to, block.to);
    if (start > end) continue;
    if (start > from) pieces.push({ ...block, from, to: start - 1 });
    pieces.push({
      ...block,
      from: start,
      to: end,
      verdict: panel.verdict,
      ...(panel.rule ? { rule: panel.rule } : {}),
    });
    from = end + 1;
  }
  if (from <= block.to) pieces.push({ ...block, from });
  return pieces;
}

/**
 * Whether a block outside the story is a panel of teaser cards: of its paragraphs, at least
 * three are cards bearing a mark, and the marked cards hold most of the block's prose (a
 * block whose prose is mostly unheaded paragraphs may be the story running on).
 */
export function isPanel(
  { shapes, values }: { shapes: readonly LineShape[]; values: readonly number[] },
  { from, to }: { from: number; to: number },
): boolean {
  const paras = paragraphs(values, from, to);
  let prose = 0;
  let carded = 0;
  let marked = 0;
  for (const [k, [first, last]] of paras.entries()) {
    const c = card(shapes, values, k === 0 ? from : paras[k - 1]![1] + 1, first, last);
    let worth = 0;
    for (let i = first; i <= last; i++) worth += values[i] ?? 0;
    prose += worth;
    if (c.heads.length === 0 || c.tokens > SUMMARY_TOKENS || !markOf(c, false)) continue;
    marked++;
    carded += worth;
  }
  return marked >= CARDS && carded * 2 >= prose;
}
