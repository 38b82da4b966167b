import { countText, isHan, MARK } from './textCount.ts';
import { isTrail } from './trail.ts';
import { isBracketLabelled, isFooterLine } from './footerLine.ts';
import {
  isChromeMarker,
  isCopyrightLine,
  isDisclaimer,
  isReplyCount,
  isReprintNotice,
  isTailMarker,
} from './markers.ts';

/**
 * What one line of a page saved as text looks like, read the way an editor glances at it:
 * how much text it holds, whether it is written in sentences, and whether it has the shape
 * of page furniture — a bullet, a heading, a row of table cells or menu items, a marker
 * word such as 相关推荐. Text dumps mark structure with `- ` and `* ` bullets, `#`
 * headings and `|` table bars; those marks are read as shape, not as text.
 */
export type LineShape = {
  /** The line without its markup (bullet, heading marks, table bars). */
  text: string;
  /** Nothing readable: blank, a rule (`---`, `|---|---`), empty table cells. */
  blank: boolean;
  /** Words as the scorer and a reader count them: each Han character one, each other run of letters or digits one. */
  tokens: number;
  /**
   * What the line says, comparable across scripts: a Han character counts one, a word of a
   * script written with spaces (or a number) two. A word carries about what two characters
   * do, so an English paragraph is worth what its Chinese translation is, not a third of it.
   */
  weight: number;
  /** Sentence punctuation inside the line (。！？；, and a full stop after a word). */
  stops: number;
  /** Commas, which run through prose and seldom through a menu. */
  commas: number;
  endsSentence: boolean;
  bullet: boolean;
  heading: boolean;
  /** Pieces of a row: table cells, or menu items separated by bars, dots or wide gaps. */
  cells: number;
  /** A short `label: value` line (作者：…, 时间：…, 能力值:…): a field of the page's template. */
  field: boolean;
  /** Date-and-time stamps (`2005-08-22 19:13`, `08-11 16:06`): a post's or a listing's, seldom a sentence's. */
  stamps: number;
  /** Only a date (`13/02/2022`): one closes a notice, many in a row date a listing's entries. */
  dated: boolean;
  /** A short line that names page furniture: `tail` heads what follows (related links, comments, pager, disclaimer). */
  marker: 'tail' | 'chrome' | null;
};

/** A list mark: `- `, `* `, w3m's `+ `/`o `/`@ `, or a dot or star glued to the item (`·标题`). */
const BULLET = /^(?:(?:[-*+•·▪◦●○■□►▶◆◇★☆※@]|o(?=\s+\P{Script=Latin}))\s+|[·•▪◦●○■□►▶◆◇★☆](?=\S))/u;
const HEADING = /^#{1,6}\s+/;
/** Only structure: a markdown or w3m rule, empty table cells. */
const FURNITURE = /^[\s|\-–—=_*+~.:·•\u2500-\u257f]*$/;
const FIELD = /^[\p{L}\p{N} ]{1,8}[:：]/u;
/** A line that is only a date (`2022-02-13`, `13/02/2022`). */
const DATE_LINE = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/;
/**
 * A date and a time together: numeric (`2005-08-22 19:13`, `08-11 16:06`), or a year with a
 * clock time a few words after it, as pages in spaced scripts write them (`12 March 2018 at
 * 4:47 pm`, `18.11.2019, 19:09`).
 */
const STAMP =
  /(?:\d{4}[-/.年]\s?)?\d{1,2}[-/.月]\d{1,2}日?\s{0,3}\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b[^\d\n]{1,12}\d{1,2}:\d{2}/g;

/**
 * A posting time written as an age, on a line of its own (`3 hours ago`, `2 days ago at
 * 07:52 am`): how threads and listings date their entries; a story says when, not how long ago.
 */
const AGE_STAMP =
  /^(?:(?:posted|published|updated)\s+)?~?\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$/i;

/** A label word and a colon opening the line. */
const LABELLED = /^[\p{L} ]{2,20}[:：]/u;

/**
 * Whether a colon (`:` or `：`) stands at a unit from `from` up to `to`: where a label's or a
 * field's colon must stand (a letter is one or two units), checked before their patterns,
 * which most lines, with no colon there, would fail only after reading their opening.
 */
