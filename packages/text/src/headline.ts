import { withoutAnnotations } from './clean/pinyin.ts';

/**
 * The headline of a web page. A page names itself three ways — <title>, `og:title` and
 * its visible <h1> — and each may carry more than the headline: the site's name and
 * channel (`…_产业资讯_新浪网`, `CCTV.com - 央视论坛`), injected spam, pinyin left by a broken
 * converter. Each candidate is first cleaned by the same rules as article text (the
 * caller passes them in, so the two never drift), then cut at the separators sites join
 * their names with; the headline is the longest piece the article itself bears out
 * (found in its text or its <h1>), else the longest piece. Never a keyword list, a menu
 * or the site's own name.
 */
export type PageTitles = {
  title: string | null;
  ogTitle: string | null;
  /** Visible <h1> headings, in page order. */
  headings: string[];
  /** The site's name as the page states it (`og:site_name`), if it does. */
  siteName: string | null;
};

/** Separators between a headline and the site's name or channel. */
const SEPARATOR =
  /\s*(?:_+|[|｜]+|::|»|«|>|＞|\s[-–—~]+\s|--+|——|(?<=[\u4e00-\u9fff\s)）])-(?=[\u4e00-\u9fff\s]))\s*/gu;

const MAX_TITLE = 200;
/** An unsupported title shorter than this (letters) is likely a name, not a headline. */
const WEAK_TITLE = 9;

/** How far into the article a headline is looked for: it stands at the top. */
const TOP_CHARS = 600;
const EDGE = /^[\s\-_|｜–—~:：>＞«»]+|[\s\-_|｜–—~:：>＞«»]+$/gu;

const squash = (text: string) => withoutAnnotations(text.normalize('NFKC')).replace(/\s+/g, '');

/** Pieces of a title between separators, each with its place in the title. */
function pieces(title: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < title.length) out.push({ start: at, end: title.length });
  return out;
}

/** A menu or a keyword list rather than a headline: many short items side by side. */
export function looksLikeList(text: string): boolean {
  // A single space separates words in English and clauses in a Chinese headline; between
  // two Han words it separates menu items (首页 新闻 体育).
  const items = text
    .split(/\s*[,，、|｜/·•]\s*|\s+[-–—]\s+|\s{2,}|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
    .filter((s) => s !== '');
  return items.length >= 4 && items.every((item) => [...item].length <= 6);
}

function acceptable(text: string, siteName: string | null): boolean {
  const key = squash(text);
  if ([...key].length < 2 || text.length > MAX_TITLE) return false;
  if (siteName !== null && key === squash(siteName)) return false;
  return !looksLikeList(text);
}

/**
 * Picks the headline. `clean` cleans one line of text by the article rules (returns ''
 * when the whole line is spam or chrome); `articleText` is the cleaned article; `shown`
 * reads the headline the page shows above its story, asked only when nothing else holds.
 */
export function pageHeadline(
  titles: PageTitles,
  articleText: string,
  clean: (line: string) => string,
  shown: () => string | null = () => null,
): string | null {
  const siteName = titles.siteName?.trim() || null;
  const body = squash(articleText).slice(0, TOP_CHARS);
  const cleanTitles = [titles.ogTitle, titles.title]
    .filter((t): t is string => t !== null)
    .map((t) => clean(t.replace(/\s+/g, ' ').trim()))
    // A title that is a menu or keyword list as a whole has no headline in it.
    .filter((t) => t !== '' && !looksLikeList(t));
  // An <h1> that ends the title and is far shorter than the rest is the site's logo,
  // not the headline (`土豆不"土" 土豆无"土" 松花江网` with <h1>松花江网</h1>). One that starts
  // the title is the headline (`金锺国 - 维基百科，自由的百科全书` with <h1>金锺国</h1>).
  const logos = titles.headings.filter((h) =>
    cleanTitles.some((t) => t.length > 3 * h.length && t.endsWith(h)),
  );
  const headings = titles.headings
    .map(clean)
    .filter((h) => acceptable(h, siteName) && !logos.includes(h));
  const headingKeys = headings.map(squash);
  // How well the article bears a piece out: it is its <h1> (2), or stands in the top of
  // its text (1), or neither (0).
  const support = (key: string) => {
    if (headingKeys.some((h) => h === key || (key.length >= 4 && h.includes(key)))) return 2;
    return key.length >= 4 && body.includes(key) ? 1 : 0;
  };

  let best = null as { text: string; support: number } | null;
  for (const full of cleanTitles) {
    let title = full;
    for (const logo of [...logos, ...(siteName ? [siteName] : [])]) {
      if (title.length > logo.length && title.endsWith(logo)) title = title.slice(0, -logo.length);
      if (title.length > logo.length && title.startsWith(logo)) title = title.slice(logo.length);
    }
    title = title.replace(EDGE, '');
    const parts = pieces(title);
    // Every run of neighbouring pieces: a headline may itself hold a separator.
    for (let i = 0; i < parts.length; i++) {
      for (let j = i; j < parts.length; j++) {
        const text = title.slice(parts[i]!.start, parts[j]!.end).replace(EDGE, '');
        if (!acceptable(text, siteName)) continue;
        const found = support(squash(text));
        const better =
          best === null ||
          found > best.support ||
          (found === best.support && squash(text).length > squash(best.text).length);
        // Unsupported, only single pieces compete: joining them would bring the site back.
        if (better && (found > 0 || i === j)) best = { text, support: found };
      }
    }
    if (best?.support === 2) break;
  }
  if (best !== null && best.support > 0) return best.text;
  // No title piece is borne out by the article: its own visible headline, if it has one.
  const heading = headings.find((h) => body.includes(squash(h)));
  if (heading) return heading;
  // A short <title> nothing on the page bears out is the site's or the channel's name
  // (`网易娱乐`, `艺术教育`) or a button's word (`显示`) more often than a headline: then
  // what the page shows above its story, read as a page saved as text is (`shown`).
  const weak = best === null || [...squash(best.text)].length < WEAK_TITLE;
  return (weak ? shown() : null) ?? best?.text ?? headings[0] ?? null;
}
