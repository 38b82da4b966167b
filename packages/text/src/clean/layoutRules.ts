import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import type { ArticleRegion } from './region.ts';

/**
 * Rules the page drew in text (`-----`, `|---|---|`, a table's frame) outside the article:
 * layout, whatever the block around them turns out to be.
 */
export function* rules(
  raw: string,
  lines: readonly Line[],
  region: ArticleRegion,
  block: { from: number; to: number },
): Generator<RuleEdit> {
  for (let i = block.from; i <= block.to; i++) {
    const text = lines[i]?.trimmed ?? '';
    if (text.length >= 3 && region.shapes[i]?.blank)
      yield removal(
        raw,
        lines[i]!,
        lines[i]!,
        RULE.chromeLayoutRule,
        'A rule of the page’s layout drawn in text, not article text.',
      );
  }
}
