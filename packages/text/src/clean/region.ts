import { RULE } from '@winnow/contract';
import { originalTitle } from './originalTitle.ts';
import { isPostTitleAt } from './postTitle.ts';
import type { Line } from './lines.ts';
import { dataTableEnd } from './dataTable.ts';
import { announcedListEnd } from './announcedList.ts';
import { noTitle } from './noTitle.ts';
import { headlineAbove } from './headlineAbove.ts';
import { fallbackTitleLine } from './titleFallback.ts';
import { isPager, isRelatedHead } from './markers.ts';
import { isProse, shapesOf, wrappedProse } from './lineShape.ts';
import { unstoppedEnding } from './unstopped.ts';
import { isToldStory, toldInLines } from './toldInLines.ts';
import { ARTICLE_WORTH, articleRun } from './articleRun.ts';
import { withoutCards } from './cards.ts';
import { storyAboveList } from './panelRun.ts';
import { copiedTail } from './copiedTail.ts';
import type { Panel } from './cards.ts';
import type { LineShape } from './lineShape.ts';

/**
 * Where the article lies in a whole page saved as text. The article is the densest run of
 * prose: each line is worth its text when it is written in sentences and costs something
 * when it has the shape of page furniture (short, a bullet, a row of menu items, a marker
 * word), more so among other such lines — a subheading between two paragraphs costs
 * little, a list of twenty links costs a lot. The run of lines worth the most is the
 * article (the maximum-sum segment). A short line that heads related links, comments, a
 * pager or a disclaimer closes any run: the article never continues past one.
 *
 * Above the run, the headline is the line that reads like a title of what the run says:
 * short, not a sentence, not furniture, and made of the run's own words. A navigation bar
 * or a site name shares few words with the story.
 */
export type ArticleRegion = {
  /** Index of the first and last line of the article body (inclusive). */
  first: number;
  last: number;
  /** Index of the headline line above the body, if the page has one. */
  headline: number | null;
  /** The line the article's title is read from: the headline, or a looser find (headlineAbove). */
  titleLine: number | null;
  /** The lines of the story's original headline (`（原标题：…）`) between the headline and the body. */
  original: { from: number; to: number } | null;
  /** Lines inside the body the page repeats under each picture (unstopped.ts): captions, not text. */
  captions: number[];
  /** Panels of teaser cards the densest run took in at its ends (cards.ts): the page's. */
  panels: Panel[];
  /** What the body is worth: the sum of its lines' values. */
  worth: number;
  shapes: LineShape[];
  values: number[];
};

/** Lines a paragraph wraps over at most, as far as its closing stop is looked for. */
const PARAGRAPH_LINES = 12;

/** The last line of the paragraph that opens at `from`: the line before a blank one. */
function paragraphEnd(shapes: readonly LineShape[], from: number): number {
  let end = from;
  while (end + 1 < shapes.length && end - from < PARAGRAPH_LINES && !shapes[end + 1]!.blank) end++;
  return end;
}

/** The next line holding text after `from`, or -1. */
function nextFilled(shapes: readonly LineShape[], from: number): number {
  for (let i = from + 1; i < shapes.length; i++) if (!shapes[i]!.blank) return i;
  return -1;
}

