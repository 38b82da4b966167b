import type { LineShape } from './lineShape.ts';
import type { ArticleRegion } from './region.ts';
import { ownSectionsThrough } from './sections.ts';

/**
 * Where the page after the article begins: past an entry's later sections (tables, lists)
 * that its contents list or its headings' form name as its own (sections.ts), else past
 * the story's closing lines.
 */
export function pageAfterStory(region: ArticleRegion): number {
  const through = ownSectionsThrough(
    region.shapes.map((s) => s.text),
    region.first,
    region.last,
    {
      tail: (i) => region.shapes[i]?.marker === 'tail',
      heading: (i) => region.shapes[i]?.heading === true,
    },
  );
  return through === null ? closingLines(region) : through + 1;
}

/**
 * Where the page after the article begins. A short sentence that follows the story's last
 * line with no blank between (a closing wish, a last remark: 预祝大会圆满成功！) is the
 * story's own ending even if too short to count as prose: the page's furniture is never
 * written in sentences run on from the story's last line.
 */
export function closingLines(region: ArticleRegion): number {
  let next = region.last + 1;
  for (;;) {
    const shape = region.shapes[next];
    if (
      !shape ||
      shape.blank ||
      !shape.endsSentence ||
      shape.marker ||
      shape.bullet ||
      shape.field ||
      shape.stamps > 0 ||
      shape.cells > 2
    )
      return next;
    next++;
  }
}

/** Rows drawn as a table (cells between bars) that make the lines ahead of the labels a table. */
const TABLE_ROWS = 3;
/** A line of Han text that breaks off on a comma. */
const COMMA_HAN = /\p{Script=Han}[，、；,;]$/u;

/**
 * Lines after the story that are a part of their own, never the opening of the page's
 * furniture that follows them: a line of Han text that breaks off on a comma is a sentence
 * going on (a story told in short lines the region stopped short of; a spaced script's comma
 * at a line's end is only where the dump wrapped it), and a table drawn there is one the
 * story appends.
 */
export function partOfItsOwn(shapes: readonly LineShape[]): boolean {
  if (shapes.some((s) => !s.blank && COMMA_HAN.test(s.text))) return true;
  return shapes.filter((s) => s.cells > 2 && /[|│]/.test(s.text)).length >= TABLE_ROWS;
}
