import { ARTICLE_WORTH, articleRun } from './articleRun.ts';
import { isRelatedHead } from './markers.ts';
import type { Panel } from './cards.ts';
import type { LineShape } from './lineShape.ts';

type Run = { first: number; last: number; worth: number };

/** Lines of furniture (pictures, share rows) looked over between a list's head and its first item. */
const HEAD_REACH = 4;
/** Fewer items than this make no list of other stories. */
const ITEMS = 3;

/**
 * A page's "you may like" list can say more than the story above it: six teasers of a long
 * paragraph each outweigh a short post, and the densest run of prose is then the list. Such
 * a run opens under the list's head (`You may also like`, `Leia também`, 相关推荐: a wall the
 * run cannot cross) and is told in items, each paragraph under lines of furniture of its own
 * (its picture, its share row) and most of them cut off with an ellipsis, where a story's
 * paragraphs end on their stops (pictures and adverts may stand between them too). When the best run is that, and a run worth an article stands
 * above the head, that run is the story, and the list, head and items, is a panel of the
 * page. One more pass over the page, only on such pages.
 */
export function storyAboveList(
  shapes: readonly LineShape[],
  walls: ReadonlyArray<number | null>,
  run: Run,
): { run: Run; panel: Panel | null } {
  const none = { run, panel: null };
  const head = listHead(shapes, walls, run.first);
  if (head < 0) return none;
  // Items, most of them teasers cut off mid-sentence: a story's paragraphs end on their stops.
  const { items, cut } = headedItems(shapes, walls, run);
  if (items < ITEMS || cut < ITEMS || cut * 2 < items) return none;
  const above = articleRun(shapes, walls.slice(0, run.first));
  if (!above || above.worth < ARTICLE_WORTH) return none;
  const verdict = `a list of other stories under its head “${shapes[head]!.text.slice(0, 24)}”, each item under its own picture or share row.`;
  return { run: above, panel: { from: head, to: run.last, verdict } };
}

/** The list's head right above `first`, with only furniture between; -1 when there is none. */
function listHead(
  shapes: readonly LineShape[],
  walls: ReadonlyArray<number | null>,
  first: number,
): number {
  let seen = 0;
  for (let i = first - 1; i >= 0 && seen <= HEAD_REACH; i--) {
    if (shapes[i]!.blank) continue;
    if (walls[i] === null) return isRelatedHead(shapes[i]!.text) ? i : -1;
    if ((walls[i] ?? 0) > 0) return -1;
    seen++;
  }
  return -1;
}

/** A teaser's summary cut off where the list stopped quoting it. */
const CUT_OFF = /(?:…|\.\.\.)["”’»)]*$/;

/**
 * The run's items: how many paragraphs it holds, each under furniture of its own (0 when one
 * is not), and how many of them are cut off with an ellipsis.
 */
function headedItems(
  shapes: readonly LineShape[],
  walls: ReadonlyArray<number | null>,
  run: Run,
): { items: number; cut: number } {
  let items = 1;
  let cut = 0;
  let furniture = false;
  let inProse = true;
  let last = '';
  for (let i = run.first; i <= run.last; i++) {
    if (shapes[i]!.blank) continue;
    const prose = (walls[i] ?? 0) > 0;
    if (prose && !inProse) {
      // A paragraph after the first: it must have come under a line of furniture.
      if (!furniture) return { items: 0, cut: 0 };
      items++;
    }
    if (!prose && inProse && CUT_OFF.test(last)) cut++;
    if (!prose) furniture = true;
    else {
      furniture = false;
      last = shapes[i]!.text;
    }
    inProse = prose;
  }
  if (inProse && CUT_OFF.test(last)) cut++;
  return { items, cut };
}
