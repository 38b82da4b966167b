/**
 * The words of a text as a headline and its story are compared on them (./region.ts):
 * pairs of Han characters, and Latin words of four letters or more.
 */
const HAN_FROM = 0x3400;
const HAN_SPAN = 0x9fff - HAN_FROM + 1;
const isHanUnit = (c: number) => c >= HAN_FROM && c <= 0x9fff;
/** A Han pair's number within the Han block: a small integer, quick to put in a set. */
const pairOf = (a: number, b: number) => (a - HAN_FROM) * HAN_SPAN + (b - HAN_FROM);

/** Han character pairs (or Latin words) of a text, for comparing a headline with a story. */
export function grams(text: string): Set<number | string> {
  const out = new Set<number | string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isHanUnit(a) && isHanUnit(b)) out.add(pairOf(a, b));
  }
  if (/[a-z]{4}/i.test(text))
    for (const word of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) out.add(word);
  return out;
}

/**
 * Of the `wanted` grams, those the story holds: what `grams(story)` and `wanted` share,
 * without a set of every pair of the story (most of its pairs are wanted by no headline).
 * A wanted pair is looked for as it is written: the engine's search beats a scan in script.
 */
export function gramsAmong(
  story: string,
  wanted: ReadonlySet<number | string>,
): Set<number | string> {
  const out = new Set<number | string>();
  let words = false;
  for (const g of wanted) {
    if (typeof g !== 'number') {
      words = true;
      continue;
    }
    const a = Math.floor(g / HAN_SPAN) + HAN_FROM;
    const b = (g % HAN_SPAN) + HAN_FROM;
    if (story.includes(String.fromCharCode(a, b))) out.add(g);
  }
  // (No Latin word wanted, as for most Han lines: the story's words need not be read.)
  if (words && /[a-z]{4}/i.test(story))
    for (const word of story.toLowerCase().match(/[a-z]{4,}/g) ?? [])
      if (wanted.has(word)) out.add(word);
  return out;
}
