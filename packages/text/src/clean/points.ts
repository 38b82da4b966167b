import { grams, gramsAmong } from './grams.ts';
import type { LineShape } from './lineShape.ts';
import type { ArticleRegion } from './region.ts';

/**
 * The story's own short lines at its top: the key points an explainer opens with (`第一，…`,
 * `一是…；`), a poem's verses. They are short and no sentence closes them, like a menu's
 * items, but they read otherwise: a point is numbered or goes on past a comma, a verse
 * stands among lines of its own even width, and both say what the story says, in its
 * words. A menu's items are names of the site's sections, a word or two each, and share
 * next to nothing with the story.
 */

/** An ordinal opening a point: 第一，/ 一是 / 一、/ 1、/ 1. / (1) / ①. */
const ORDINAL =
  /^(?:第[一二三四五六七八九十\d]{1,3}[，,、：:.．]|[一二三四五六七八九十]{1,2}(?:是|要|[、．.])|\d{1,2}\s*[、．.)）](?!\d)|[(（][一二三四五六七八九十\d]{1,2}[)）]|[\u2460-\u2473])/;
/** A clause carried on: a comma or semicolon inside the line or closing it. */
const CLAUSE = /[，,；;、].*\p{L}|[，,；;]$/u;

/** Whether the line reads as an item of what the story says: numbered, or a clause going on. */
const isPointLike = (s: LineShape): boolean => ORDINAL.test(s.text) || CLAUSE.test(s.text);

/** Whether the line opens with an ordinal: a numbered point. */
const opensWithOrdinal = (s: LineShape): boolean => ORDINAL.test(s.text);

/** Of the story's lines, the least share of the block's word pairs it must repeat. */
const SHARED = 0.3;
/** A block of points holds this many lines at least; fewer are left to the line rules. */
const LEAST_POINTS = 3;
/**
 * A stanza holds this many verses at least (a quatrain): a headline the page wrapped onto two
 * or three lines of a like width is no stanza.
 */
const LEAST_VERSES = 4;
/** The longest line a point or a verse runs to (a longer one is a paragraph's, judged as prose). */
const POINT_TOKENS = 40;

/**
 * Whether the lines (shapes, blanks among them) are the story's own points or verses: enough
 * of them, short, each point-like (numbered, or a clause going on) or all of one even width
 * (verses), and together repeating the story's words. `body` is the story's opening.
 */
export function storyPoints(shapes: readonly LineShape[], body: string): boolean {
  const filled = shapes.filter((s) => !s.blank);
  if (filled.length < LEAST_POINTS) return false;
  if (
    filled.some((s) => s.tokens > POINT_TOKENS || s.marker !== null || s.stamps > 0 || s.cells > 2)
  )
    return false;
  // A closed sentence among them is prose the region left out, judged as such elsewhere.
  if (filled.some((s) => /[。！？!?]$/.test(s.text))) return false;
  const pointed = filled.filter(isPointLike).length;
  if (pointed * 3 < filled.length * 2 && !(filled.length >= LEAST_VERSES && verses(filled)))
    return false;
  const own = new Set<number | string>();
  for (const s of filled) for (const g of grams(s.text)) own.add(g);
  if (own.size === 0) return false;
  return gramsAmong(body, own).size >= own.size * SHARED;
}

/** Shortest verse, in words (a classical one holds five or seven): four or fewer name a menu’s item. */
const VERSE_TOKENS = 5;
/** How far a verse's width may stray from the stanza's middle one. */
const VERSE_SPREAD = 0.35;

/** Lines of one even width, each a few words, none a row: a stanza. */
function verses(lines: readonly LineShape[]): boolean {
  const widths = lines.map((s) => s.tokens).sort((a, b) => a - b);
  const middle = widths[Math.floor(widths.length / 2)]!;
  return (
    widths[0]! >= VERSE_TOKENS &&
    lines.every((s) => !s.bullet && !s.heading && !s.field) &&
    widths.every((w) => Math.abs(w - middle) <= middle * VERSE_SPREAD)
  );
}

/**
 * Whether line `i` is one of a stanza or a list of points: it and its neighbours with no
 * more than a blank line between, three or more short unfinished lines of one kind (verses of an even
 * width, or numbered points). A headline stands alone; such a line is the story's, however
 * many of the story's words it repeats (a poem's line the story quotes). A list of other
 * stories' headlines right over the headline, or a poem right under it, makes a group of
 * uneven widths with it: there the group's first and last lines may still be the headline;
 * verses all of one width (a classical poem's five or seven characters) are verses to the end.
 */
