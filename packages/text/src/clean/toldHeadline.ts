import { DATELINE } from './headlineAbove.ts';
import { toldSteps } from './trail.ts';

/** A line ending as a sentence does: a lead, not a headline. */
const STOPPED = /[。.!?！？；;]["”’」)）]?$/;
/** Letters a headline holds at least (a byline's name or a counter holds fewer). */
const HEADLINE_LETTERS = 6;
/** An arrow or path separator: a line with one is a path or a told headline, not a plain one. */
const ARROW = /[→⇒＞»›]|\s(?:>>?|->)\s/;

/**
 * Whether a plain headline stands among `below` (the page's lines between an arrowed line
 * and the story): a line of some letters, no dateline, no sentence closed, no arrows.
 */
function headlineAmong(below: readonly string[]): boolean {
  return below.some(
    (text) =>
      text !== '' &&
      [...text.matchAll(/\p{L}/gu)].length >= HEADLINE_LETTERS &&
      !DATELINE.test(text) &&
      !STOPPED.test(text) &&
      !ARROW.test(text),
  );
}

/**
 * Whether an arrowed line at the page's top is its headline told with arrows (trail.ts's
 * toldSteps: the story names every step) rather than the site's path. A told headline is
 * the title nearest the story; a path stands over the headline (`体育 > 足球 > 中超` over
 * `广州队主场小胜上海队`), and the story may well name its sections.
 */
export function toldHeadline(text: string, below: readonly string[], story: string): boolean {
  return !headlineAmong(below) && toldSteps(text, story);
}
