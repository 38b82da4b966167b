import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText, readPage } from './html.ts';
import type { Page } from './html.ts';
import { articleRegion } from './page/region.ts';

/**
 * The article body of a page, found by Readability (Mozilla's reader view). The page is
 * parsed as a browser parses it (page/parse.ts), what a reader never sees is taken out,
 * and linkedom gives Readability its DOM on that markup. Pages too large or too deeply
 * nested for a tree walk get no extraction: hostile input must cost bounded time.
 */
const MAX_HTML_CHARS = 5_000_000;
const MAX_OPEN_TAGS = 50_000;

export type MainContent = {
  text: string;
  /** Readability's own article text, before the page's lines set its edges (for comparison). */
  readabilityText: string;
  byline: string | null;
  siteName: string | null;
};

/** As much of linkedom's DOM as the page's chrome is found with. */
type Node = {
  className: string;
  id: string;
  parentNode: Node | null;
  nextElementSibling: Node | null;
  textContent: string | null;
  querySelectorAll(selector: string): Iterable<Node>;
  remove(): void;
};

const RELATED_MARKER = /related|recommend|more-?stories|also-?like/i;

/**
 * Blocks Readability would otherwise keep as part of the article: a heading marked as a
 * related-posts title (Readability drops the heading, not the posts after it) with all
 * that follows it in its container, and a paragraph of nothing but category or tag links.
 */
function dropChrome(document: Node): void {
  for (const heading of [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]) {
    if (!RELATED_MARKER.test(`${heading.className} ${heading.id}`)) continue;
    let next = heading.nextElementSibling;
    while (next) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    heading.remove();
  }
  for (const paragraph of [...document.querySelectorAll('p')]) {
    const links = [...paragraph.querySelectorAll('a[rel~="tag"]')];
    if (links.length === 0) continue;
    const linked = links.reduce((n, a) => n + (a.textContent ?? '').length, 0);
    const all = (paragraph.textContent ?? '').replace(/[\s,;|·/]+/gu, '').length;
    if (linked >= all - 2) paragraph.remove();
  }
}

export function extractMainContent(page: string | Page): MainContent | null {
  const html = typeof page === 'string' ? page : page.source;
  if (html.length > MAX_HTML_CHARS) return null;
  let open = 0;
  for (let at = html.indexOf('<'); at >= 0 && open <= MAX_OPEN_TAGS; at = html.indexOf('<', at + 1))
    open++;
  if (open > MAX_OPEN_TAGS) return null;
  try {
    // This layer is compiled without the DOM's typings, so linkedom's document is typed
    // only as far as Readability needs to receive it.
    const read = typeof page === 'string' ? readPage(page) : page;
    const visible = read.visibleHtml();
    const { document } = parseHTML(visible) as unknown as { document: object };
    dropChrome(document as Node);
    const article = new Readability(document as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
    }).parse();
    if (!article?.content) return null;
    const found = htmlToText(article.content).text;
    const lines = read.text.split('\n');
    const headlines = [...read.headings, ...(read.ogTitle ? [read.ogTitle] : [])];
    const region = articleRegion(lines, read.links, found, headlines);
    const text = region.length > 0 ? region.map((i) => lines[i]).join('\n\n') : found;
    if (text.trim().length < 50) return null;
    return {
      text,
      readabilityText: found,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
    };
  } catch {
    return null;
  }
}
