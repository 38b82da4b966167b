import { noTitle, readsAsProse } from './noTitle.ts';
import { shapeOf } from './lineShape.ts';
import { SITE_SUFFIX } from './title.ts';

/**
 * The page's own title, where a crawler wrote it as the text's first line: the headline
 * with the site's name after it (`某地某事取得新进展_某某新闻网`, `… - 某报`), as a
 * `<title>` reads. When no line near the story is its headline (the story shares too few
 * words with it to be found that way), that line still names the article: better than no
 * title, and never the story's first sentence. Without a site's name after it, the first
 * line is no more a title than any other line of the page's top.
 */
export function topTitle(raw: string, clean: (line: string) => string): string | null {
  const first = raw
    .slice(0, 1000)
    .split('\n')
    .find((line) => line.trim() !== '');
  if (first === undefined) return null;
  const line = first.trim();
  const suffix = SITE_SUFFIX.exec(line);
  if (!suffix || suffix.index <= 4) return null;
  const head = clean(line.slice(0, suffix.index)).trim();
  if (head === '' || noTitle(head) || readsAsProse(head, shapeOf(head).tokens)) return null;
  return head;
}
