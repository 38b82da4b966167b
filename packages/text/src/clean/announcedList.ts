import type { Line } from './lines.ts';
import type { LineShape } from './lineShape.ts';

/**
 * A list the story announces at its end: a sentence closing on a colon (`The tour's 2020
 * dates:`, `以下是入选名单：`) and the lines right under it (dates and venues, products
 * and their links, names). Each item is short and no sentence, so the densest run of prose
 * stops above it and the page's furniture after it would take it in; the colon says the
 * story goes on. The list is the one block of lines under the colon: it ends at the first
 * blank line or rule, or a line that names page furniture; pictures between its items, and
 * blank lines between numbered ones (`3) …`, `4) …`), are passed over.
 *
 * A line that only labels (`Share this:`, `Tags:`, `相关阅读：`) announces no list of the
 * story's: the announcing paragraph must say something (ANNOUNCING_WEIGHT), and the items
 * must too (ITEM_WEIGHT on average), which a row of share buttons or menu entries does not.
 */
/** What an announcing paragraph says at least: six words, or twelve Han characters. */
const ANNOUNCING_WEIGHT = 12;
/** Lines an announcing paragraph may wrap over. */
const ANNOUNCING_LINES = 3;
/** What a list's line says on average at least: three words, six Han characters. */
const ITEM_WEIGHT = 6;
/** A list has at least two lines and at most this many. */
const LIST_LINES = 80;
/** Empty lines the page may put between the story, the announcement and its list. */
const GAP = 2;

const COLON_END = /[:：]$/;
/**
 * An announcement of the site's other pieces on the subject (`More coverage of the strike:`,
 * `本报此前的相关报道：`): what it lists are other stories' headlines, links of the page,
 * however much they sound like the story. It names writing (coverage, stories, 报道, 文章)
 * with a word that points past this story (more, other, earlier, 更多, 此前). The paper
 * naming itself (本报, our) points nowhere: 以下是本报记者整理的要点： lists the story's own.
 */
const OTHER_STORIES =
  /\b(more|other|related|further|previous|earlier|latest)\b.{0,40}\b(coverage|stories|articles|reports|reporting|reading)\b|(更多|相关|相關|此前|以往|往期|延伸|其他|其它).{0,12}(报道|報道|文章|阅读|閱讀|新闻|新聞)/i;
/**
 * The site's call to follow it (`Follow us for updates:`, `欢迎关注本报官方账号：`): what it
 * lists are the site's accounts and newsletters, the page's furniture.
 */
const FOLLOW_US =
  /\b(follow|like|join) (us|our)\b|\b(subscribe|sign up)\b|\bnewsletters?\b|(欢迎|歡迎|敬请|敬請|请|請)关注|(欢迎|歡迎|敬请|敬請|请|請)關注|关注(我们|本|官方)|關注(我們|本|官方)|订阅|訂閱|扫码|掃碼|公众号|公眾號|官方(账号|帳號|微博|微信)/i;
/** A picture's placeholder, `[logo]`, `[22-300x300]`: the page's, where a list ends. */
const PICTURE = /^\[[^\]]*\]$/;

/** The next line after `from` past at most GAP empty ones, or -1. */
function nextFilled(lines: readonly Line[], from: number): number {
  for (let i = from + 1, gap = 0; i < lines.length; i++) {
    if (lines[i]!.trimmed !== '') return i;
    if (++gap > GAP) return -1;
  }
  return -1;
}

/** The announcing sentence that closes on the colon at `colon`, wrapped over a few lines. */
function announcement(shapes: readonly LineShape[], colon: number): string {
  let from = colon;
  while (
    from > 0 &&
    colon - from < ANNOUNCING_LINES - 1 &&
    plain(shapes[from - 1]) &&
    !shapes[from - 1]!.endsSentence
  )
    from--;
  return shapes
    .slice(from, colon + 1)
    .map((s) => s.text)
    .join(' ');
}

/** The number an item opens with (`3) `, `3. `), or null. */
function numberOf(text: string): number | null {
  const found = /^(\d{1,3})[.)]\s/.exec(text);
  return found ? Number(found[1]) : null;
}

/** Lines a numbered list may hold between one item and the next number. */
const BETWEEN_ITEMS = 6;

/** Where the item numbered `wanted` opens within a few lines of `from`, or -1. */
function nextNumber(shapes: readonly LineShape[], from: number, wanted: number): number {
  for (let j = from; j < shapes.length && j <= from + BETWEEN_ITEMS; j++) {
    if (shapes[j]!.marker !== null) return -1;
    if (numberOf(shapes[j]!.text) === wanted) return j;
  }
  return -1;
}

/** A line of the story's own text: no mark of furniture, no field label, no row of cells. */
const plain = (s: LineShape | undefined) =>
  s !== undefined &&
  !s.blank &&
  s.marker === null &&
  !s.bullet &&
  !s.heading &&
  !s.field &&
  s.cells <= 2;

/**
 * The last line of the list the story's end announces, or -1 where none follows `last`
 * (the run's last line, or an announcing paragraph right under it).
 */
export function announcedListEnd(
  lines: readonly Line[],
  shapes: readonly LineShape[],
  last: number,
): number {
  // The announcement: the run's own last line, or the paragraph right under it.
  let colon = COLON_END.test(shapes[last]?.text ?? '') && plain(shapes[last]) ? last : -1;
  if (colon < 0) {
    const start = nextFilled(lines, last);
    let weight = 0;
    for (let i = start; i >= 0 && i < start + ANNOUNCING_LINES && plain(shapes[i]); i++) {
      weight += shapes[i]!.weight;
      if (COLON_END.test(shapes[i]!.text)) {
        if (weight >= ANNOUNCING_WEIGHT) colon = i;
        break;
      }
    }
  }
  if (colon < 0) return -1;
  const announced = announcement(shapes, colon);
  if (OTHER_STORIES.test(announced) || FOLLOW_US.test(announced)) return -1;
  const first = nextFilled(lines, colon);
  if (first < 0) return -1;
  let end = first - 1;
  let weight = 0;
  let items = 0;
  let number = -1;
  for (let i = first; i < lines.length && i < first + LIST_LINES; i++) {
    const s = shapes[i]!;
    if (s.blank) {
      // Numbered items the page set apart (`3) …`, blank, a link, blank, `4) …`) go on
      // past the gap, when the next number comes within a few lines.
      const next = number < 0 ? -1 : nextNumber(shapes, i, number + 1);
      if (next < 0) break;
      i = next - 1;
      continue;
    }
    // A posting time makes the lines a thread or a listing, the page's.
    if (s.stamps > 0) return -1;
    if (s.marker !== null) break;
    number = numberOf(s.text) ?? number;
    // A picture between two items (a product's photo) is passed over; the list ends at one
    // that nothing follows.
    if (PICTURE.test(s.text)) continue;
    weight += s.weight;
    items++;
    end = i;
  }
  if (items < 2 || weight < items * ITEM_WEIGHT) return -1;
  return end;
}
