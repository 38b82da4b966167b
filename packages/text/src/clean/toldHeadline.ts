import { grams, gramsAmong } from './grams.ts';
import { toldSteps } from './trail.ts';

/** A dateline (`2005年08月16日 来源：…`): it repeats the story's words but is no headline. */
export const DATELINE = /^(19|20)\d{2}\s*[-/.年]|(来源|來源|作者|发布时间|發佈時間)\s*[:：]/;
/** A line ending as a sentence does: a lead, not a headline. */
const STOPPED = /[。.!?！？；;]["”’」)）]?$/;
/** Letters a headline holds at least (a byline's name or a counter holds fewer). */
const HEADLINE_LETTERS = 6;
/** An arrow or path separator: a line with one is a path or a told headline, not a plain one. */
const ARROW = /[→⇒＞»›]|\s(?:>>?|->)\s/;
/** A bar's separator: a line with one is a menu, not a headline. */
const BAR = /[|｜·•]/;
/** Of a headline's word pairs, the share the story repeats at least (a menu's share next to none). */
const HEADLINE_SHARE = 0.3;

/** Whether `text` is a plain headline of the story: some letters, no sentence closed, no arrows or bars, in its words. */
function plainHeadline(text: string, story: string): boolean {
  if (
    [...text.matchAll(/\p{L}/gu)].length < HEADLINE_LETTERS ||
    DATELINE.test(text) ||
    STOPPED.test(text) ||
    ARROW.test(text) ||
    BAR.test(text)
  )
    return false;
  const own = grams(text);
  return own.size > 0 && gramsAmong(story, own).size >= own.size * HEADLINE_SHARE;
}

/**
 * Whether the arrowed line `texts[index]` at the page's top is its headline told with arrows
 * (trail.ts's toldSteps: the story names every step) rather than the site's path. A page has
 * one headline: an arrowed line beside another (the nearest line above it, or one between it
 * and the story, which opens at `first`), plain and in the story's words, is the path over or
 * under it (`体育 > 足球 > 中超` by `广州队主场小胜上海队`), however many of its sections
 * the story names.
 */
export function toldHeadline(
  texts: readonly string[],
  index: number,
  first: number,
  story: string,
): boolean {
  if (!toldSteps(texts[index]!, story)) return false;
  let above = index - 1;
  while (above >= 0 && texts[above]!.trim() === '') above--;
  const beside = [texts[above] ?? '', ...texts.slice(index + 1, first)];
  return !beside.some((line) => plainHeadline(line.trim(), story));
}
