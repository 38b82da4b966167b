import type { LineShape } from './lineShape.ts';
import type { ArticleRegion } from './region.ts';

/** A mark of the page's furniture on a line: a marker word, a bullet, a heading, a row, a field, a stamp. */
export const isShaped = (s: LineShape): boolean =>
  s.marker !== null ||
  s.bullet ||
  s.heading ||
  s.cells > 2 ||
  s.field ||
  (s.stamps > 0 && !s.endsSentence);

/** Items in a row that make a site's menus above the story. */
const MENU_ITEMS = 8;

type Span = { from: number; to: number };

/** A menu's item: no prose, and a mark of furniture or a word or two (`游戏大厅`). */
const isMenuItem = (region: Pick<ArticleRegion, 'shapes' | 'values'>, i: number) =>
  (region.values[i] ?? 0) < 0 && (isShaped(region.shapes[i]!) || region.shapes[i]!.tokens <= 8);

/**
 * The run of menu items a block opens with, when it is long enough to be a site's menus
 * (blank lines closing the block go with it): its last line. Null when the block opens
 * otherwise. Above the story, such a run is the page's even where the page holds little
 * prose to call an article.
 */
export function menuRun(
  region: Pick<ArticleRegion, 'shapes' | 'values'>,
  block: Span,
): { to: number } | null {
  let items = 0;
  let to = block.from - 1;
  for (let i = block.from; i <= block.to; i++) {
    if (region.shapes[i]!.blank) continue;
    if (!isMenuItem(region, i)) break;
    items++;
    to = i;
  }
  if (items < MENU_ITEMS) return null;
  return region.shapes.slice(to + 1, block.to + 1).every((s) => s.blank)
    ? { to: block.to }
    : { to };
}

/**
 * A block above the story that opens with a site's menus and goes on with lines that bear
 * no mark either way (the page's title over an error notice, a line of prose the region
 * left out), split in two: the menus, and the lines after them. Judged as one, the lines in
 * doubt would keep the menus too. Null when the block does not open so, or is menus only.
 */
export function menusFirst<B extends Span>(
  region: Pick<ArticleRegion, 'shapes' | 'values'>,
  block: B,
): [B, B] | null {
  const run = menuRun(region, block);
  if (!run || run.to >= block.to) return null;
  return [
    { ...block, to: run.to },
    { ...block, from: run.to + 1 },
  ];
}
