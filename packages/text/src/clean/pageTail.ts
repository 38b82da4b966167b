import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import { isProse, shapesOf } from './lineShape.ts';
import type { LineShape } from './lineShape.ts';
import {
  EDITOR,
  FOOTER,
  isCommentMarker,
  isDisclaimer,
  isPager,
  isRelatedHead,
} from './markers.ts';

/**
 * The page's tail after the last paragraph: from a short line that labels page furniture
 * (相关推荐, 发表评论, 上一篇, 免责声明, the site footer, the editor line) to the end. What
 * follows a label may be bulleted (`- 热门推荐`, `## 相关推荐`), may be headlines of any shape
 * — long, ending in `?` or `!`, with figures — and after a comment label, user comments:
 * none of that is the story. What keeps the article safe: nothing after the label may be as
 * long as an article paragraph (a label never removes such a line); outside comments and
 * disclaimers a sentence ending in a full stop, or as long as a paragraph, is the story
 * going on; and the
 * tail must hold less prose than the text before it (a menu label at the top of a page is
 * not where the story ends).
 */
const ARTICLE_LINE_TOKENS = 100;
/** Sentences this long after a label are the story going on, unless they are comments. */
const PARAGRAPH_TOKENS = 40;

const CLOSERS = new Set('"”’」)）');
const FULL_STOPS = new Set('。.；;');

function endsWithFullStop(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && FULL_STOPS.has(text[i]!);
}

/**
 * A line the page cut off mid-phrase with one ellipsis (`…有46人因参…`): the teaser of
 * another story, whatever its length. A story's own trailing-off is written `……` or
 * after a stop, and a teaser's `...` cannot be told from a writer's, so only the single
 * `…` glued to a word counts.
 */
const CUT_OFF = /[\p{L}\p{N}]…$/u;

function isLabel(shape: LineShape): boolean {
  return (
    shape.marker === 'tail' ||
    (shape.marker !== null && FOOTER.test(shape.text)) ||
    (EDITOR.test(shape.text) && shape.tokens <= 30)
  );
}

export function pageTailEdit(raw: string, lines: readonly Line[]): RuleEdit | null {
  const n = lines.length;
  const shapes = shapesOf(lines);
  const prose = shapes.map((s) => (isProse(s) ? s.tokens : 0));
  // fits[i]: lines i.. can all be tail; inComments: read after a comment label.
  const fits = new Array<boolean>(n + 1).fill(true);
  const fitsInComments = new Array<boolean>(n + 1).fill(true);
  for (let i = n - 1; i >= 0; i--) {
    const s = shapes[i]!;
    const short = s.tokens < ARTICLE_LINE_TOKENS;
    fitsInComments[i] = short && fitsInComments[i + 1]!;
    // A comment label's lines are the readers'; a disclaimer's or a legal notice's sentences
    // (its own line's too: `免责声明：本文来自…，不代表本站立场。`) are what it declares.
    if (s.marker === 'tail' && (isCommentMarker(s.text) || isDisclaimer(s.text)))
      fits[i] = short && fitsInComments[i + 1]!;
    else {
      // A headline may end in ? or !, a sentence of the story ends in a full stop.
      const sentence = prose[i]! > 0 && !s.bullet && endsWithFullStop(s.text);
      const plain =
        s.blank || s.marker !== null || prose[i] === 0 || s.bullet || CUT_OFF.test(s.text);
      fits[i] = short && !sentence && (plain || s.tokens < PARAGRAPH_TOKENS) && fits[i + 1]!;
    }
  }
  let before = 0;
  let after = prose.reduce((a, b) => a + b, 0);
  let first = -1;
  for (let i = 0; i < n && first < 0; i++) {
    after -= prose[i]!;
    if (isLabel(shapes[i]!) && fits[i]! && after < before) first = i;
    before += prose[i]!;
  }
  const start = lines[first];
  const last = lines[lines.length - 1];
  if (!start || !last) return null;
  const tail = shapes.slice(first).map((s) => s.text);
  const kinds = [
    tail.some(isRelatedHead) && 'related links',
    tail.some(isCommentMarker) && 'comments',
    tail.some(isPager) && 'a pager',
    tail.some(isDisclaimer) && 'a disclaimer',
    tail.some((t) => FOOTER.test(t) && t.length <= 80) && 'the site footer',
    tail.some((t) => EDITOR.test(t)) && 'the editor line',
  ].filter(Boolean);
  return removal(
    raw,
    start,
    last,
    RULE.chromePageTail,
    `After the article the page adds ${kinds.join(', ') || 'its own furniture'}.`,
  );
}

/** At most this many lines after the last paragraph make a page's trailing furniture. */
const TRAILING_LINES = 6;

/**
 * A few lines after the article's last paragraph, none a sentence, with a mark of the
 * page's furniture among them (a posting time, a `label：` with nothing after it, a marker
 * word, a row of cells): from the first such mark to the end is the page's (a
 * thread's label and its first entry under a forum post). What stands before the mark
 * (a credit, a source line) stays with the story.
 */
export function trailingFurnitureEdit(raw: string, lines: readonly Line[]): RuleEdit | null {
  const shapes = shapesOf(lines);
  let last = shapes.length - 1;
  while (last >= 0 && !isProse(shapes[last]!)) last--;
  if (last < 0) return null;
  const after: number[] = [];
  for (let i = last + 1; i < shapes.length; i++) if (!shapes[i]!.blank) after.push(i);
  if (after.length === 0 || after.length > TRAILING_LINES) return null;
  const mark = after.find((i) => {
    const s = shapes[i]!;
    // Not a list mark alone: a byline opens with one too (`□本报记者…`).
    return (
      s.marker !== null ||
      s.cells > 2 ||
      (s.stamps > 0 && !s.endsSentence) ||
      (s.field && /[:：]$/.test(s.text))
    );
  });
  const first = mark === undefined ? undefined : lines[mark];
  const end = lines[after[after.length - 1]!];
  if (!first || !end) return null;
  return removal(
    raw,
    first,
    end,
    RULE.chromePageTail,
    'After the article’s last paragraph the page adds a few lines of its own furniture (a label, a posting time, controls).',
    0.85,
  );
}
