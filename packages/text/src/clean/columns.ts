import { CONFIDENCE, RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { removal } from './lines.ts';
import type { Line } from './lines.ts';
import { width } from './lineShape.ts';

/**
 * A page dumped by a text browser (`w3m -dump`) keeps the page's layout: a sidebar set
 * beside the story shares its lines, each line holding a piece of the story's column, a wide
 * gap of spaces, and a piece of the sidebar (`…最为直接      ---郎咸平谈投资中国上市`). Read
 * whole, such lines are neither sentences nor furniture, and the sidebar's pieces stay in
 * the story.
 *
 * The story's column is where the page's prose lies: the pieces of text (split at gaps of
 * three or more spaces) written in sentences, by the display column they start at. The
 * column that holds most of that prose, from its leftmost start to its rightmost end, is
 * the story's; a piece that lies wholly to its left or right is another column's. A page is
 * read this way only when such pieces stand beside the prose on several lines: a page
 * without columns is left as it is.
 */
export type Piece = { from: number; to: number; start: number; end: number };
export type Columns = {
  /** Per line, the text the story's column holds (the whole line when the page has no columns). */
  view: string[];
  /** Per line, the pieces of other columns, as offsets in the line. */
  beside: Piece[][];
};

/** Pieces of a line between gaps of three or more spaces (the dump's own padding: ASCII). */
const GAP = /[^ ]+(?: {1,2}[^ ]+)*/g;
/** How far a paragraph's first line may be indented past the column's left edge. */
const INDENT = 8;
/** Lines with another column's piece beside the story's before a page counts as laid out. */
const LAID_OUT = 3;

function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  if (!text.includes('   ')) {
    const trimmed = text.trim();
    if (trimmed === '') return pieces;
    const from = text.indexOf(trimmed);
    const start = width(text.slice(0, from));
    return [{ from, to: from + trimmed.length, start, end: start + width(trimmed) }];
  }
  for (const m of text.matchAll(GAP)) {
    const from = m.index;
    const start = width(text.slice(0, from));
    pieces.push({ from, to: from + m[0].length, start, end: start + width(m[0]) });
  }
  return pieces;
}

const PROSE = /[，。；！？]/g;

function isProsePiece(text: string): boolean {
  return width(text) >= 40 && (text.match(PROSE)?.length ?? 0) >= 2;
}

/** Text, a gap of three spaces or more, and text again: a line that may hold two columns. */
const SPLIT = /\S {3,}\S/;

export function columnsOf(lines: readonly Line[]): Columns | null {
  // Most pages have no such lines at all: nothing to measure.
  let split = 0;
  for (const line of lines) if (line.text.includes('   ') && SPLIT.test(line.text)) split++;
  if (split < LAID_OUT) return null;
  const pieces = lines.map((l) => (l.trimmed === '' ? [] : piecesOf(l.text)));
  // Where prose starts, weighed by how much of it starts there.
  const starts = new Map<number, number>();
  pieces.forEach((row, i) => {
    for (const p of row) {
      const text = lines[i]!.text.slice(p.from, p.to);
      if (isProsePiece(text)) starts.set(p.start, (starts.get(p.start) ?? 0) + width(text));
    }
  });
  if (starts.size === 0) return null;
  let left = 0;
  let best = -1;
  for (const at of starts.keys()) {
    let weight = 0;
    for (const [other, w] of starts) if (other >= at && other <= at + INDENT) weight += w;
    if (weight > best || (weight === best && at < left)) {
      best = weight;
      left = at;
    }
  }
  let right = left;
  pieces.forEach((row, i) => {
    for (const p of row) {
      const text = lines[i]!.text.slice(p.from, p.to);
      if (p.start >= left && p.start <= left + INDENT && isProsePiece(text))
        right = Math.max(right, p.end);
    }
  });
  const inColumn = (p: Piece) => p.start < right && p.end > left;
  const beside = pieces.map((row) => (row.some(inColumn) ? row.filter((p) => !inColumn(p)) : []));
  const laidOut = beside.filter((row, i) => row.length > 0 && pieces[i]!.some(inColumn)).length;
  if (laidOut < LAID_OUT) return null;
  const view = lines.map((line, i) => {
    const row = pieces[i]!;
    if (!row.some(inColumn)) return row.length > 0 ? '' : line.trimmed;
    return row
      .filter(inColumn)
      .map((p) => line.text.slice(p.from, p.to))
      .join('   ')
      .trim();
  });
  // A line wholly in another column is not the story's either.
  pieces.forEach((row, i) => {
    if (row.length > 0 && !row.some(inColumn)) beside[i] = row;
  });
  return { view, beside };
}

/**
 * Removals of other columns' text inside the article region: a line wholly beside the
 * column goes, and on a line the story shares, the pieces beside it.
 */
export function besideEdits(
  raw: string,
  lines: readonly Line[],
  columns: Columns,
  first: number,
  last: number,
): RuleEdit[] {
  const edits: RuleEdit[] = [];
  const reason =
    'The page sets this beside the article, in another column of its layout (a sidebar the text dump ran into the story’s lines).';
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    const row = columns.beside[i] ?? [];
    if (row.length === 0) continue;
    if (columns.view[i] === '') {
      edits.push(removal(raw, line, line, RULE.chromeBesideArticle, reason));
      continue;
    }
    for (const p of row) {
      // The gap of spaces before the piece goes with it.
      let from = line.start + p.from;
      while (from > line.start && raw[from - 1] === ' ') from--;
      edits.push({
        start: from,
        end: line.start + p.to,
        replacement: '',
        rule: RULE.chromeBesideArticle,
        reason,
        confidence: CONFIDENCE.chromeBesideArticle,
      });
    }
  }
  return edits;
}
