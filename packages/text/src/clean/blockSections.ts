import type { RuleId } from '@winnow/contract';
import { isShaped } from './menus.ts';
import { isPager, isRelatedHead } from './markers.ts';
import type { ArticleRegion } from './region.ts';

/** The blocks of a text page outside its article, and where they are split into sections. */

export type Where = 'before' | 'under-headline' | 'after';
/**
 * `sealed`: the page closed the story itself, under its headline, with the editor line
 * (责任编辑：…) right after the last paragraph; a story never runs on past its editor line.
 */
export type Block = {
  from: number;
  to: number;
  where: Where;
  sealed?: boolean;
  bare?: boolean;
  /** After the story, the lines ahead of the first labelled section: the whole block they open. */
  opens?: Block;
  /** What the lines are, and the rule, where the region found them plainly the page's (cards.ts). */
  verdict?: string;
  rule?: RuleId;
  /** Under the headline, lines that read as the story's own points or verses (points.ts). */
  points?: boolean;
};

/** At most this many lines after the story make the page's trailing furniture. */
export const TRAILING_LINES = 6;

/**
 * Splits a block where a line that heads a new section (a marker word) begins. A marker
 * followed only by sentences labels nothing: it stands alone, and the sentences are judged
 * on their own.
 */
export function sections(region: ArticleRegion, block: Block): Block[] {
  const heads: number[] = [];
  for (let i = block.from; i <= block.to; i++) {
    if (region.shapes[i]?.marker === 'tail') heads.push(i);
  }
  const cuts = new Set<number>([block.from]);
  for (const [k, head] of heads.entries()) {
    cuts.add(head);
    const end = heads[k + 1] ?? block.to + 1;
    const following = region.shapes.slice(head + 1, end).filter((s) => !s.blank);
    const listHead =
      isRelatedHead(region.shapes[head]?.text ?? '') || isPager(region.shapes[head]?.text ?? '');
    if (
      listHead &&
      following.length > 0 &&
      following.every((s, j) => !isShaped(s) && (region.values[head + 1 + j] ?? 0) >= 0)
    )
      cuts.add(head + 1);
  }
  // A few lines after the story, plain ones closing on a date and then a mark of furniture
  // (特此通告。, the issuer, 2022年1月27日, then 扫一扫在手机打开): the plain ones are the
  // notice's sign-off, the page's begins at its first mark. They are judged apart, never
  // swept in with it.
  if (block.where === 'after' && heads.length === 0) {
    const filled: number[] = [];
    for (let i = block.from; i <= block.to; i++) if (!region.shapes[i]!.blank) filled.push(i);
    const mark = filled.findIndex((i) => isShaped(region.shapes[i]!));
    const signed = mark > 0 && region.shapes[filled[mark - 1]!]!.dated;
    if (signed && filled.length <= TRAILING_LINES) cuts.add(filled[mark]!);
  }
  const starts = [...cuts].sort((a, b) => a - b);
  // After the story, the lines ahead of its first label open the page's own part: they are
  // judged alone, and with the whole of what follows them (see leadingLines).
  const opens = block.where === 'after' && heads.length > 0 && heads[0]! > block.from;
  return starts
    .map((from, k) => ({
      ...block,
      from,
      to: (starts[k + 1] ?? block.to + 1) - 1,
      ...(opens && k === 0 ? { opens: block } : {}),
    }))
    .filter((b) => region.shapes.slice(b.from, b.to + 1).some((s) => !s.blank));
}
