import type { LineShape } from './lineShape.ts';

/** How far back (in lines that hold text) a line's twin is looked for. */
const TWIN_REACH = 2;

/**
 * Lines that repeat a line just above them word for word (`headline`, `headline` — a teaser
 * card's picture text and its link, a tile and its caption). A story does not say the same
 * line twice in a row; a list of teasers does so for each entry. Counted over a block's
 * lines that hold text, in one pass.
 */
export function twinLines(shapes: readonly LineShape[]): number {
  let twins = 0;
  const recent: string[] = [];
  for (const s of shapes) {
    if (s.blank) continue;
    // A word or two (a count `0`, a source's name) repeats by chance: only a line with
    // something to say counts.
    if (s.weight > 4 && recent.includes(s.text)) twins++;
    recent.push(s.text);
    if (recent.length > TWIN_REACH) recent.shift();
  }
  return twins;
}
