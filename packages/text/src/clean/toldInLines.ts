import type { LineShape } from './lineShape.ts';

/** Han characters that make a plain line say something (not a button's word or two). */
const TOLD_HAN = 6;
/** Plain lines that make a run a story told in short lines. */
const TOLD_LINES = 8;
/** Sentences a story told in short lines closes, at the least. */
const TOLD_SENTENCES = 4;

/**
 * A story told in short lines between its pictures (a social-media post: a phrase a line,
 * few full stops) holds little prose by the region’s measure (region.ts), and the page’s
 * lists outweigh it. Read leniently, a plain line of Han text (no bullet, heading, label, field, time or row of
 * links) is worth a little of what it says: a run of them, many lines long, is a story;
 * lists of headlines stay costs, being bulleted or labelled.
 */
export function toldInLines(
  shapes: readonly LineShape[],
  values: Array<number | null>,
): Array<number | null> {
  return values.map((value, i) => {
    const s = shapes[i]!;
    if (value === null || value >= 0 || s.blank) return value;
    const plain =
      !s.marker && !s.bullet && !s.heading && s.cells <= 2 && !s.field && s.stamps === 0;
    // weight = Han characters + 2 × other words (LineShape.weight).
    const han = 2 * s.tokens - s.weight;
    return plain && han >= TOLD_HAN ? s.weight * 0.25 : value;
  });
}

/**
 * Only a story told in short lines for the most part (not a page with too little prose
 * anywhere that the lenient reading merely stretches), which still closes a sentence here
 * and there (a programme or a listing of plain lines closes none).
 */
export function isToldStory(
  shapes: readonly LineShape[],
  values: ReadonlyArray<number | null>,
  lenient: ReadonlyArray<number | null>,
  run: { first: number; last: number },
): boolean {
  let plain = 0;
  let closed = 0;
  for (let i = run.first; i <= run.last; i++) {
    if (lenient[i] !== values[i]) plain++;
    if (shapes[i]!.endsSentence) closed++;
  }
  return plain >= TOLD_LINES && closed >= TOLD_SENTENCES;
}
