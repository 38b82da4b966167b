import type { LineShape } from './lineShape.ts';

/** The most words a headline holds. */
const HEADLINE_TOKENS = 30;

/**
 * A headline that ends in a question or an exclamation (`…为啥这么难？`, `…暴涨160亿！`): a
 * list of other stories has a few among its items; a story's own sentence ends in a stop.
 */
export const exclaimedHeadline = (s: LineShape) =>
  s.tokens < HEADLINE_TOKENS && /[？！?!][”’」"）)]*$/.test(s.text) && !/[。；]/.test(s.text);
