import { grams, gramsAmong } from './grams.ts';
import { DATELINE, saysAfterColon } from './headlineAbove.ts';
import type { LineShape } from './lineShape.ts';
import { isByline, noTitle } from './noTitle.ts';
import { storyShare } from './titleWords.ts';

/**
 * Where the search just above the story (./headlineAbove.ts) found no headline, the title
 * is looked for further: the page may have set its headline above a dateline and a share
 * bar, or above a panel of links that walls the story off. Only the title is read from
 * what these find; what is cleaned stays as the region decided.
 */
/** How far above the story the headline is looked for, in lines. */
const FAR_REACH = 150;
/** Of a far line's word pairs, the share the story must repeat: more than a near line needs. */
const FAR_SHARE = 0.5;
/** A far line needs this many word pairs: a short menu item may happen to name the subject. */
const FAR_GRAMS = 4;

/** A line that can stand as a headline: short, not a sentence, no furniture's shape. */
function titleShaped(shape: LineShape): boolean {
  return (
    !shape.blank &&
    shape.marker === null &&
    !shape.bullet &&
    shape.cells <= 2 &&
    (!shape.field || saysAfterColon(shape.text)) &&
    shape.stamps === 0 &&
    !DATELINE.test(shape.text) &&
    shape.tokens >= 4 &&
    shape.tokens <= 60 &&
    !/[。；]/.test(shape.text) &&
    !noTitle(shape.text)
  );
}

/** A line that dates or signs the story: a time stamp, `来源：…`, a reporter's byline. */
const datesTheStory = (shape: LineShape) =>
  shape.stamps > 0 || DATELINE.test(shape.text) || isByline(shape.text);

/** A share bar's button: a word or two (`分享到`, `微信`). */
const BUTTON_TOKENS = 3;
/** A counter's words between its numbers (`57人参与11评论`, `阅读 1200`): a few. */
const COUNTER_TOKENS = 6;
/** Of such buttons, how many may stand between a dateline and the story. */
const WIDGET_LINES = 16;

/**
 * A line of a share bar or a toolbar, once its image labels (`[weixin]`) are set aside: a
 * button's word or two, or a counter (numbers and a few words), that the story does not
 * name. A short line the story names (its headline again, a subheading) is no button, nor
 * is a short line of words alone (a post's title repeated over its text).
 */
function isWidget(shape: LineShape, body: string): boolean {
  const words = shape.text.replace(/\[[^\]]*\]/g, ' ').trim();
  if (/[。；.!?！？]/.test(words)) return false;
  const letters = (words.replace(/\d+/g, ' ').match(/\p{Script=Han}|\p{L}+/gu) ?? []).length;
  const counter = /\d/.test(words) && letters <= COUNTER_TOKENS;
  if (letters > BUTTON_TOKENS && !counter) return false;
  const { own, shared } = storyShare(words, body);
  return shared * 2 < own || own === 0;
}

/**
 * The headline over the story's dateline: going up from the story past blank lines, the
 * buttons of a share bar set under the dateline, and the lines that date or sign it (at
 * least one), the first other line, if it can be a headline. A page puts its headline
 * there whatever words it uses.
 */
function headlineOverDateline(
  shapes: readonly LineShape[],
  first: number,
  body: string,
): number | null {
  let dated = false;
  let widgets = 0;
  for (let i = first - 1; i >= 0; i--) {
    const shape = shapes[i]!;
    if (shape.blank) continue;
    if (datesTheStory(shape)) {
      dated = true;
      continue;
    }
    // A share bar's buttons under the dateline, over the story (`分享到`, `微信`).
    if (!dated && isWidget(shape, body) && ++widgets <= WIDGET_LINES) continue;
    return dated && titleShaped(shape) ? i : null;
  }
  return null;
}

/**
 * The line above the story, however far, that the story's opening repeats most of: more
 * than half its word pairs. A heading the page marked as one (`# …`) is its own say-so and
 * goes first, however short; otherwise the nearest wins a tie.
 */
function farHeadline(shapes: readonly LineShape[], first: number, body: string): number | null {
  const candidates: Array<{ index: number; own: Set<number | string>; heading: boolean }> = [];
  for (let i = first - 1; i >= Math.max(0, first - FAR_REACH); i--) {
    const shape = shapes[i]!;
    const heading = shape.heading && shape.tokens >= 2 && titleShaped({ ...shape, tokens: 4 });
    if (!heading && !titleShaped(shape)) continue;
    const own = grams(shape.text);
    if (own.size >= (heading ? 2 : FAR_GRAMS)) candidates.push({ index: i, own, heading });
  }
  if (candidates.length === 0) return null;
  const wanted = new Set<number | string>();
  for (const c of candidates) for (const g of c.own) wanted.add(g);
  const story = gramsAmong(body, wanted);
  let best: number | null = null;
  let bestScore = FAR_SHARE;
  for (const { index, own, heading } of candidates) {
    let shared = 0;
    for (const g of own) if (story.has(g)) shared++;
    const share = shared / own.size;
    const score = share > FAR_SHARE ? share + (heading ? 1 : 0) : 0;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  }
  return best;
}

/** The title's line where none was found just above the story, or null. */
export function fallbackTitleLine(
  shapes: readonly LineShape[],
  first: number,
  body: string,
): number | null {
  return headlineOverDateline(shapes, first, body) ?? farHeadline(shapes, first, body);
}
