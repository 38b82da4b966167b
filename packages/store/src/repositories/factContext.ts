/**
 * A fact's context — the characters of the cleaned text either side of its quote — is how
 * re-anchoring finds the fact again after the text changes. For nearly every anchored fact
 * it is exactly the text around [start, end), so the row keeps a flag instead of the
 * characters (migration 8). The flag is set only after checking that the text gives the
 * same context back; a fact whose context is anything else (an orphan, a fact imported
 * from a bundle with its own) keeps its characters.
 */

/** Characters either side of a quote, as the extractors and re-anchoring take them. */
export const FACT_CONTEXT_CHARS = 32;

export type Context = { prefix: string; suffix: string };

/** Reads characters [from, to) of an article's cleaned text. */
export type TextAt = (from: number, to: number) => string;

export function contextAt(textAt: TextAt, start: number, end: number): Context {
  return {
    prefix: textAt(Math.max(0, start - FACT_CONTEXT_CHARS), start),
    suffix: textAt(end, end + FACT_CONTEXT_CHARS),
  };
}

/** Whether the text gives back this fact's context exactly, so the row need not hold it. */
export function contextFromText(
  textAt: TextAt,
  fact: { start: number | null; end: number | null; prefix: string; suffix: string },
): boolean {
  if (fact.start === null || fact.end === null) return false;
  const found = contextAt(textAt, fact.start, fact.end);
  return found.prefix === fact.prefix && found.suffix === fact.suffix;
}

/** A whole text as a TextAt. */
export const textAtOf =
  (text: string): TextAt =>
  (from, to) =>
    text.slice(from, to);
