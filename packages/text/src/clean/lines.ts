/** Lines with their offsets in the text, so line rules can produce edits on the raw text. */
import { defaultConfidence } from '@winnow/contract';
import type { RuleId } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { withoutAnnotations } from './pinyin.ts';

/**
 * `trimmed` is what rules classify: the line trimmed and without pinyin annotations (a
 * disclaimer reads 免責聲明 even when the page says 免責(zé)聲明). Offsets are on the raw text.
 */
export type Line = { start: number; end: number; text: string; trimmed: string; index: number };

let last: { text: string; lines: readonly Line[] } | null = null;

/**
 * The lines of a text. Several rules read the lines of the same text in turn; the last
 * answer is kept, so it is computed once (callers never change the array).
 */
export function linesOf(text: string): readonly Line[] {
  if (last !== null && last.text === text) return last.lines;
  const lines = splitLines(text);
  last = { text, lines };
  return lines;
}

function splitLines(text: string): Line[] {
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

/**
 * A removal of whole lines, from the start of `first` to the end of `last`, with its line
 * break and the blank lines after it, so removing a line does not leave a gap. Its
 * confidence is the rule's default (the contract's registry) unless the caller has a more
 * specific reading.
 */
export function removal(
  raw: string,
  first: Line,
  last: Line,
  rule: RuleId,
  reason: string,
  confidence: number = defaultConfidence(rule),
): RuleEdit {
  let end = last.end < raw.length ? last.end + 1 : last.end;
  // Blank counts any space but a line break: pages leave lines of no-break spaces
  // (an empty paragraph, `&nbsp; &nbsp;`) that read as blank.
  const blank = /^(?:[^\S\n]*\n)*/.exec(raw.slice(end, end + 200));
  end += blank?.[0].length ?? 0;
  return { start: first.start, end, replacement: '', rule, reason, confidence };
}
