/**
 * Find in the article: the text a pane shows, read from its DOM, and the places a query
 * occurs in it as DOM Ranges, for the CSS Custom Highlight API to paint. Nothing in the
 * panes is re-rendered for a search, so a 200 KB article stays as quick to search as to
 * open.
 */
import { NOT_TEXT } from '../desk/selection.ts';

/** Text nodes of a pane in order, with where each starts in the pane's text. */
type Piece = { node: Text; start: number };

/**
 * The pane's text as the reader sees it. In the raw pane the cleaner's replacements
 * (`ins.hunk-replacement`) and the mark of an insertion point (⁁) are not raw text, so
 * they are left out, as is what the panes show between lines (a fold's button). Text in
 * a closed fold is kept: a match there opens its fold.
 */
function readPane(pane: HTMLElement): { text: string; pieces: Piece[] } {
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (parent?.closest(`ins.hunk-replacement, [${NOT_TEXT}]`)) return NodeFilter.FILTER_REJECT;
      if (node.nodeValue === '⁁' && parent?.matches('mark.hunk')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const pieces: Piece[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    pieces.push({ node: node as Text, start: text.length });
    text += node.nodeValue ?? '';
  }
  return { text, pieces };
}

/** Where `offset` of the pane's text is: a text node and an offset in it. */
function locate(pieces: Piece[], offset: number, atEnd: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const piece = pieces[mid] as Piece;
    // An end that falls on a node boundary belongs to the node before it.
    if (piece.start < offset || (!atEnd && piece.start === offset)) low = mid;
    else high = mid - 1;
  }
  const piece = pieces[low] as Piece;
  return { node: piece.node, offset: offset - piece.start };
}

/** Every place `query` occurs in `text`, ignoring case; empty for an empty query. */
export function occurrences(text: string, query: string): number[] {
  const needle = query.toLocaleLowerCase();
  if (needle === '') return [];
  const haystack = text.toLocaleLowerCase();
  // Lower-casing keeps lengths for the scripts articles are in; if not, match as written.
  const [hay, what] = haystack.length === text.length ? [haystack, needle] : [text, query];
  const found: number[] = [];
  for (let at = hay.indexOf(what); at >= 0; at = hay.indexOf(what, at + what.length))
    found.push(at);
  return found;
}

/** The query's occurrences in a pane, as Ranges over its text nodes. */
export function findInPane(pane: HTMLElement, query: string): Range[] {
  const { text, pieces } = readPane(pane);
  if (pieces.length === 0) return [];
  return occurrences(text, query).map((at) => {
    const start = locate(pieces, at, false);
    const end = locate(pieces, at + query.length, true);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  });
}
