import type { Line } from './lines.ts';

/**
 * A table of data the article carries (a list of programmes and their examiners, results,
 * prices), as a page saved as text shows it: rows between bars. A table drawn with a frame
 * (`+-----+-----+`, w3m draws one only for a table the page gave a border, never for its
 * layout) or rows that all hold the same number of cells, four or more, some left empty,
 * none a lone list mark. A sidebar's list set in a layout table has neither: no frame, and
 * rows of one or two links beside a bullet.
 */
const ROW = /^[|│].*[|│]$/;
const FRAME = /^[+┌├└|│][-=+─┬┼┴┐┤┘|│]{8,}$/;
const BULLET_CELL = /^[·•▪◦●○■□►▶◆◇★☆※-]$/;
/** Rows a table must have before it counts as one. */
const ROWS = 4;
const CELLS = 4;

function cellsOf(text: string): string[] {
  return text
    .slice(1, -1)
    .split(/[|│]/)
    .map((cell) => cell.trim());
}

/** The last line of a data table that starts at `from`, or -1 when no table starts there. */
export function dataTableEnd(lines: readonly Line[], from: number): number {
  const first = lines[from]?.trimmed ?? '';
  if (FRAME.test(first)) {
    // A framed table: rows and inner rules up to the closing frame.
    let rows = 0;
    for (let i = from + 1; i < lines.length; i++) {
      const text = lines[i]!.trimmed;
      if (ROW.test(text)) rows++;
      else if (FRAME.test(text)) {
        if (i + 1 >= lines.length || !ROW.test(lines[i + 1]!.trimmed)) return rows >= ROWS ? i : -1;
      } else return -1;
    }
    return -1;
  }
  if (!ROW.test(first)) return -1;
  const width = cellsOf(first).length;
  if (width < CELLS) return -1;
  let last = from;
  let empty = 0;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.trimmed;
    if (!ROW.test(text)) break;
    const cells = cellsOf(text);
    if (cells.length !== width || cells.some((c) => BULLET_CELL.test(c))) break;
    empty += cells.filter((c) => c === '').length;
    last = i;
  }
  return last - from + 1 >= ROWS && empty > 0 ? last : -1;
}
