import { applyEdits } from './edits.ts';
import type { DecidedEdit } from './edits.ts';
import { linesOf } from './lines.ts';
import type { Line } from './lines.ts';
import { shapeOf } from './lineShape.ts';

/**
 * The headline of a cleaned article: its first line that reads as a title, not as page
 * furniture. A text page that kept a menu row, a `label: value` field, a posting time or a
 * marker above the story does not get it as its title; a dump's markup (`# `, `| `) is not
 * part of the title.
 */
export const LOOK_AHEAD = 20;

/**
 * A picture's or story's credit: a name over an outlet (`石佳/中国青年报`), a caption over
 * its kind (`…越唱越强/图`, `蔡雪婧/摄`), `…供图`. A name is a few characters (a foreign one
 * joined by `·`) and an outlet's name is short: a headline pairing two things with a slash
 * (`秋粮/玉米收购价格走稳`) says more after it.
 */
const CREDIT =
  /^(?:\p{Script=Han}{2,4}|[\p{Script=Han}]+·[\p{Script=Han}·]+)\s*\/\s*\p{Script=Han}{1,6}$|^[\p{Script=Han}·]{2,10}\s*\/\s*(?:图|摄|摄影|供图)$|(供图|\/摄|摄影|视频截图)$/u;
/** The story's original headline as a note (`（原标题：…）`): the page's headline is elsewhere. */
const ORIGINAL_TITLE = /^[（(]原标题[:：]/;

/** A row of menu items: four or more short words between separators (`首页 - 新闻 - 体育 - …`). */
function isMenuRow(text: string): boolean {
  const items = text.split(/\s+[-|｜·•/]\s+/);
  return items.length >= 4 && items.every((item) => item.trim().length <= 8);
}

/**
 * A line that reads as a title but is none: a credit, a note of the original headline, a
 * row of menu items, a sentence broken off at a comma (a piece of the story).
 */
export function notATitle(text: string): boolean {
  return CREDIT.test(text) || ORIGINAL_TITLE.test(text) || isMenuRow(text) || /[，、,]$/.test(text);
}

export function isFurniture(text: string): boolean {
  const shape = shapeOf(text);
  return (
    shape.blank ||
    notATitle(shape.text) ||
    shape.marker !== null ||
    shape.bullet ||
    shape.cells > 2 ||
    shape.field ||
    shape.stamps > 0 ||
    // An image's or button's bracketed label, a bare number, a date line.
    /^\[[^\]]*\]$/.test(shape.text) ||
    !/\p{L}/u.test(shape.text) ||
    /^(19|20)\d{2}\s*[-/.年]\s*\d{1,2}/.test(shape.text)
  );
}

/** The first line the applied edits leave standing that can be a headline, as raw offsets. */
export function headlineLine(raw: string, edits: readonly DecidedEdit[]): Line | null {
  const removals = edits
    .filter((e) => e.state === 'applied' && e.replacement === '')
    .sort((a, b) => a.start - b.start);
  let k = 0;
  let seen = 0;
  let fallback: Line | null = null;
  for (const line of linesOf(raw)) {
    if (line.trimmed === '') continue;
    while (k < removals.length && removals[k]!.end <= line.start) k++;
    const removal = removals[k];
    const gone = removal !== undefined && removal.start <= line.start && removal.end >= line.end;
    if (gone) continue;
    fallback ??= line;
    if (!isFurniture(line.trimmed)) return line;
    if (++seen >= LOOK_AHEAD) break;
  }
  return fallback;
}

/** Whether the applied edits leave the line standing. */
export function standing(line: Line, edits: readonly DecidedEdit[]): boolean {
  return !edits.some(
    (e) =>
      e.state === 'applied' && e.replacement === '' && e.start <= line.start && e.end >= line.end,
  );
}

/** The title as the headline line reads once cleaned, without a dump's markup. */
export function titleFromLine(raw: string, line: Line, edits: readonly DecidedEdit[]): string {
  const inside = edits
    .filter((e) => e.state === 'applied' && e.start >= line.start && e.end <= line.end)
    .map((e) => ({ ...e, start: e.start - line.start, end: e.end - line.start }));
  return titleText(applyEdits(raw.slice(line.start, line.end), inside).trim());
}

/** Whether a spam rule took the line away: such a line is never a title. */
export function spammed(line: Line, edits: readonly DecidedEdit[]): boolean {
  return edits.some(
    (e) =>
      e.state === 'applied' &&
      e.rule.startsWith('spam') &&
      e.start < line.end &&
      e.end > line.start,
  );
}

/** A link a dump printed after the headline's words: the page's address, not its title. */
const TRAILING_URL = /\s+(?:https?:\/\/|www\.)\S*$/i;

/**
 * A field's name before the title, as a forum or a record labels it (`主题：…`, `标题：…`,
 * `Subject: …`): the label names the field, the title is what follows it.
 */
const TITLE_LABEL = /^(?:主题|主題|标题|標題|题目|題目|subject|title)\s*[:：]\s*(?=\S)/i;

/**
 * A line's text as a title: without a dump's markup, a title field's label or a trailing
 * link, at most 300 characters.
 */
export function titleText(text: string): string {
  const title = (shapeOf(text).text || text).replace(TITLE_LABEL, '').replace(TRAILING_URL, '');
  return title.length > 300 ? `${title.slice(0, 300)}…` : title;
}