export function inStanza(shapes: readonly LineShape[], i: number): boolean {
  const line = shapes[i];
  if (!fits(line)) return false;
  const point = opensWithOrdinal(line);
  const near = (s: LineShape | undefined): s is LineShape =>
    fits(s) &&
    (point
      ? opensWithOrdinal(s)
      : !s.bullet && !s.heading && Math.abs(s.tokens - line.tokens) <= line.tokens * VERSE_SPREAD);
  // The next line of the group: the one after, or after one blank line (a dump that sets
  // each verse apart as a paragraph).
  const step = (at: number, by: number) =>
    near(shapes[at + by])
      ? at + by
      : shapes[at + by]?.blank && near(shapes[at + 2 * by])
        ? at + 2 * by
        : null;
  let from = i;
  let count = 1;
  for (let k = step(i, -1); k !== null; k = step(k, -1)) {
    from = k;
    count++;
  }
  let to = i;
  for (let k = step(i, 1); k !== null; k = step(k, 1)) {
    to = k;
    count++;
  }
  if (count < (point ? LEAST_POINTS : LEAST_VERSES)) return false;
  const even = shapes.slice(from, to + 1).every((s) => s.blank || s.tokens === line.tokens);
  return point || (from < i && to > i) || even;
}

/** A line that may be a point or a verse: no mark of the page but a bullet, no sentence closed. */
export const pointShaped = (s: LineShape): boolean =>
  !s.blank &&
  s.tokens <= POINT_TOKENS &&
  s.marker === null &&
  s.stamps === 0 &&
  s.cells <= 2 &&
  !s.field &&
  !s.heading &&
  !/[。！？!?]$/.test(s.text);

/** A line that may be a verse or a point: a few words, no mark of the page, no sentence closed. */
const fits = (s: LineShape | undefined): s is LineShape =>
  s !== undefined &&
  !s.blank &&
  s.tokens >= VERSE_TOKENS &&
  s.tokens <= POINT_TOKENS &&
  s.marker === null &&
  s.stamps === 0 &&
  s.cells <= 2 &&
  !s.field &&
  !/[。！？!?]$/.test(s.text);

/** How much of the story's opening the lines above it are compared with. */
const OPENING_CHARS = 1500;

/** The story's opening, as the lines above it are compared with. */
export function storyOpening(region: Pick<ArticleRegion, 'shapes' | 'first' | 'last'>): string {
  let text = '';
  for (let i = region.first; i <= region.last && text.length < OPENING_CHARS; i++)
    text += `${region.shapes[i]!.text}\n`;
  return text;
}

/**
 * Of the lines `from`..`to` right above the story, the first of those at their end that are
 * the story's own points or verses (storyPoints), or null where they are not.
 */
export function pointsAbove(
  shapes: readonly LineShape[],
  from: number,
  to: number,
  opening: string,
): number | null {
  let first = to + 1;
  for (let i = to; i >= from; i--) {
    const s = shapes[i]!;
    if (!s.blank && !pointShaped(s)) break;
    if (!s.blank) first = i;
  }
  if (first > to) return null;
  return storyPoints(shapes.slice(first, to + 1), opening) ? first : null;
}

/**
 * Such lines are only proposed for removal, `confidence` below what is applied: the page marks
 * them as it marks furniture, and the editor, not the marks, says whether they are the story's.
 */
export function pointsJudged(place: string, confidence: number) {
  const reason = `${place} short lines that read as the story’s own points or verses (numbered, clauses going on, or of one even width, in its words): check they are not part of it.`;
  return { reason, confidence, rival: null };
}

/**
 * Whether a block above the story ends right over it, nothing but blank lines between: under
 * the headline, or the whole top of a page whose headline the region did not find.
 */
function rightAbove(
  region: Pick<ArticleRegion, 'shapes' | 'first'>,
  block: { to: number; where: string },
): boolean {
  if (block.where === 'after') return false;
  for (let i = block.to + 1; i < region.first; i++) if (!region.shapes[i]!.blank) return false;
  return true;
}

/**
 * The lines right above the story that read as its own points or verses (an explainer's
 * `第一，…` bullets, a poem) are judged apart from the furniture above them (a dateline, a
 * share bar, the site's menus): bulleted and short as they are, they are no menu.
 */
export function pointsApart<
  B extends { from: number; to: number; where: string; verdict?: string },
>(
  region: Pick<ArticleRegion, 'shapes' | 'first' | 'last'>,
  block: B,
): Array<B & { points?: boolean }> {
  if (block.verdict || !rightAbove(region, block)) return [block];
  const from = pointsAbove(region.shapes, block.from, block.to, storyOpening(region));
  if (from === null) return [block];
  const points = { ...block, from, points: true };
  return from > block.from ? [{ ...block, to: from - 1 }, points] : [points];
}
