import { decodeBytes, normalizeLineEnds } from './decode.ts';
import { detectLanguage } from './detect.ts';
import { foldedWarnings, readWarnings } from './emptyArticle.ts';
import type { PageTitles } from './headline.ts';
import { extractMainContent } from './extract.ts';
import { looksLikeHtml, readPage } from './html.ts';
import { datelineNear, htmlMetadata, liftMetadata } from './metadata.ts';

/** A source file read into an article's raw text and the fields known before cleaning. */
export type ReadArticle = {
  raw: string;
  mediaType: 'text/plain' | 'text/html';
  encoding: string;
  warnings: string[];
  title: string | null;
  /** For a web page: what it names itself by, for the cleaner to find the headline in. */
  titles: PageTitles | null;
  /** For a web page: the article body Readability found, for the cleaner. */
  mainText: string | null;
  publishedAt: string | null;
  sourceName: string | null;
  language: string | null;
  script: 'Hans' | 'Hant' | null;
};

function firstLine(text: string): string | null {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed;
  }
  return null;
}

export function readArticle(bytes: Uint8Array, fileName: string): ReadArticle {
  const decoded = decodeBytes(bytes);
  const text = normalizeLineEnds(decoded.text);
  const isHtml = /\.html?$/i.test(fileName) || looksLikeHtml(text);
  const page = isHtml ? readPage(text) : null;
  const raw = page ? page.text : text;
  const main = page ? extractMainContent(page) : null;
  const fromPage = isHtml ? htmlMetadata(text) : { publishedAt: null, sourceName: null };
  const fromText = liftMetadata(raw);
  return {
    mainText: main?.text ?? null,
    publishedAt:
      fromPage.publishedAt ??
      (page ? datelineNear(raw, main?.text ?? null) : null) ??
      fromText.publishedAt,
    sourceName: fromPage.sourceName ?? main?.siteName ?? fromText.sourceName,
    raw,
    mediaType: isHtml ? 'text/html' : 'text/plain',
    encoding: decoded.encoding,
    warnings: [
      ...decoded.warnings,
      ...readWarnings(bytes.length, raw, page ? { found: main !== null } : null),
      ...foldedWarnings(page?.folded ?? 0),
    ],
    title: page ? (page.ogTitle ?? page.title) : firstLine(raw),
    titles: page
      ? {
          title: page.title,
          ogTitle: page.ogTitle,
          headings: page.headings,
          siteName: page.meta.get('og:site_name') ?? main?.siteName ?? null,
        }
      : null,
    ...detectLanguage(raw),
  };
}
