import type { LineShape } from './lineShape.ts';

/**
 * A forum post's or a board's title, as a page sets it over the post: under a short label
 * (`主题：`, `标题：`; w3m may put an image's `[0]` before it), one clause closing on a question
 * or an exclamation, and right under it the post's byline with its posting time
 * (`作者：… 时间：2005-08-22 19:13`). It reads like a sentence and is none: the post's
 * head, above its first paragraph. A labelled question in a story's flow (a caption, an
 * interviewer's question) has prose under it, not a byline, and stays a sentence.
 */
const LABELLED_CLAUSE =
  /^(?:\[[^\]\s]{0,12}\]\s*)?[\p{L}\p{N}]{1,4}\s*[:：]\s*[^，,、；;。！？!?：:]{4,40}[？！?!]+["”’」)）]*$/u;
/** The most words a byline with its posting time holds. */
const BYLINE_TOKENS = 30;

export const isLabelledClause = (text: string): boolean => LABELLED_CLAUSE.test(text);

/**
 * What a posting time is written with: figures, separators, the words that label a time. A
 * byline holds more (who posted); a time alone under a question is a transcript's clock
 * (an online interview's `网友：…吗？` over `2024-05-20 10:05:40`), whose question is its text.
 */
const TIME_ONLY =
  /[\d\s:：\-/.,，年月日时分秒]|时间|日期|发表于|发表|发布|posted|time|date|am|pm/giu;
/** Letters a byline holds besides its time: a name, a label such as 作者. */
const NAMED = 2;

/** Whether the line is a byline with a posting time and no sentence. */
const isStampedByline = (shape: LineShape | undefined): boolean =>
  shape !== undefined &&
  shape.stamps > 0 &&
  !shape.endsSentence &&
  shape.tokens > 0 &&
  shape.tokens <= BYLINE_TOKENS &&
  (shape.text.replace(TIME_ONLY, '').match(/\p{L}/gu) ?? []).length >= NAMED;

/** Whether line `i` is a post's title (see above). */
export function isPostTitleAt(shapes: readonly LineShape[], i: number): boolean {
  const shape = shapes[i];
  if (!shape || shape.blank || !isLabelledClause(shape.text)) return false;
  let next = i + 1;
  while (next < shapes.length && shapes[next]!.blank) next++;
  return isStampedByline(shapes[next]);
}
