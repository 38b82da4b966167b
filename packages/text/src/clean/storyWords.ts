import { grams, gramsAmong } from './grams.ts';
import { ARTICLE_WORTH } from './articleRun.ts';
import { closesSentence } from './region.ts';
import type { ArticleRegion } from './region.ts';

/** Of a paragraph's word pairs, the share the story must hold for it to be the story's own. */
const SHARED = 0.6;
/** Word pairs a paragraph needs before its share says anything. */
const PAIRS = 40;
/** Characters of a line looked for in the story, word for word, to tell a copy. */
const SAMPLE = 20;

/**
 * Whether a run of prose outside the story (a block's densest run, its lines counted from
 * `offset`), a paragraph's worth at least, is written in the story's own words: closed
 * sentences most of whose word pairs (grams.ts) the story holds. An encyclopedia's summary
 * above its infobox says what the story says; another story's teaser, a site's blurb, a
 * notice mostly do not; a copy of the story's own lines is no part the story lacks.
 */
export function inTheStorysWords(
  region: ArticleRegion,
  offset: number,
  run: { first: number; last: number; worth: number } | null,
): boolean {
  if (!run || run.worth < ARTICLE_WORTH) return false;
  const lines = region.shapes
    .slice(offset + run.first, offset + run.last + 1)
    .filter((s) => !s.blank);
  const last = lines[lines.length - 1];
  if (!last || !closesSentence(last)) return false;
  const wanted = grams(lines.map((s) => s.text).join(''));
  if (wanted.size < PAIRS) return false;
  const story = region.shapes
    .slice(region.first, region.last + 1)
    .map((s) => s.text)
    .join('');
  // A copy of the story's own lines (a page that shows it twice) is no part it lacks.
  const longest = lines.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  const middle = Math.floor(longest.length / 2);
  if (story.includes(longest.slice(Math.max(0, middle - SAMPLE / 2), middle + SAMPLE / 2)))
    return false;
  return gramsAmong(story, wanted).size >= wanted.size * SHARED;
}