function colonAt(text: string, from: number, to: number): boolean {
  const end = Math.min(text.length, to);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return true;
  }
  return false;
}
/** LABELLED, its colon looked for first: 2 to 20 letters take units 2 to 40. */
const isLabelled = (text: string) => colonAt(text, 2, 41) && LABELLED.test(text);
/** FIELD, its colon looked for first: 1 to 8 letters take units 1 to 16. */
const isField = (text: string) => colonAt(text, 1, 17) && FIELD.test(text);
/** A Han letter, an ASCII letter or digit, none of which can open a line of rule characters (FURNITURE). */
const opensWithText = (c: number) =>
  isHan(c) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** A pager's label set off by a bracket or a colon (`【上一篇】…`, `下一篇：…`): whatever headline follows. */
const PAGER_LABEL = /^[[【]?\s*(上一篇|下一篇|上一頁|下一頁|上一页|下一页|上篇|下篇)\s*[】\]:：]/;

/** Words a site's legal notice is made of: rights, reposting, permission, liability. */
const LEGAL_WORDS = /版权|版權|著作权|著作權|转载|轉載|授权|授權|责任|責任|侵权|侵權/g;

/**
 * A site's legal notice run onto one line (`XX网版权与免责声明：① 凡本网注明…`): labelled
 * so up front and talking of rights throughout, however long. A story that merely
 * mentions a 声明 is neither.
 */
function isLegalNotice(text: string, tokens: number): boolean {
  return (
    tokens < 600 &&
    isLabelled(text) &&
    isDisclaimer(text) &&
    countOf(text, LEGAL_WORDS) >= Math.max(3, tokens / 60)
  );
}

/** The longest line that can still be a label; anything longer is read, not labelled. */
const LABEL_WIDTH = 40;
/** The longest posting age on a line of its own (`published 12 months ago at 11:59 p.m.`). */
const AGE_WIDTH = 48;

export function width(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    w += (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) ? 2 : 1;
  }
  return w;
}

/**
 * Whether the display width passes `limit`, without counting a long line's characters:
 * a line is at least as wide as it is long and at most twice that.
 */
export function widerThan(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 2 <= limit) return false;
  return width(text) > limit;
}

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** A bracketed control or link: 【打印】, [关闭], 【大 中 小】. */
const BRACKETED = /[【[][^】\]]{1,10}[】\]]/g;

/** Items of a bar or table row; one item for an ordinary line. */
function cellsOf(text: string, marks: number): number {
  // A row of bracketed controls (【评论】【推荐】【打印】【关闭】), little else on the line.
  if (marks & MARK.bracket) {
    const items = text.match(BRACKETED)?.length ?? 0;
    if (items >= 3 && text.replace(BRACKETED, '').replace(/\s+/g, '').length <= 12) return items;
  }
  if (marks & MARK.bar) {
    const barred = text.split(/\s*[|｜]\s*/).filter((item) => item.trim() !== '');
    if (barred.length > 1) return barred.length;
  }
  // Menu items set apart by wide gaps (w3m lays out table columns this way) or by dots.
  if (marks & (MARK.gap | MARK.dot)) {
    const gapped = text.split(/\s{3,}|\s*[·•]\s*/).filter((item) => item !== '');
    if (gapped.length > 1) return gapped.length;
  }
  // A row of short words separated by single spaces and nothing else: 母婴 健康 历史 军事.
  if (text.length > 80 || !text.includes(' ')) return 1;
  const words = text.split(/\s+/);
  if (
    words.length >= 4 &&
    words.every((w) => w.length <= 6) &&
    /\p{Script=Han}/u.test(text) &&
    !/[，。！？、,.!?]/.test(text)
  )
    return words.length;
  return 1;
}

const isSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
/** `|`, `｜`, and the box-drawing frame a text browser draws around a table (`│`, `┌──┐`). */
const isBar = (c: number) => c === 0x7c || c === 0xff5c || (c >= 0x2500 && c <= 0x257f);
const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const CLOSERS = codes('"”」』’)）');
const ENDERS = codes('。！？.!?；;…');

/** A quotation's attribution after its closing stop: `…多陪陪家人”。——汪勇`, `… — Lu Xun`. */
const ATTRIBUTION = /\s*(?:——|—|--)\s*[^\s，。！？、,.!?;；:：—-][^，。！？、,.!?;；:：—-]{0,19}$/;

/** Ends like a sentence, maybe inside closing quotes (the pattern SENTENCE_END, without a scan). */
function endsLikeSentence(
  text: string,
  dashes = text.includes('—') || text.includes('--'),
): boolean {
  if (text.length > 4 && dashes && ATTRIBUTION.test(text)) {
    const quoted = text.replace(ATTRIBUTION, '');
    if (quoted !== text && quoted.length > 0) return endsLikeSentence(quoted);
  }
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && ENDERS.has(text.charCodeAt(i));
}

