import { isCommentMarker } from './markers.ts';
import type { LineShape } from './lineShape.ts';
import { densestRun } from './region.ts';

/** Less than one paragraph's worth of prose is no article for comments to follow. */
export const ARTICLE_WORTH = 80;
/** Posting times that make a stretch of lines a thread of posts. */
const THREAD_STAMPS = 3;
/** Lines above a post's text where its poster and time stand. */
const POST_HEAD = 2;

/**
 * A post's time as a live feed or a thread shows it, relative to today (`今天 12:08:37`,
 * `昨天 09:15`, `3分钟前`, `Today at 9:15`): read only where posts are looked for, since a
 * bare clock time (a race's 2:03:45) says nothing.
 */
const POSTED =
  /(今天|昨天|前天|今日)\s*\d{1,2}:\d{2}|\d{1,2}\s*(分钟|小时)前|\b(today|yesterday)\s+(at\s+)?\d{1,2}:\d{2}/i;
/** A short line that gives a post's time relative to now. */
export const postedAgo = (s: LineShape) => s.tokens <= 30 && POSTED.test(s.text);
const posted = (s: LineShape) => s.stamps > 0 || postedAgo(s);

/**
 * The article's run: the densest run of each stretch between walls, the best of them. Under
 * a comment label, once the page has shown an article's worth of prose above it, a stretch
 * whose run carries posting times among its lines is the readers' thread: however much it
 * says (a long thread outweighs a short post), it is not the story it follows. A label alone
 * proves nothing (a sidebar's 最新评论 may stand beside the story in a dump's columns).
 * Without a label, a run of posts each under its own time (a live feed of remarks beside the
 * story) gives way to any other run that holds an article's worth of prose.
 */
export function articleRun(
  shapes: readonly LineShape[],
  values: Array<number | null>,
): { first: number; last: number; worth: number } | null {
  type Run = { first: number; last: number; worth: number };
  let best: Run | null = null;
  let bestStory: Run | null = null;
  let shown = 0;
  let comments = false;
  let from = 0;
  for (let i = 0; i <= values.length; i++) {
    if (i < values.length && values[i] !== null) continue;
    const found = densestRun(values.slice(from, i));
    const run = found && { first: found.first + from, last: found.last + from, worth: found.worth };
    // The posting times must stand among the run's own lines: a list of dated headlines
    // further down the stretch (热帖, each with its time) makes no thread of the story above it.
    const times = run
      ? shapes.slice(Math.max(from, run.first - POST_HEAD), run.last + 1).filter(posted).length
      : 0;
    const thread = comments && times >= THREAD_STAMPS;
    if (run && !thread) {
      if (best === null || run.worth > best.worth) best = run;
      if (times < THREAD_STAMPS && (bestStory === null || run.worth > bestStory.worth))
        bestStory = run;
      shown = Math.max(shown, run.worth);
    }
    if (i < values.length && shown >= ARTICLE_WORTH && isCommentMarker(shapes[i]!.text))
      comments = true;
    from = i + 1;
  }
  return bestStory !== null && bestStory.worth >= ARTICLE_WORTH ? bestStory : best;
}
