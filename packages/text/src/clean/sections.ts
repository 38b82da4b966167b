/**
 * An entry-style article (an encyclopedia entry, a long report) is cut into sections, and its
 * later sections are often all tables and lists: a discography, a list of awards, the notes.
 * Read line by line they look like a page's furniture (bullets, rows, no sentences), so the
 * article region stops at the last paragraph of prose and they are removed with the page's
 * own lists. What tells them apart is the article's own structure:
 *   - a contents list (`1 简介`, `2.1 个人生活`, …) that names them, as it names sections
 *     inside the story;
 *   - their headings have the form of the story's own headings: the same short label in
 *     brackets closing the line (a wiki's `[编辑]`/`[edit]` link), seen on two or more
 *     headings inside the story.
 * A section so named belongs to the article however little prose it holds. The article then
 * runs on through the last such section; it ends there at a heading the evidence does not
 * name, at a marker of the page's own tail (相关推荐, 免责声明), or at the page's end — the
 * line rules still judge each line kept this way.
 */

/** A contents list's entry: its number (`2`, `2.1`) and the section's name. */
const ENTRY = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.{0,39})$/u;
/** A heading's closing label in brackets, an edit link (`[编辑]`, `[edit]`, `【编辑本段】`). */
const LABEL = /\s*(?:\[[^[\]]{1,8}\]|【[^【】]{1,8}】)$/u;
/** A heading is a short line: a name, never a sentence. */
const HEADING_CHARS = 40;
/** Entries in a row that make a contents list, and headings that show the story's own form. */
const LIST_ENTRIES = 4;
const OWN_HEADINGS = 2;
/** Lines between the story's end and its next section that the region may have left out. */
const OPENING_GAP = 3;

const squash = (text: string) => text.replace(/\s+/g, '');
const nameOf = (text: string) => squash(text.replace(LABEL, ''));

/** The names a contents list gives, and the lines the lists stand on (never headings themselves). */
function contentsLists(texts: readonly string[]): { names: Set<string>; at: Set<number> } {
  const names = new Set<string>();
  const at = new Set<number>();
  let run: Array<{ i: number; name: string; top: number }> = [];
  const close = () => {
    // Numbered from 1, the top-level numbers rising one at a time: a list of contents, not
    // a column of figures.
    const tops = run.map((e) => e.top);
    const rising = tops.every((n, k) => k === 0 || n === tops[k - 1] || n === tops[k - 1]! + 1);
    if (run.length >= LIST_ENTRIES && tops[0] === 1 && rising)
      for (const e of run) {
        names.add(e.name);
        at.add(e.i);
      }
    run = [];
  };
  texts.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    const entry = ENTRY.exec(text);
    if (!entry) return close();
    const name = nameOf(entry[2]!);
    if (name === '' || /^[\d.]+$/.test(name)) return close();
    run.push({ i, name, top: Number(entry[1]!.split('.')[0]) });
  });
  close();
  return { names, at };
}

/** How the page's lines are read around the story (all optional). */
export type SectionReading = {
  /** Whether line i marks the page's own tail (相关推荐, 免责声明): the article ends before it. */
  tail?: (i: number) => boolean;
  /** Whether the page marks line i as a heading (a dump's `#`), where it can tell. */
  heading?: (i: number) => boolean;
  /** How many lines the region may have left out between the story's end and its next section. */
  gap?: number;
  /**
   * Whether a story that stops inside its own last section runs on to that section's end.
   * Only where something else bounds the page (a web page's extractor's span): on a text
   * page, what follows the last paragraph is judged as the page's unless a section opens.
   */
  finishLast?: boolean;
};

/**
 * The last line of the article when sections of its own follow its last paragraph, or null.
 * `texts`: each line's text with its markup off (bullets, `#` heading marks, table bars);
 * `from`..`to`: the story as found.
 */
export function ownSectionsThrough(
  texts: readonly string[],
  from: number,
  to: number,
  reading: SectionReading = {},
): number | null {
  const {
    tail = () => false,
    heading = () => false,
    gap = OPENING_GAP,
    finishLast = false,
  } = reading;
  const contents = contentsLists(texts);
  const short = (i: number) => {
    const text = (texts[i] ?? '').trim();
    return text !== '' && text.length <= HEADING_CHARS && !contents.at.has(i);
  };
  const listed = (i: number) => short(i) && contents.names.has(nameOf(texts[i]!));
  // The bracketed labels closing the story's own headings, with how many carry each.
  const labels = new Map<string, number>();
  let listedInside = 0;
  let lastInside: number | null = null;
  for (let i = from; i <= to; i++) {
    if (!short(i)) continue;
    if (listed(i)) listedInside++;
    const label = LABEL.exec(texts[i]!.trim())?.[0].trim();
    if (label && nameOf(texts[i]!) !== '') labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  const ownLabels = new Set([...labels].filter(([, n]) => n >= OWN_HEADINGS).map(([l]) => l));
  const byList = listedInside >= OWN_HEADINGS;
  if (!byList && ownLabels.size === 0) return null;
  const own = (i: number) => {
    if (!short(i)) return false;
    if (byList && listed(i)) return true;
    const label = LABEL.exec(texts[i]!.trim())?.[0].trim();
    return label !== undefined && ownLabels.has(label) && nameOf(texts[i]!) !== '';
  };
  for (let i = from; i <= to; i++) if (own(i)) lastInside = i;
  // The story's next section opens right after it (a line or two the region left out may
  // stand between): sections far below, past other blocks, are not taken on trust.
  let first: number | null = null;
  let between = 0;
  let later = false;
  for (let i = to + 1; i < texts.length && !tail(i); i++) {
    if (!own(i)) {
      if ((texts[i] ?? '').trim() !== '') between++;
      continue;
    }
    if (between <= gap) first = i;
    later = true;
    break;
  }
  let last: number;
  if (first !== null) {
    last = first;
    for (let i = first + 1; i < texts.length && !tail(i); i++) if (own(i)) last = i;
  } else if (finishLast && !later && lastInside !== null) last = to;
  else return null;
  // The last section runs to the next heading of another form, the page's tail or its end.
  let end = last;
  for (let i = last + 1; i < texts.length && !tail(i) && !heading(i); i++)
    if ((texts[i] ?? '').trim() !== '') end = i;
  return end > to ? end : null;
}
