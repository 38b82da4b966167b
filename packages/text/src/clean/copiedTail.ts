import type { LineShape } from './lineShape.ts';

/**
 * A second copy of the story at the end of its run, laid out anew: the page's hidden or
 * "read more" copy, or its data for sharing, where the paragraphs run together into one and
 * wrap elsewhere, so no line repeats a line above it (repeatedCopy.ts compares lines). Read
 * as words: from a line of prose to the run's end, nearly every run of a few words was said
 * already in the run above it, and there is a good share of the run's words. The first such
 * line opens the copy (and whatever furniture it repeats with it).
 */
const GRAM = 6;
/** The share of the copy's word runs the story above must hold. */
const SAID = 0.95;
/** The least share of the run's words a copy holds, and the least it holds at all. */
const SHARE = 0.25;
const LEAST_WORDS = 40;
/** How many times the story's length its copies after it may run to. */
const COPIES = 2.5;
/** The characters of the run's end looked for earlier in it. */
const ENDING = 24;

/** Words as a reader counts them: a Han character each, else each run of letters or digits. */
const words = (text: string) => text.match(/\p{Script=Han}|[\p{L}\p{N}\p{M}]+/gu) ?? [];

/** The first line of a copy of the story at the end of the run, or null. */
export function copiedTail(
  shapes: readonly LineShape[],
  values: readonly number[],
  run: { first: number; last: number },
): number | null {
  // A copy ends as the story does: where the run's last characters (its spaces aside, which
  // a new layout moves) were never shown before, there is none; most pages end here.
  const lines: string[] = [];
  for (let i = run.first; i <= run.last; i++) lines.push(shapes[i]!.text);
  const squashed = lines.join('').replace(/\s+/g, '');
  const ending = squashed.slice(-ENDING);
  if (ending.length < ENDING || squashed.indexOf(ending) === squashed.length - ENDING) return null;
  // The run's words, each with the line it stands on.
  const tokens: string[] = [];
  const lineOf: number[] = [];
  for (let i = run.first; i <= run.last; i++)
    for (const w of words(shapes[i]!.text.toLowerCase())) {
      tokens.push(w);
      lineOf.push(i);
    }
  const grams = Math.max(0, tokens.length - GRAM + 1);
  if (tokens.length < LEAST_WORDS / SHARE) return null;
  // Where each run of words is first said; then, for any point k, how many runs from k on
  // were said before it: those first said before k, less the k runs before k (each of
  // which was first said no later than where it stands).
  const first = new Map<string, number>();
  const before = new Array<number>(grams + 1).fill(0);
  for (let j = 0; j < grams; j++) {
    const key = tokens.slice(j, j + GRAM).join(' ');
    const at = first.get(key) ?? j;
    if (at === j) first.set(key, j);
    before[at + 1]!++;
  }
  for (let k = 1; k <= grams; k++) before[k]! += before[k - 1]!;
  let k = 0;
  for (let i = run.first; i <= run.last && k < grams; i++) {
    if (!shapes[i]!.blank && (values[i] ?? 0) > 0 && lineOf[k] === i) {
      const rest = tokens.length - k;
      if (rest < LEAST_WORDS || rest < tokens.length * SHARE) return null;
      // The copies are no longer than twice the story (a hidden copy and a shared one, with
      // their furniture): a text far longer than what it repeats comes round again and
      // again (a refrain, a generated report), and stays.
      if (before[k]! - k >= (grams - k) * SAID) return rest <= k * COPIES ? i : null;
    }
    while (k < grams && lineOf[k] === i) k++;
  }
  return null;
}
