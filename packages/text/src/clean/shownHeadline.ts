import { noTitle } from './noTitle.ts';
import { linesOf } from './lines.ts';
import { findArticleRegion } from './region.ts';

/** How much of the story's first line must open the extracted article, and where. */
const OPENING = 16;
const STORY_TOP = 1000;
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * The headline a web page shows above its story, read from its visible text as a page
 * saved as text is read (./region.ts): asked for a page whose own <title> nothing on the
 * page bears out. Null when the text has no story, none that opens the `article` the
 * page's extractor found, no headline above it, or one that is spam (`clean` takes it
 * away) or no title.
 */
export function shownHeadline(
  raw: string,
  article: string,
  clean: (line: string) => string,
): string | null {
  const region = findArticleRegion(linesOf(raw));
  if (region === null || region.headline === null) return null;
  // Only above the story the page's extractor found: the text's own densest run may be a
  // sidebar's or a footer's, whose heading names something else.
  const opening = squash(region.shapes[region.first]!.text).slice(0, OPENING);
  if (opening.length < OPENING || !squash(article).slice(0, STORY_TOP).includes(opening))
    return null;
  const text = clean(region.shapes[region.headline]!.text);
  return text === '' || noTitle(text) ? null : text;
}
