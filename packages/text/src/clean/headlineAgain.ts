import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import type { LineShape } from './lineShape.ts';

/**
 * A line among the story's paragraphs that says the headline over again, and is no sentence
 * (a picture's text or its pin text under each copy of the lead picture, the title set again
 * over a gallery): the page's, every time. A story does not repeat its own headline as a line
 * of its own between its paragraphs; it tells it in sentences.
 */
const SHARE = 0.7;
const SURE = 0.9;
const UNSURE = 0.6;
/** A headline of fewer words says too little to be told again by chance or by design. */
const LEAST_WORDS = 4;

const words = (text: string) =>
  (text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 0);

export function headlineAgainEdits(
  raw: string,
  lines: readonly Line[],
  shapes: readonly LineShape[],
  values: readonly number[],
  region: { first: number; last: number; headline: number | null },
): RuleEdit[] {
  if (region.headline === null) return [];
  const headline = new Set(words(shapes[region.headline]!.text));
  if (headline.size < LEAST_WORDS) return [];
  const edits: RuleEdit[] = [];
  const times = new Map<string, number>();
  for (let i = region.first; i <= region.last; i++)
    times.set(shapes[i]!.text, (times.get(shapes[i]!.text) ?? 0) + 1);
  for (let i = region.first; i <= region.last; i++) {
    const s = shapes[i]!;
    if (s.blank || (values[i] ?? 0) > 0 || s.endsSentence) continue;
    const own = new Set(words(s.text));
    let shared = 0;
    for (const w of own) if (headline.has(w)) shared++;
    // The headline with a word or two more (`… image`, its tags) counts where the page shows
    // the line more than once.
    const more = (times.get(s.text) ?? 0) >= 2;
    if (shared < headline.size * SHARE || (shared < own.size * SHARE && !more)) continue;
    edits.push(
      removal(
        raw,
        lines[i]!,
        lines[i]!,
        RULE.chromeMediaCredit,
        more
          ? 'Among the story’s paragraphs the page shows its headline again and again on a line of its own (a picture’s text), not the story’s text.'
          : 'Among the story’s paragraphs the page shows its headline again on a line of its own: check it is a picture’s text, not a subheading.',
        more ? SURE : UNSURE,
      ),
    );
  }
  return edits;
}
