/**
 * HTML → plain text with paragraph breaks. A first pass that keeps every visible text
 * node and drops what is never article text (scripts, styles, the document head).
 * Main-content extraction is layered on top of this by the cleaner.
 *
 * Pages come from the open web, so this is one forward scan: every search starts where
 * the last one ended, and hostile input (thousands of unclosed tags or comments) costs
 * linear time, never quadratic.
 */
export type HtmlText = { text: string; title: string | null };

/** Elements whose content is never text an editor reads. */
const DROP_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'iframe',
  'object',
  'textarea',
  'select',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'form',
  'hr',
  'address',
  'title',
  'body',
  'html',
]);
/** Title and meta tags live in the head; looking further invites hostile input to cost time. */
const HEAD_CHARS = 65_536;

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

function findTitle(head: string): string | null {
  const og =
    /<meta\b[^>]{0,500}?property=["']og:title["'][^>]{0,500}?content=["']([^"']{0,1000})["']/i.exec(
      head,
    );
  const title = /<title\b[^>]{0,200}>([^<]{0,1000})<\/title\s*>/i.exec(head);
  const raw = og?.[1] ?? title?.[1];
  if (raw === undefined) return null;
  const text = decodeEntities(raw).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

const TAG_NAME = /[a-zA-Z][a-zA-Z0-9-]{0,30}/y;

/** Visible text of `html`, block elements and <br> becoming line breaks. */
function visibleText(html: string): string {
  // ASCII-only lowering keeps every offset the same as in `html`.
  const lower = html.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const closing = html[lt + 1] === '/';
    TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = TAG_NAME.exec(html)?.[0];
    if (name === undefined) {
      // "<" that starts no tag (a < b, <!doctype>, <?xml): keep it only if it is text.
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const gt = html.indexOf('>', lt + 1);
        i = gt < 0 ? n : gt + 1;
      } else {
        out.push('<');
        i = lt + 1;
      }
      continue;
    }
    const gt = html.indexOf('>', TAG_NAME.lastIndex);
    if (gt < 0) break; // an unfinished tag runs to the end: nothing visible follows
    const tag = name.toLowerCase();
    i = gt + 1;
    if (!closing && DROP_CONTENT.has(tag)) {
      const close = lower.indexOf(`</${tag}`, i);
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
      i = closeEnd < 0 ? n : closeEnd + 1;
    } else if (tag === 'br') {
      out.push('\n');
    } else if (BLOCK.has(tag)) {
      out.push('\n\n');
    }
  }
  return out.join('');
}

export function htmlToText(html: string): HtmlText {
  const title = findTitle(html.slice(0, HEAD_CHARS));
  const lines = decodeEntities(visibleText(html))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim());
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html\b|<head\b|<body\b)/i.test(text.slice(0, 1024));
}
