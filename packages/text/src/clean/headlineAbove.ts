import { grams, gramsAmong } from './grams.ts';
import { noTitle } from './noTitle.ts';
import { isPostTitleAt } from './postTitle.ts';
import { inStanza } from './points.ts';
import { DATELINE, toldHeadline } from './toldHeadline.ts';
import type { LineShape } from './lineShape.ts';

/**
 * The headline above a story a text page's region found (./region.ts): the line that reads
 * like a title of what the story says, among the lines just above it.
 */
/** How far back from the body the headline is looked for, in lines that hold text (a list counts once). */
const HEADLINE_REACH = 12;
/** Of a headline's word pairs, the share the story must repeat; for the nearest candidate. */
const SHARE = 0.45;
const NEAREST_SHARE = 0.25;
/** A wall this short is a widget's button, which the headline search steps over. */
const WIDGET_WORDS = 3;

/** Whether a `label：…` line goes on after its colon with a phrase of six letters or more. */
export const saysAfterColon = (text: string) => /[:：]\s*[\p{L}“"《]{6}/u.test(text);

/** Whether the nearest line with text from `i` (going `step`) is an item of a list. */
function bulletNear(shapes: readonly LineShape[], i: number, step: number): boolean {
  for (let j = i; j >= 0 && j < shapes.length; j += step) {
    const shape = shapes[j]!;
    if (!shape.blank) return shape.bullet;
  }
  return false;
}

/**
 * The headline above the story. `loose` looks for the article's title only, where the
 * region found none to judge the page's top by: it steps over a share bar's buttons, takes
 * a headline set as a list of one, and asks fewer shared words of the nearest line. The
 * strict search decides what around the story is furniture, and stays as it was measured.
 */
export function headlineAbove(
  shapes: LineShape[],
  values: Array<number | null>,
  first: number,
  body: string,
  loose = false,
): number | null {
  // The lines that may be the headline, nearest first, with their grams; then the story's
  // grams among theirs, in one pass over the story.
  const candidates: Array<{
    index: number;
    own: Set<number | string>;
    heading: boolean;
    walled: boolean;
    postTitle: boolean;
    storyLine: boolean;
  }> = [];
  const texts = () => shapes.map((s) => s.text); // only for a row of arrowed cells (rare)
  let seen = 0;
  let inList = false;
  let walled = false;
  for (let i = first - 1; i >= 0 && seen < HEADLINE_REACH; i--) {
    const shape = shapes[i]!;
    if (shape.blank) continue;
    // A list (a share widget's five buttons, a menu) is one thing the eye passes over, not
    // one per item, and a lone mark (`□`) holds nothing to read: the reach counts a list once.
    if (shape.tokens > 0 && !(shape.bullet && inList)) seen++;
    const lone = shape.bullet && !inList && !bulletNear(shapes, i - 1, -1);
    inList = shape.bullet;
    if (values[i] === null) {
      // A share bar's one-word button (`评论`) stands between many headlines and their
      // story; a longer wall (a `相关新闻` list's head) ends the search.
      if (!loose || shape.tokens > WIDGET_WORDS) break;
      walled = true;
      continue;
    }
    // An item alone (a headline the page set in a list of one) may be the headline.
    const listed = shape.bullet && !(loose && lone);
    // A headline may speak after a colon (`秋收第一线：老周…`); a field's value is short.
    const field = shape.field && !(loose && saysAfterColon(shape.text));
    // A row of cells is a menu's, unless its cells are the steps of a headline told with
    // arrows, every one named in the story (trail.ts). Such a headline is the title-shaped
    // line nearest the story and the page's only one: a path beside another headline is the
    // site's trail, however many of its sections (体育 > 足球 > 中超) the story names.
    const row =
      shape.cells > 2 && !(candidates.length === 0 && toldHeadline(texts(), i, first, body));
    if (shape.marker || listed || row || field || shape.stamps > 0) continue;
    // A dateline (`2005年08月16日 来源：…`) repeats the story's words but is no headline.
    if (DATELINE.test(shape.text)) continue;
    // A sentence stop inside the line makes it a caption or a lead (`…周琦。视频截图`).
    const stopped = loose ? /[。；]/ : /[。；]$/;
    if (shape.tokens < 4 || shape.tokens > 60 || stopped.test(shape.text)) continue;
    if (loose && noTitle(shape.text)) continue;
    const own = grams(shape.text);
    if (own.size < 3) continue;
    candidates.push({
      index: i,
      own,
      heading: shape.heading,
      walled,
      postTitle: isPostTitleAt(shapes, i),
      // A numbered point or a verse among its fellows (points.ts) is the story's own line,
      // however many of its words the story repeats: never its headline. It still stands
      // nearest the story, where it does: a line further up is held to the full share.
      storyLine: inStanza(shapes, i),
    });
  }
  let best: number | null = null;
  let bestShare = 0;
  const shares = new Map<number, number>();
  if (candidates.length > 0) {
    const wanted = new Set<number | string>();
    for (const c of candidates) for (const g of c.own) wanted.add(g);
    const story = gramsAmong(body, wanted);
    for (const [n, { index, own, heading, walled: past, storyLine }] of candidates.entries()) {
      if (storyLine) continue;
      let shared = 0;
      for (const g of own) if (story.has(g)) shared++;
      // A marked-up heading is the page's own say-so; nearer lines win a tie.
      const share = shared / own.size + (heading ? 0.15 : 0);
      // The title-shaped line nearest the story needs fewer of its words: a headline's
      // wordplay (`…说了啥？大魔王…`) shares less with the story than a menu's far line
      // that happens to name its subject must.
      const needed = loose && n === 0 && !past ? NEAREST_SHARE : SHARE;
      if (share > needed && share > bestShare) {
        bestShare = share;
        best = index;
      }
      shares.set(index, share);
    }
  }
  if (best !== null) best = lowerDeck(shapes, best, first, shares) ?? best;
  // Where no line repeats the story's words, a post's title over its byline nearest the
  // story (`主题：…吗？`, postTitle.ts) is the headline: a question need not repeat them.
  const nearest = candidates[0];
  if (best === null && nearest?.postTitle && !nearest.walled && !nearest.storyLine)
    best = nearest.index;
  return best ?? (loose ? null : pageOpeningTitle(shapes, first));
}

/**
 * A headline in two decks, one right over the other: the upper one shorter is a kicker or a
 * column's name over the headline (`法国报纸摘要` over what today's papers say, `深度报道`, a
 * one-line teaser), however many of the story's words it repeats (a column's name opens
 * every story in it). The longer deck under it, title-shaped and in the story's words too,
 * is the headline. A deck led by a dash (`——记…`) is the headline's subtitle: the upper stays.
 */
function lowerDeck(
  shapes: readonly LineShape[],
  best: number,
  first: number,
  shares: ReadonlyMap<number, number>,
): number | null {
  let below = best + 1;
  while (below < first && shapes[below]!.blank) below++;
  if (below >= first) return null;
  const share = shares.get(below);
  const lower = shapes[below]!;
  if (share === undefined || share <= SHARE || /^[—–-]/.test(lower.text)) return null;
  return lower.tokens > shapes[best]!.tokens ? below : null;
}

export { DATELINE } from './toldHeadline.ts';

/**
 * A page that opens with one title-shaped line and then, with nothing between but a dateline
 * or a byline, the article: that line is the headline, whatever words it uses (a headline
 * need not repeat the story's). A page with anything more above its article (a site name,
 * a menu) is left to the shared-words test above.
 */
function pageOpeningTitle(shapes: LineShape[], first: number): number | null {
  let title: number | null = null;
  for (let i = 0; i < first; i++) {
    const shape = shapes[i]!;
    if (shape.blank) continue;
    if (title === null) {
      const titleShaped =
        !shape.marker &&
        !shape.bullet &&
        shape.cells <= 2 &&
        !shape.field &&
        shape.stamps === 0 &&
        !DATELINE.test(shape.text) &&
        shape.tokens >= 4 &&
        shape.tokens <= 60 &&
        !/[。；.;!?！？]$/.test(shape.text);
      if (!titleShaped) return null;
      title = i;
    } else if (!(shape.stamps > 0 || DATELINE.test(shape.text))) return null;
  }
  return title;
}
