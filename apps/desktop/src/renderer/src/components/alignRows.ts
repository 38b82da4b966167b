/**
 * The raw and the cleaned text cut into rows that are shown side by side, like a diff
 * editor's lines: each cleaned line beside the raw line it came from. Where the cleaner
 * removed whole raw lines, their row has nothing on the cleaned side (the pane shows a
 * filler of the same height); where it changed a line, both versions share a row.
 */
import type { Segment } from '@winnow/contract';

export type AlignedRow = {
  rawStart: number;
  rawEnd: number;
  cleanedStart: number;
  cleanedEnd: number;
  /** The same text on both sides and no edit of any state on it: it may be folded away. */
  same: boolean;
};

type Span = { start: number; end: number };

/**
 * Rows start where a line starts on both sides at once: after every newline the cleaner
 * kept as it was, and at an edit's start or end when both texts begin a line there. No
 * row starts inside an edit (whatever its state), so a hunk is never cut in two.
 */
export function alignRows(
  raw: string,
  cleaned: string,
  segments: readonly Segment[],
  edits: readonly Span[],
): AlignedRow[] {
  const last = segments[segments.length - 1];
  // The cleaned text the edits make; if it is not the one shown, there is nothing to align.
  if (!last || last.cEnd !== cleaned.length || last.rEnd !== raw.length)
    return [whole(raw, cleaned, edits)];
  const points: Array<[number, number]> = [];
  const lineStarts = (r: number, c: number) =>
    (r === 0 || raw[r - 1] === '\n') && (c === 0 || cleaned[c - 1] === '\n');
  const add = (r: number, c: number) => {
    if (lineStarts(r, c)) points.push([r, c]);
  };
  for (const s of segments) {
    add(s.rStart, s.cStart);
    if (s.verbatim)
      for (
        let at = raw.indexOf('\n', s.rStart);
        at >= 0 && at < s.rEnd;
        at = raw.indexOf('\n', at + 1)
      )
        points.push([at + 1, s.cStart + at + 1 - s.rStart]);
    add(s.rEnd, s.cEnd);
  }
  points.push([raw.length, cleaned.length]);

  const covered = mergedSpans(edits);
  const touches = toucher(covered, edits);
  const rows: AlignedRow[] = [];
  let [r0, c0] = [0, 0];
  let k = 0;
  for (const [r, c] of points) {
    if (r < r0 || c < c0 || (r === r0 && c === c0)) continue;
    while (k < covered.length && (covered[k] as Span).end <= r) k++;
    const inside = covered[k];
    if (inside && inside.start < r && r < inside.end) continue;
    rows.push(row(raw, cleaned, r0, r, c0, c, touches(r0, r)));
    [r0, c0] = [r, c];
  }
  return rows.length > 0 ? rows : [whole(raw, cleaned, edits)];
}

function whole(raw: string, cleaned: string, edits: readonly Span[]): AlignedRow {
  const touched = edits.length > 0;
  return row(raw, cleaned, 0, raw.length, 0, cleaned.length, touched);
}

function row(
  raw: string,
  cleaned: string,
  rawStart: number,
  rawEnd: number,
  cleanedStart: number,
  cleanedEnd: number,
  touched: boolean,
): AlignedRow {
  const same =
    !touched &&
    rawEnd - rawStart === cleanedEnd - cleanedStart &&
    raw.slice(rawStart, rawEnd) === cleaned.slice(cleanedStart, cleanedEnd);
  return { rawStart, rawEnd, cleanedStart, cleanedEnd, same };
}

/**
 * Whether an edit lies on raw[from, to) (an insertion when it is at a position inside),
 * asked for stretches in the order of the text, so each answer is a step forward.
 */
function toucher(covered: readonly Span[], edits: readonly Span[]) {
  const insertions = edits
    .filter((e) => e.start === e.end)
    .map((e) => e.start)
    .sort((a, b) => a - b);
  let k = 0;
  let i = 0;
  return (from: number, to: number): boolean => {
    while (k < covered.length && (covered[k] as Span).end <= from) k++;
    // An insertion at the start of an empty row is shown there, not in the row after it.
    while (i < insertions.length && (insertions[i] as number) < from + (from === to ? 1 : 0)) i++;
    const span = covered[k];
    const insertion = insertions[i];
    return (span !== undefined && span.start < to) || (insertion !== undefined && insertion < to);
  };
}

/** The edits' spans, overlapping ones merged, in order. */
function mergedSpans(edits: readonly Span[]): Span[] {
  const sorted = edits.filter((e) => e.end > e.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const e of sorted) {
    const top = merged[merged.length - 1];
    if (top && e.start < top.end) top.end = Math.max(top.end, e.end);
    else merged.push({ start: e.start, end: e.end });
  }
  return merged;
}

/** A stretch of rows shown as they are, or folded away behind "N unchanged lines". */
export type RowBlock = { kind: 'rows' | 'fold'; from: number; to: number };

/**
 * Long stretches of unchanged rows fold away: more than `longerThan` of them keep
 * `context` rows visible on each side and fold the rest, as a diff editor does.
 */
export function foldRows(
  rows: readonly AlignedRow[],
  { longerThan = 8, context = 3 }: { longerThan?: number; context?: number } = {},
): RowBlock[] {
  const blocks: RowBlock[] = [];
  const shown = (from: number, to: number) => {
    if (to <= from) return;
    const top = blocks[blocks.length - 1];
    if (top?.kind === 'rows' && top.to === from) top.to = to;
    else blocks.push({ kind: 'rows', from, to });
  };
  let i = 0;
  while (i < rows.length) {
    if (!rows[i]?.same) {
      shown(i, i + 1);
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && rows[end]?.same) end++;
    if (end - i > longerThan) {
      shown(i, i + context);
      blocks.push({ kind: 'fold', from: i + context, to: end - context });
      shown(end - context, end);
    } else shown(i, end);
    i = end;
  }
  return blocks;
}

/**
 * The grid cells that show rows [from, to) on each side: a changed row is a cell of its
 * own, so it lines up with its other side, but a run of unchanged rows is one cell. Their
 * text is the same on both sides, in columns of the same width, so it wraps the same and
 * the run is as tall on both: nothing is lost by not aligning it line by line, and a long
 * article has a third of the cells to lay out (each cell is a grid item the page places
 * and sizes whenever a piece of rows is added).
 */
export function rowCells(
  rows: readonly AlignedRow[],
  from: number,
  to: number,
): Array<{ from: number; to: number }> {
  const cells: Array<{ from: number; to: number }> = [];
  for (let i = from; i < to; i++) {
    const last = cells[cells.length - 1];
    if (last && last.to === i && rows[i]?.same && rows[i - 1]?.same) last.to = i + 1;
    else cells.push({ from: i, to: i + 1 });
  }
  return cells;
}
