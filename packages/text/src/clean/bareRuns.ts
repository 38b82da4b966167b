import type { ArticleRegion } from './region.ts';
import type { LineShape } from './lineShape.ts';

/** Fewest lines of bare furniture that make a block of their own on a page with little prose. */
const BARE_LINES = 3;
/** A line of at most this weight (LineShape.weight) is a word or two: a button, a label. */
const WORD_OR_TWO = 4;

/**
 * On a page that holds little prose anywhere the article found may not be the story, and
 * what lies outside it is only proposed. Yet within that, runs of lines none of which could
 * be a story's line — each bulleted, a label, a row of links, or a word or two, with most
 * bearing such a mark and none a sentence — lose nothing if removed, wherever the story
 * is. They are cut out as blocks of their own (`bare`); the lines between stay in doubt.
 */
export function bareRuns<B extends { from: number; to: number }>(
  region: Pick<ArticleRegion, 'shapes' | 'values'>,
  block: B,
): Array<B & { bare?: boolean }> {
  // A field (电话：…, 主持人：…) or a time is no mark here: on such a page (a programme, a
  // notice) they may be what it has to say.
  const marked = (s: LineShape) => s.marker !== null || s.bullet || s.heading || s.cells > 2;
  const furniture = (i: number) => {
    const s = region.shapes[i]!;
    return (
      (region.values[i] ?? 0) <= 0 &&
      !s.endsSentence &&
      !s.field &&
      (marked(s) || s.weight <= WORD_OR_TWO)
    );
  };
  const out: Array<B & { bare?: boolean }> = [];
  let rest = block.from;
  for (let i = block.from; i <= block.to;) {
    if (region.shapes[i]!.blank || !furniture(i)) {
      i++;
      continue;
    }
    let end = i;
    let lines = 0;
    let shaped = 0;
    for (let j = i; j <= block.to && (region.shapes[j]!.blank || furniture(j)); j++) {
      if (region.shapes[j]!.blank) continue;
      end = j;
      lines++;
      if (marked(region.shapes[j]!)) shaped++;
    }
    if (lines >= BARE_LINES && shaped * 2 >= lines) {
      if (rest < i) out.push({ ...block, from: rest, to: i - 1 });
      out.push({ ...block, from: i, to: end, bare: true });
      rest = end + 1;
    }
    i = end + 1;
  }
  if (rest <= block.to) out.push({ ...block, from: rest, to: block.to });
  return out.filter((b) => region.shapes.slice(b.from, b.to + 1).some((s) => !s.blank));
}
