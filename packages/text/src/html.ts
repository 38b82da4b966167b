import { serialize } from 'parse5';
import { parsePage } from './page/parse.ts';
import type { Document, Element } from './page/parse.ts';
import { pageText } from './page/text.ts';

/**
 * HTML → plain text with paragraph breaks: the page parsed as a browser parses it
 * (page/parse.ts) and read as a browser shows it (page/text.ts). Main-content extraction
 * is layered on top of this by the cleaner.
 */
export type HtmlText = { text: string; title: string | null };

/** A parsed page: its visible text and what the headline and the extractor are found with. */
export type Page = {
  /** The markup as read. */
  source: string;
  /** Everything a reader sees, as text: the article's raw text. */
  text: string;
  /** For each line of `text`, the share of it that is link text or a control's text (0–1). */
  links: number[];
  /** The first <title>, `og:title`, visible <h1> headings, <meta> values by name. */
  title: string | null;
  ogTitle: string | null;
  headings: string[];
  meta: Map<string, string>;
  /** Characters of prose the page hides until a reader unfolds it (not in `text`). */
  folded: number;
  /** The page as markup without what a reader never sees, for the main-content extractor. */
  visibleHtml: () => string;
};

const squash = (text: string | null | undefined) => {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
};

function detach(element: Element): void {
  const siblings = element.parentNode?.childNodes;
  const at = siblings?.indexOf(element) ?? -1;
  if (siblings && at >= 0) siblings.splice(at, 1);
}

export function readPage(html: string): Page {
  const document: Document = parsePage(html);
  const found = pageText(document);
  let markup: string | null = null;
  return {
    source: html,
    text: found.text,
    links: found.links,
    title: squash(found.title),
    ogTitle: squash(found.meta.get('og:title')),
    headings: found.headings,
    meta: found.meta,
    folded: found.folded,
    visibleHtml: () => {
      if (markup === null) {
        for (const element of found.unseen) detach(element);
        markup = serialize(document);
      }
      return markup;
    },
  };
}

export function htmlToText(html: string): HtmlText {
  const page = readPage(html);
  return { text: page.text, title: page.ogTitle ?? page.title };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  times: '\u00d7',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html\b|<head\b|<body\b)/i.test(text.slice(0, 1024));
}
