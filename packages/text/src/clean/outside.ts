import type { CleaningEdit } from './edits.ts';
import { linesOf } from './lines.ts';

/**
 * For a web page, the raw text is everything visible; the main-content extractor says
 * which part is the article. Lines of the raw text that do not appear, in order, in the
 * extracted article become removal edits, so the reader sees what was dropped and why.
 */
export function outsideArticleEdits(raw: string, mainText: string): CleaningEdit[] {
  const lines = linesOf(raw);
  const edits: CleaningEdit[] = [];
  // Matching ignores whitespace: the two renderings of one page space inline elements
  // differently ("North , Ahmad" and "North, Ahmad").
  const main = mainText.replace(/\s+/g, '');
  // Short lines may only match a whole line of the article (a heading, a one-line
  // paragraph): as a substring they would match words inside paragraphs.
  const mainLines = new Map<string, number[]>();
  let offset = 0;
  for (const line of mainText.split('\n')) {
    const key = line.replace(/\s+/g, '');
    if (key !== '') mainLines.set(key, [...(mainLines.get(key) ?? []), offset]);
    offset += key.length;
  }
  let cursor = 0;
  /** A short line: right where the article has got to, or as a whole line a little ahead. */
  const shortMatch = (text: string): number => {
    const near = main.indexOf(text, cursor);
    if (near >= 0 && near - cursor <= 80) return near;
    return mainLines.get(text)?.find((at) => at >= cursor && at - cursor <= 400) ?? -1;
  };
  let runStart: number | null = null;
  let runEnd = 0;
  const close = () => {
    if (runStart === null) return;
    edits.push({
      start: runStart,
      end: runEnd,
      replacement: '',
      rule: 'chrome.outside-article',
      reason:
        'The page shows this outside the article body (menus, sidebars, link lists, footers).',
      confidence: 0.85,
    });
    runStart = null;
  };
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, '');
    const lineEnd = line.end < raw.length ? line.end + 1 : line.end;
    if (text === '') {
      if (runStart !== null) runEnd = lineEnd;
      continue;
    }
    let found = text.length >= 20 ? main.indexOf(text, cursor) : shortMatch(text);
    let matched = text.length;
    if (found < 0 && text.length >= 60) {
      // A paragraph holding a little more than the extractor kept (an inline widget, a
      // caption) is still the article: its opening or closing words are enough.
      const head = main.indexOf(text.slice(0, 30), cursor);
      const tail = main.indexOf(text.slice(-30), cursor);
      found = head >= 0 ? head : tail;
      matched = 30;
    }
    if (found >= 0) {
      close();
      cursor = found + matched;
    } else {
      if (runStart === null) runStart = line.start;
      runEnd = lineEnd;
    }
  }
  close();
  return edits;
}
