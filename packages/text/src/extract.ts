import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html.ts';

/**
 * The article body of a page, found by Readability (Mozilla's reader view) on a DOM parsed
 * by linkedom. Pages too large or too deeply nested for a tree walk are left to the linear
 * scan alone: hostile input must cost bounded time.
 */
const MAX_HTML_CHARS = 5_000_000;
const MAX_OPEN_TAGS = 50_000;

export type MainContent = { text: string; byline: string | null; siteName: string | null };

export function extractMainContent(html: string): MainContent | null {
  if (html.length > MAX_HTML_CHARS) return null;
  let open = 0;
  for (let at = html.indexOf('<'); at >= 0 && open <= MAX_OPEN_TAGS; at = html.indexOf('<', at + 1))
    open++;
  if (open > MAX_OPEN_TAGS) return null;
  try {
    // This layer is compiled without the DOM's typings, so linkedom's document is typed
    // only as far as Readability needs to receive it.
    const { document } = parseHTML(html) as unknown as { document: object };
    const article = new Readability(document as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
    }).parse();
    if (!article?.content) return null;
    const text = htmlToText(article.content).text;
    if (text.trim().length < 50) return null;
    return { text, byline: article.byline ?? null, siteName: article.siteName ?? null };
  } catch {
    return null;
  }
}