export function shapeOf(line: string): LineShape {
  // Markup off both ends: table bars, quote marks, spaces.
  let from = 0;
  let to = line.length;
  while (from < to) {
    const c = line.charCodeAt(from);
    if (!isSpace(c) && !isBar(c) && c !== 0x3e) break;
    from++;
  }
  while (to > from) {
    const c = line.charCodeAt(to - 1);
    if (!isSpace(c) && !isBar(c)) break;
    to--;
  }
  let text = from === 0 && to === line.length ? line : line.slice(from, to);
  const first = text.charCodeAt(0);
  const heading = first === 0x23 && HEADING.test(text);
  if (heading) text = text.replace(HEADING, '').replace(/^#\s+/, '');
  const bullet = !heading && first > 0x20 && !isHan(first) && BULLET.test(text);
  if (bullet) text = text.replace(BULLET, '');
  if (heading || bullet) text = text.trim();
  // Only a line of rule characters can be blank; most lines fail on their first.
  const blank =
    (text.length < 200 || !isHan(text.charCodeAt(0))) &&
    !opensWithText(text.charCodeAt(0)) &&
    FURNITURE.test(text);
  const counted = countText(text);
  const tokens = blank ? 0 : counted.tokens;
  const short = text.length <= LABEL_WIDTH && width(text) <= LABEL_WIDTH;
  const ends = endsLikeSentence(text, (counted.marks & MARK.dash) !== 0);
  return {
    text,
    blank,
    tokens,
    weight: blank ? 0 : counted.han + 2 * (counted.tokens - counted.han),
    stops: counted.stops,
    commas: counted.commas,
    endsSentence: ends,
    bullet,
    heading,
    cells: blank ? 0 : cellsOf(text, counted.marks),
    stamps:
      counted.marks & MARK.colon
        ? countOf(text, STAMP) || (AGE_STAMP.test(text) ? 1 : 0)
        : text.length <= AGE_WIDTH && AGE_STAMP.test(text)
          ? 1
          : 0,
    dated: !blank && text.length <= 12 && DATE_LINE.test(text),
    field: short && !ends && isField(text),
    marker: blank
      ? null
      : short
        ? isTailMarker(text)
          ? 'tail'
          : isChromeMarker(text)
            ? 'chrome'
            : null
        : // A longer line is a label only when it says so up front (`免责声明：本文系转载…`),
          // or when it is the footer's copyright line.
          (tokens < 100 && isLabelled(text) && isTailMarker(text)) ||
            isLegalNotice(text, tokens) ||
            isReprintNotice(text) ||
            isReplyCount(text, tokens) ||
            (PAGER_LABEL.test(text) && tokens < 100) ||
            (!widerThan(text, 80) && isCopyrightLine(text, width(text))) ||
            isBracketLabelled(text, tokens)
          ? 'tail'
          : isFooterLine(text, tokens, ends)
            ? 'chrome'
            : null,
  };
}

/** Written in sentences: it ends like one, or runs long with its own punctuation. */
export function isProse(shape: LineShape): boolean {
  // A row of cells is a menu unless one of them is a paragraph (w3m sets a page's columns
  // side by side on one line); a location trail (trail.ts) is none, sentence-like title and all.
  if (shape.blank || (shape.cells > 2 && shape.tokens < 60) || isTrail(shape.text)) return false;
  // Several stamps on one line are a listing of posts or stories run together.
  if (shape.stamps >= 2 && shape.tokens < shape.stamps * 80) return false;
  // A posting time with no sentence closing the line is a listing's entry (a title, its
  // author, when, how long: `…【用户】08-11 17:04 30字 [151/1]`), whatever words lead it;
  // not a line as long as an article (a post signed with its time, a schedule's times).
  if (shape.stamps > 0 && !shape.endsSentence && shape.tokens < 100) return false;
  // A short exclamation or question with nothing else in it is a headline or an advert
  // (`90个好项目赚钱快！！！`, `步道什么时候能修好？`) more often than a sentence.
  if (
    shape.tokens < 15 &&
    shape.commas === 0 &&
    shape.stops <= 1 &&
    /[！？!?]["”’」)）]*$/.test(shape.text)
  )
    return false;
  if (shape.endsSentence && shape.tokens >= 6) return true;
  return shape.tokens >= 40 && shape.stops + shape.commas >= 2;
}

/** A gap of three spaces or more between two pieces of text. */
const COLUMN_GAP = /\S {3,}\S/;

/** An item's number opening a line: `02/`, `3、`, `4.`, `(5)`, `⑥`. */
const ENUMERATED = /^(?:\d{1,2}\s*[/、．]|\d{1,2}\.(?!\d)|[(（]\d{1,2}[)）]|[\u2460-\u2473])/;

/**
 * Lines of a paragraph that the page (or w3m's layout of a table column) broke at a fixed
 * width: a run of adjacent lines (a bullet, heading or label ends it), most as wide as the
 * widest, that read as sentences once joined. Each line alone ends mid-sentence and would
 * look like a fragment.
 */
export function wrappedProse(shapes: readonly LineShape[]): boolean[] {
  const out = shapes.map(() => false);
  let from = 0;
  // Enough said (by weight, so that a wrapped English sentence counts as its Chinese
  // would) with sentence punctuation in it: two marks, or one that closes the last line
  // (a single long sentence wrapped over two lines has no comma to show).
  const readsAsSentences = (run: readonly LineShape[]) => {
    const joined = run.map((s) => s.text).join('');
    const counted = countText(joined);
    if (counted.han + 2 * (counted.tokens - counted.han) < 30) return false;
    const marks = countOf(joined, /[，。！？；,.!?;]/g);
    return marks >= 2 || (marks === 1 && run[run.length - 1]!.endsSentence);
  };
  // Full-width lines and the short line closing them, one paragraph.
  // A list of items of even width (titles, names) reads as such a block too: only a
  // paragraph closes on a full stop.
  const markWrapped = (run: readonly LineShape[], at: number) => {
    if (!readsAsSentences(run) || !run[run.length - 1]!.endsSentence) return;
    run.forEach((s, k) => {
      if (s.cells <= 2 && s.stamps === 0) out[at + k] = true;
    });
  };
  const close = (to: number) => {
    const run = shapes.slice(from, to);
    if (run.length < 2) return;
    const widths = run.map((s) => width(s.text));
    const widest = Math.max(...widths);
    const full = widths.filter((w) => w >= widest * 0.8).length;
    if (widest < 40) return;
    if (full < Math.max(1, run.length * 0.5)) {
      // A paragraph wrapped under its headline, dateline and counters with no blank line
      // between (w3m): two or more full-width lines in a row and the short line after them.
      for (let k = 0; k < run.length; k++) {
        let end = k;
        while (end < run.length && (widths[end] ?? 0) >= widest * 0.8) end++;
        if (end - k >= 2) markWrapped(run.slice(k, end + 1), from + k);
        k = end;
      }
      return;
    }
    if (!readsAsSentences(run)) return;
    // The full lines and the short last line of each paragraph; not a narrow line above
    // them (a menu over the story) nor a row of menu items. A short `label：value` line
    // under the paragraph (发表人：…, 来源：…) is a field of the page's template, not the
    // paragraph's last words: a wrapped paragraph's last line ends its sentence.
    run.forEach((s, k) => {
      const full = (widths[k] ?? 0) >= widest * 0.8;
      const last = k > 0 && (widths[k - 1] ?? 0) >= widest * 0.8;
      if ((full || (last && !s.field)) && s.cells <= 2 && s.stamps === 0) out[from + k] = true;
    });
  };
  shapes.forEach((shape, i) => {
    // A numbered line (`02/…`, `3、…`, `(4)…`) begins an item: it carries on no line above
    // it, so a list of numbered headlines of even width is no paragraph.
    const numbered = ENUMERATED.test(shape.text) && i > from;
    // Items set apart by a wide gap inside the line (w3m lays a page's columns out so: a
    // location bar and its counters) are a row, and a row's width says nothing of a
    // paragraph's: a wrapped paragraph's lines are filled to the edge.
    // So is a location trail: the page's bar, never a line a paragraph wrapped onto.
    const gapped = (shape.cells === 2 && COLUMN_GAP.test(shape.text)) || isTrail(shape.text);
    if (
      !shape.blank &&
      shape.tokens > 0 &&
      !shape.marker &&
      !shape.bullet &&
      !shape.heading &&
      !numbered &&
      !gapped
    )
      return;
    close(i);
    from = numbered ? i : i + 1;
  });
  close(shapes.length);
  return out;
}

const shapesCache = new WeakMap<readonly { trimmed: string }[], LineShape[]>();

/** The shapes of a text's lines, computed once for all the rules that read them. */
export function shapesOf(lines: readonly { trimmed: string }[]): LineShape[] {
  let shapes = shapesCache.get(lines);
  if (!shapes) {
    shapes = lines.map((line) => shapeOf(line.trimmed));
    shapesCache.set(lines, shapes);
  }
  return shapes;
}
