import { withoutAnnotations } from './clean/pinyin.ts';

/**
 * Fields lifted from the head of an article: the publication date and the source, as
 * Chinese and English news pages print them near the top
 * (`2024-05-08 09:30 来源:某某日报`, `发稿时间:2024年5月8日`, `Source: example.cn`).
 * Only the first lines are read: a date deep in the body is a fact, not the dateline.
 */
export type LiftedMetadata = { publishedAt: string | null; sourceName: string | null };

const HEAD_LINES = 12;
const DATE = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
const SOURCE = /(?:来源|來源|稿源|source)\s*[:：]\s*([^|()（）,，\n]{2,80})/i;
const HAN = /[\u4e00-\u9fff]/;

/** A Chinese source name ends at the first space (`来源:新华网 作者:…`); an English one may hold spaces. */
function sourceOf(captured: string): string | null {
  const trimmed = captured.trim();
  const name = HAN.test(trimmed)
    ? (trimmed.split(/\s/)[0] ?? '')
    : (trimmed.split(/\s{2,}|\s[-–—]\s/)[0]?.trim() ?? '');
  return name.length >= 2 && name.length <= 60 ? name : null;
}

/**
 * The day as YYYY-MM-DD, or null when the calendar has no such day (2024-02-30, 6月31日):
 * a garbled dateline gives no date rather than a wrong one — the service refuses such a
 * day from an editor too.
 */
function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const at = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A label that says the date beside it is the article's (发稿时间, 发布日期, Published). */
const DATE_LABEL =
  /(?:发布|發佈|发稿|發稿|发表|發表|时间|時間|日期|更新|published|posted|updated|date)\s*[:：]?\s*$/i;

/** A time of day right after a date (2005-07-18 13:03:17): a timestamp, not a sentence's date. */
const CLOCK_AFTER = /^\s*[日号號]?\s*\d{1,2}:\d{2}/u;

/**
 * A line whose date is the article's dateline, not an event told in a sentence: a label
 * names it, a clock time follows it (a timestamp, even inside a long table row of a text
 * dump), or the line is short and is no sentence (no full stop or comma in it).
 */
function isDateline(line: string, date: RegExpExecArray): boolean {
  if (DATE_LABEL.test(line.slice(Math.max(0, date.index - 8), date.index))) return true;
  if (CLOCK_AFTER.test(line.slice(date.index + date[0].length))) return true;
  return line.trim().length <= 60 && !/[。，；！？]/u.test(line);
}

export function liftMetadata(text: string): LiftedMetadata {
  let publishedAt: string | null = null;
  let sourceName: string | null = null;
  // Read as a person would: without pinyin annotations (來源:科學(xué)技術(shù)部).
  const raw = withoutAnnotations(text);
  const lines = raw
    .split('\n', HEAD_LINES * 4)
    .filter((line) => line.trim() !== '')
    .slice(0, HEAD_LINES);
  // The first dateline decides, even when its day does not exist: a date further down
  // (an update, a story it cites) is not the article's.
  let datelineFound = false;
  for (const line of lines) {
    if (!datelineFound) {
      const date = DATE.exec(line);
      // (A lead sentence that opens with a date — 2020年11月18日上午，于欢… — tells of an
      // event, not of the article: only a dateline's shape counts.)
      if (date?.[1] && date[2] && date[3] && isDateline(line, date)) {
        datelineFound = true;
        publishedAt = isoDate(date[1], date[2], date[3]);
      }
    }
    if (sourceName === null) {
      const source = SOURCE.exec(line);
      if (source?.[1]) sourceName = sourceOf(source[1]);
    }
  }
  if (sourceName === null) {
    // Some pages credit the source after the article (`Source:ecns.cn` above the footer).
    const tail = raw
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(-HEAD_LINES);
    for (const line of tail) {
      const source =
        /^\s*[(（]?\s*(?:来源|來源|稿源|source)\s*[:：]\s*([^|()（）,，\n]{2,80})/i.exec(line);
      if (source?.[1]) sourceName = sourceOf(source[1]);
    }
  }
  return { publishedAt, sourceName };
}

/** A page's own statement of when it was published and by which site, from its <meta> tags. */
export function htmlMetadata(page: string): LiftedMetadata {
  // Meta tags live in the head; a bounded search keeps hostile pages cheap.
  const html = page.slice(0, 65_536);
  const meta = (property: string) =>
    new RegExp(
      `<meta\\b[^>]{0,500}?(?:property|name)=["']${property}["'][^>]{0,500}?content=["']([^"']{1,300})["']`,
      'i',
    ).exec(html)?.[1] ?? null;
  // schema.org's datePublished is written as microdata (itemprop) as often as a named meta.
  const itemprop =
    /<meta\b[^>]{0,500}?itemprop=["']datePublished["'][^>]{0,500}?content=["']([^"']{1,100})["']/i;
  const published =
    meta('article:published_time') ??
    meta('pubdate') ??
    meta('publishdate') ??
    meta('og:release_date') ??
    itemprop.exec(html)?.[1] ??
    null;
  const date = published === null ? null : DATE.exec(published);
  return {
    publishedAt: date?.[1] && date[2] && date[3] ? isoDate(date[1], date[2], date[3]) : null,
    sourceName: meta('og:site_name'),
  };
}

/** A date with a time of day (2022-02-13 09:57, 2005年05月13日14:15): how a page dates its article. */
const DATE_TIME = new RegExp(`${DATE.source}\\s*(?:[日号號])?\\s*\\d{1,2}:\\d{2}`);
/** Lines above the article's first paragraph that may hold its dateline (title, source, share bar). */
const DATELINE_ABOVE = 10;
/** Lines into the article where the dateline may still stand (under a headline kept as text). */
const DATELINE_BELOW = 3;

/**
 * The dateline of a web page: the short line with a date and a time of day nearest above the
 * article's first paragraph (between the headline and the text, where pages print
 * `2022-02-13 09:57 来源:…`). The menus and headline lists that open a page push it past the
 * first lines `liftMetadata` reads; lists of other stories carry dates too, so only the
 * nearest line in a few above the article counts, never one further away.
 */
export function datelineNear(raw: string, mainText: string | null): string | null {
  if (!mainText) return null;
  const first = mainText
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length >= 20);
  if (!first) return null;
  const lines = raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const at = lines.findIndex((l) => l.includes(first.slice(0, 15)));
  if (at < 0) return null;
  // The nearest dated line decides: its day, or none when the day does not exist (the
  // next dated line out is another story's).
  const near = (i: number): RegExpExecArray | null => {
    const line = lines[i]!;
    const m = line.length <= 80 ? DATE_TIME.exec(line) : null;
    return m?.[1] && m[2] && m[3] ? m : null;
  };
  const dayOf = (m: RegExpExecArray) => isoDate(m[1]!, m[2]!, m[3]!);
  for (let i = at - 1; i >= Math.max(0, at - DATELINE_ABOVE); i--) {
    const m = near(i);
    if (m) return dayOf(m);
  }
  for (let i = at; i < Math.min(lines.length, at + DATELINE_BELOW); i++) {
    const m = near(i);
    if (m) return dayOf(m);
  }
  return null;
}
