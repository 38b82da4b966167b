/** Lines with their offsets in the text, so line rules can produce edits on the raw text. */
import { withoutAnnotations } from './pinyin.ts';

/**
 * `trimmed` is what rules classify: the line trimmed and without pinyin annotations (a
 * disclaimer reads 免責聲明 even when the page says 免責(zé)聲明). Offsets are on the raw text.
 */
export type Line = { start: number; end: number; text: string; trimmed: string; index: number };

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    lines.push({
      start,
      end,
      text: line,
      trimmed: withoutAnnotations(line).trim(),
      index: index++,
    });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** The span of a whole line including its line break, for edits that remove the line. */
export function wholeLine(text: string, line: Line): { start: number; end: number } {
  return { start: line.start, end: line.end < text.length ? line.end + 1 : line.end };
}
