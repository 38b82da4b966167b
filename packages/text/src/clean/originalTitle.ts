import type { LineShape } from './lineShape.ts';

/** A reposted story's original headline, labelled so: `（原标题：…）`, `原题：…`. */
const ORIGINAL_TITLE = /^[(（【[]?\s*原(?:标|標)?题(?:目)?\s*[:：]/;

/**
 * The lines between the headline and the body that name the story's original headline
 * (its close may have wrapped onto a line of its own: `？）`): part of the story as
 * reposted, not of the page around it, whatever widget stands beside them.
 */
export function originalTitle(
  shapes: LineShape[],
  headline: number,
  first: number,
): { from: number; to: number } | null {
  for (let i = headline + 1; i < first; i++) {
    if (!ORIGINAL_TITLE.test(shapes[i]!.text)) continue;
    const next = shapes[i + 1];
    const wrapped = i + 1 < first && next !== undefined && !next.blank && next.tokens <= 2;
    return { from: i, to: wrapped ? i + 1 : i };
  }
  return null;
}
