import type { LineShape } from './lineShape.ts';

/**
 * A long headline the page set over several short lines (a notice's title broken by its
 * layout: `…关于禁止在` / `…工程建设` / `…的通告`). The region finds one of them as the
 * headline, the line that shares most with the story; the lines just above it continue it
 * where the page states the whole headline in one piece elsewhere (a record's 标题 field, a
 * breadcrumb, a repeated title): joined with the headline, they read as part of that line.
 * Without such a statement nothing tells a broken headline from a site name above it.
 */

/** A piece of a headline is a short phrase: no sentence, no list item, no field. */
const PIECE_TOKENS = 30;

const squash = (text: string) => text.replace(/\s+/g, '');

const isPiece = (s: LineShape) =>
  !s.blank &&
  s.tokens >= 2 &&
  s.tokens <= PIECE_TOKENS &&
  !s.endsSentence &&
  !s.bullet &&
  !s.field &&
  !s.marker &&
  s.cells <= 2 &&
  s.stamps === 0;

/** The first line of the headline that `headline` ends (itself when it stands alone). */
export function headlineTop(shapes: readonly LineShape[], headline: number): number {
  const texts = shapes.map((s) => squash(s.text));
  let top = headline;
  let joined = texts[headline] ?? '';
  for (;;) {
    let above = top - 1;
    while (above >= 0 && shapes[above]!.blank) above--;
    if (above < 0 || !isPiece(shapes[above]!)) return top;
    const longer = texts[above]! + joined;
    const stated = texts.some(
      (text, i) =>
        (i < above || i > headline) && text.length > longer.length && text.includes(longer),
    );
    if (!stated) return top;
    top = above;
    joined = longer;
  }
}