/** Per line: positive for prose, negative for furniture, 0 for blank; null closes a run. */
function lineValues(shapes: LineShape[]): Array<number | null> {
  const filled = shapes.map((s, i) => (s.blank ? -1 : i)).filter((i) => i >= 0);
  const wrapped = wrappedProse(shapes);
  // A post's title over its byline reads like a sentence and heads the post (postTitle.ts).
  const prose = shapes.map(
    (s, i) => (isProse(s) || wrapped[i] === true) && !isPostTitleAt(shapes, i),
  );
  // Lines that carry on a bulleted item with no break between: only an item long enough
  // to have wrapped (a short sidebar item between a story's lines carries nothing on).
  const continues = shapes.map(() => false);
  shapes.forEach((s, i) => {
    const above = shapes[i - 1];
    if (i > 0 && !s.blank && !s.bullet && above && !above.blank)
      continues[i] = (above.bullet && above.tokens >= 20) || continues[i - 1] === true;
  });
  const values: Array<number | null> = shapes.map(() => 0);
  filled.forEach((index, k) => {
    const shape = shapes[index]!;
    if (shape.marker === 'tail' && !wrapped[index]) {
      // A marker followed by a sentence labels nothing (the story mentions 相关推荐): it
      // costs what a subheading does, and the story may run on past it.
      const next = filled[k + 1];
      const nextShape = next === undefined ? undefined : shapes[next];
      // Only a list's head: a disclaimer's or a comment label's sentences are what it labels.
      // Under a link to another story (`Read more: <its headline>`) the sentence may be a
      // paragraph a dump wrapped over lines: its last line closes it. (A bare `Read more`
      // is a teaser's button as often: the line right under it must close the sentence.)
      // The linked story's teaser under its link reads so too: the story runs on past the
      // link over a wrapped paragraph only where more of its prose follows (the link stood
      // inside it). A one-line sentence under the link is taken as the story's, as ever.
      const linked = /[:：]\s*\S/.test(shape.text);
      const end = linked && next !== undefined ? paragraphEnd(shapes, next) : next;
      const after = linked && end !== undefined ? nextFilled(shapes, end) : -1;
      const labelsNothing =
        (isRelatedHead(shape.text) || isPager(shape.text)) &&
        nextShape !== undefined &&
        prose[next!] === true &&
        !nextShape.bullet &&
        /[。.]["”’」)）]*$/.test(shapes[end!]!.text) &&
        (end === next || (after >= 0 && prose[after] === true && shapes[after]!.marker === null));
      values[index] = labelsNothing ? -8 : null;
      return;
    }
    if (shape.marker === 'chrome' && !wrapped[index]) {
      values[index] = -30;
      return;
    }
    if (prose[index]) {
      // Bulleted sentences, and the lines an item wraps onto, are user comments or teasers
      // more often than the story (w3m marks nested items with #, like a heading).
      const item = shape.bullet || shape.heading || continues[index] === true;
      // A wrapped paragraph's short last line (`帽。`) is worth something, never a cost.
      // Worth what the line says, in any script (LineShape.weight).
      values[index] = item
        ? shape.weight * 0.25 - 5
        : wrapped[index]
          ? Math.max(1, shape.weight - 5)
          : shape.weight - 5;
      return;
    }
    // Debris of the layout (`/`, `(`, `31`: a wrapped address or an embed's name cut into
    // pieces) says nothing either way: it costs no more than a blank line does.
    if (shape.tokens <= 1 && shape.text.length <= 6 && !/\p{Script=Han}/u.test(shape.text)) {
      values[index] = -1;
      return;
    }
    const before = filled[k - 1];
    const after = filled[k + 1];
    const crowd =
      (before !== undefined && !prose[before] ? 1 : 0) +
      (after !== undefined && !prose[after] ? 1 : 0);
    const base =
      shape.bullet || shape.cells > 2
        ? 10 + Math.min(shape.tokens, 30) / 3
        : shape.heading
          ? 8
          : 5 + Math.min(shape.tokens, 20) / 4;
    values[index] = -base * (1 + crowd * 0.5);
  });
  return values;
}

/** The maximum-sum run of lines; a null value is a wall no run crosses. */
export function densestRun(
  values: Array<number | null>,
): { first: number; last: number; worth: number } | null {
  let best: { first: number; last: number; worth: number } | null = null;
  let sum = 0;
  let start = -1;
  values.forEach((value, i) => {
    if (value === null) {
      sum = 0;
      start = -1;
      return;
    }
    if (start < 0 || sum < 0) {
      if (value <= 0) return;
      sum = 0;
      start = i;
    }
    sum += value;
    if (value > 0 && (best === null || sum > best.worth))
      best = { first: start, last: i, worth: sum };
  });
  return best;
}

/** A posting time closing a line, with at most the poster's name after it. */
const SIGNED = /\d{1,2}[-/.月]\d{1,2}日?\s{0,3}\d{1,2}:\d{2}(?::\d{2})?[^。！？.!?]{0,30}$/;

/** The shapes and values of a page's lines as the region reads them (a wall is -Infinity). */
export function lineWorths(lines: readonly Line[]): { shapes: LineShape[]; values: number[] } {
  const shapes = shapesOf(lines);
  return { shapes, values: lineValues(shapes).map((v) => v ?? -Infinity) };
}

/**
 * A table of data right under the story (after a blank line or its caption, `附：…`) is the
 * story's: its rows are short and full of figures, and the run would stop above them.
 */
function extendOverTables(
  lines: readonly Line[],
  shapes: readonly LineShape[],
  run: { last: number },
): void {
  for (;;) {
    let i = run.last + 1;
    while (i < lines.length && shapes[i]!.blank && !FRAMED.test(lines[i]!.trimmed)) i++;
    const caption = shapes[i];
    if (
      caption &&
      !caption.blank &&
      !caption.marker &&
      caption.tokens <= 30 &&
      !/[|│]/.test(lines[i]!.trimmed)
    ) {
      i++;
      while (i < lines.length && lines[i]!.trimmed === '') i++;
    }
    const end = dataTableEnd(lines, i);
    if (end < 0) return;
    run.last = end;
  }
}
/** A credit in brackets after the last sentence: `……吗？”（姚峰 上海报道）`. */
const CREDIT = /[(（][^()（）]{1,20}[)）]$/;
/** A full stop closes the story's sentence; an ellipsis (a teaser cut short) or an item does not. */
export const closesSentence = (s: LineShape) =>
  !s.bullet && /[。！？!?.][”’」』"）)]*$/.test(s.text.replace(CREDIT, '').trimEnd());

/** An item of a list that is a sentence of its own, closed by a full stop. */
const listedSentence = (s: LineShape) =>
  s.bullet && s.tokens >= 10 && /[。！？!?.][”’」』"）)]*$/.test(s.text.trimEnd());

/**
 * How much the story's own paragraphs close on a full stop: of its lines that end a
 * paragraph (a blank line or the run's end after them), the share that close a sentence.
 * Some writers end paragraphs with no stop at all; there an unpunctuated line says nothing.
 */
export function stoppedShare(shapes: readonly LineShape[], first: number, last: number): number {
  let ends = 0;
  let stopped = 0;
  for (let i = first; i <= last; i++) {
    const s = shapes[i]!;
    if (s.blank || s.tokens < 10 || (i < last && !shapes[i + 1]!.blank)) continue;
    ends++;
    if (closesSentence(s)) stopped++;
  }
  return ends === 0 ? 0 : stopped / ends;
}
/** A page whose paragraphs close on a stop this often is written in full stops. */
export const STOPPED = 0.7;

/**
 * The story ends on a sentence. On a page written in full stops, lines the run took in past
 * a piece of furniture after its last sentence, none of which closes one (teasers cut off mid-phrase, headlines of other
 * stories, of an even width that reads like a wrapped paragraph), are the page's; when they
 * are worth little beside the story, the run stops at that sentence.
 */
export function lastSentence(
  shapes: readonly LineShape[],
  values: ReadonlyArray<number | null>,
  run: { first: number; last: number; worth: number },
): number {
  let end = run.last;
  while (end > run.first && !closesSentence(shapes[end]!)) end--;
  if (end === run.last || !closesSentence(shapes[end]!)) return run.last;
  if (stoppedShare(shapes, run.first, end) < STOPPED) return run.last;
  let furniture = false;
  let after = 0;
  for (let i = end + 1; i <= run.last; i++) {
    // A list of whole sentences (★ 11月25日是…旅程。) goes on with the story; teasers don't.
    if (listedSentence(shapes[i]!)) return run.last;
    const value = values[i] ?? 0;
    if (value < 0 && !shapes[i]!.blank && shapes[i]!.tokens > 1) furniture = true;
    if (value > 0) after += value;
  }
  return furniture && after < run.worth * 0.25 ? end : run.last;
}

/** The first line of a table's frame, which reads as blank furniture otherwise. */
const FRAMED = /^[+┌][-=+─┬┐]{8,}$/;

/** How much of the story's opening a headline is compared with. */
const BODY_SAMPLE = 1500;

export function findArticleRegion(lines: readonly Line[]): ArticleRegion | null {
  const shapes = shapesOf(lines);
  const walls = lineValues(shapes);
  const values = walls.map((v) => v ?? -Infinity);
  let run = articleRun(shapes, walls);
  if (!run) return null;
  // Too little prose for an article: the page may tell its story in short lines (toldInLines.ts).
  if (run.worth < ARTICLE_WORTH) {
    const lenient = toldInLines(shapes, walls);
    const told = articleRun(shapes, lenient);
    if (told && told.worth >= ARTICLE_WORTH && isToldStory(shapes, walls, lenient, told))
      run = told;
  }
  // A list of other stories under its head can outweigh a short story above it (panelRun.ts).
  const underList = storyAboveList(shapes, walls, run);
  run = underList.run;
  // Posts signed with their time (`…发布时间 2005/05/17 22:11:42 by 作者`), one after another:
  // the first is the post the page is about, the rest are replies to it.
  const signed: number[] = [];
  for (let i = run.first; i <= run.last; i++)
    if (shapes[i]!.tokens >= 30 && shapes[i]!.text.includes(':') && SIGNED.test(shapes[i]!.text))
      signed.push(i);
  if (signed.length >= 2) run.last = signed[0]!;
  // A second copy of the story, laid out anew, closing the run (copiedTail.ts) is the page's.
  const copy = copiedTail(shapes, values, run);
  const copies: Panel[] = [];
  if (copy !== null) {
    copies.push({ from: copy, to: run.last, verdict: COPY, rule: RULE.chromeRepeatedCopy });
    // The run keeps its worth: what it says is worth as much told twice, and a rival
    // elsewhere on the page is measured against that.
    let last = copy - 1;
    while (last > run.first && shapes[last]!.blank) last--;
    run = { ...run, last };
  }
  run.last = lastSentence(shapes, walls, run);
  // Panels of teaser cards the run took in at either end (cards.ts) are the page's.
  const carded = withoutCards(shapes, values, run, ARTICLE_WORTH);
  run = carded.run;
  let captions: number[] = [];
  if (stoppedShare(shapes, run.first, run.last) < STOPPED)
    ({ end: run.last, captions } = unstoppedEnding(shapes, run.last));
  extendOverTables(lines, shapes, run);
  // A list the story's last lines announce with a colon is the story's (announcedList.ts).
  const listed = announcedListEnd(lines, shapes, run.last);
  if (listed > run.last) run.last = listed;
  // A paragraph's closing quote or full stop that the page wrapped onto a line of its own
  // (`”`, `。`) belongs to it.
  while (run.last + 1 < shapes.length) {
    const next = shapes[run.last + 1]!;
    if (next.blank || next.tokens > 0 || !/^[”’」』)）"'。.！!？?…]+$/.test(next.text)) break;
    run.last++;
  }
  // The story's opening is enough to recognise its headline: join no more of it than that.
  const opening: string[] = [];
  let length = 0;
  for (let i = run.first; i <= run.last && length <= BODY_SAMPLE; i++) {
    opening.push(shapes[i]!.text);
    length += shapes[i]!.text.length + 1;
  }
  const body = opening.join('\n').slice(0, BODY_SAMPLE);
  const headline = headlineAbove(shapes, walls, run.first, body);
  return {
    ...run,
    headline,
    titleLine:
      headline !== null && !noTitle(shapes[headline]!.text)
        ? headline
        : (headlineAbove(shapes, walls, run.first, body, true) ??
          fallbackTitleLine(shapes, run.first, body)),
    original: headline === null ? null : originalTitle(shapes, headline, run.first),
    captions,
    panels: [...carded.panels, ...copies, ...(underList.panel ? [underList.panel] : [])].sort(
      (a, b) => a.from - b.from,
    ),
    shapes,
    values,
  };
}

const COPY =
  'lines that say the story over again, word for word, laid out anew (a hidden or shared copy of it).';
